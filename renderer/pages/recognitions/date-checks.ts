/** The dialogs' own date checks before anything is sent (the services check the same and more). */
import { todayIso } from '../../../shared/clock';
import { chineseDate } from '../registry/labels';

export interface DateBound {
  date: string;
  /** 申请日期, 认定日期, 签订日期, 迁出日期… */
  label: string;
}

export interface DateRules {
  notBefore?: (DateBound | null)[];
  notAfter?: (DateBound | null)[];
  /** A planned date may lie ahead. */
  future?: boolean;
}

/** Null when the date is acceptable; otherwise the message for its field. */
export function dateProblem(value: string | null, label: string, rules: DateRules = {}): string | null {
  if (!value) return `请填写${label}（如 2024-01-15）`;
  const today = todayIso();
  if (!rules.future && value > today) return `${label}不能晚于今天（${chineseDate(today)}）`;
  for (const bound of rules.notBefore ?? []) {
    if (bound && value < bound.date) return `${label}不能早于${bound.label}（${chineseDate(bound.date)}）`;
  }
  for (const bound of rules.notAfter ?? []) {
    if (bound && value > bound.date) return `${label}不能晚于${bound.label}（${chineseDate(bound.date)}）`;
  }
  return null;
}

export function archivedBound(archivedOn: string | null): DateBound | null {
  return archivedOn === null ? null : { date: archivedOn, label: '迁出日期' };
}

/** Today, or the archive date when the person has left: the default of a dialog's date. */
export function defaultDate(archivedOn: string | null): string {
  const today = todayIso();
  return archivedOn !== null && archivedOn < today ? archivedOn : today;
}
