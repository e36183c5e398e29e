/** The dialogs' own date checks, before anything is sent (the services check the same and more). */
import { todayIso } from '../../../shared/clock';
import { chineseDate } from '../registry/labels';

export interface DateLimit {
  date: string;
  /** 出生日期, 开始日期, 登记日期, 迁出日期… */
  label: string;
}

export interface DateLimits {
  notBefore?: DateLimit | null;
  notAfter?: DateLimit | null;
}

/** Null when the date is acceptable; otherwise the message for its field. */
export function dateProblem(value: string | null, label: string, limits: DateLimits = {}): string | null {
  if (!value) return `请填写${label}（如 2024-01-15）`;
  const today = todayIso();
  if (value > today) return `${label}不能晚于今天（${chineseDate(today)}）`;
  const { notBefore, notAfter } = limits;
  if (notBefore && value < notBefore.date) return `${label}不能早于${notBefore.label}（${chineseDate(notBefore.date)}）`;
  if (notAfter && value > notAfter.date) return `${label}不能晚于${notAfter.label}（${chineseDate(notAfter.date)}）`;
  return null;
}

/** The latest a date about this person may be: today, or the archive date when they have left. */
export function latestDateFor(archivedOn: string | null): string {
  const today = todayIso();
  return archivedOn !== null && archivedOn < today ? archivedOn : today;
}

export function archiveLimit(archivedOn: string | null): DateLimit | null {
  return archivedOn === null ? null : { date: archivedOn, label: '迁出日期' };
}
