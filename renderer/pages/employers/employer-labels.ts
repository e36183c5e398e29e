/** Small formats of the 用工单位 pages. */
import { formatChineseDate } from '../../../shared/domain/dates';

export { REFERRAL_RESULT_LABEL } from '../../../shared/domain/workbook/vocabulary';

export const REFERRAL_RESULT_COLOR: Record<'hired' | 'refused' | 'pending', string> = { hired: 'green', refused: 'red', pending: 'yellow' };

/** 2600 → “2,600 元”; none → “面议”. */
export function wageText(wage: number | null): string {
  return wage === null ? '面议' : `${wage.toLocaleString('zh-CN')} 元`;
}

export function dateText(iso: string | null | undefined): string {
  return iso ? formatChineseDate(iso) : '—';
}

export function employerHref(id: number): string {
  return `#/employers/${id}`;
}

export function vacancyHref(id: number): string {
  return `#/employers/vacancy/${id}`;
}
