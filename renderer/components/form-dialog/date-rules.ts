/** The dialogs' own checks of a typed date before anything is sent (the services check the same and more). */
import { todayIso } from '../../../shared/clock';
import { formatChineseDate } from '../../../shared/domain/dates';
import type { DateLimits } from './field-spec';

export interface DateRules {
  notBefore?: DateLimits;
  notAfter?: DateLimits;
  /** A planned date may lie ahead. */
  future?: boolean;
}

/** Null when the date is acceptable; otherwise the message for its field, naming it and the limit. */
export function dateProblem(value: string, label: string, rules: DateRules): string | null {
  const today = todayIso();
  if (!rules.future && value > today) return `${label}不能晚于今天（${formatChineseDate(today)}）`;
  for (const [limit, date] of Object.entries(rules.notBefore ?? {})) {
    if (date && value < date) return `${label}不能早于${limit}（${formatChineseDate(date)}）`;
  }
  for (const [limit, date] of Object.entries(rules.notAfter ?? {})) {
    if (date && value > date) return `${label}不能晚于${limit}（${formatChineseDate(date)}）`;
  }
  return null;
}
