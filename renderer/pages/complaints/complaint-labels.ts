/** Labels of the 投诉 area. */
import type { Complaint } from '../../../shared/contract/complaints';

export type ValidityFilter = 'all' | 'valid' | 'invalid' | 'unjudged';
export type StatusFilter = 'all' | 'open' | 'resolved';

export const VALIDITY_OPTIONS: { value: ValidityFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'valid', label: '有效' },
  { value: 'invalid', label: '无效' },
  { value: 'unjudged', label: '未认定' },
];

export const STATUS_OPTIONS: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'open', label: '未办结' },
  { value: 'resolved', label: '已办结' },
];

export function validityOf(c: Complaint): { label: string; color: string } {
  if (c.valid === null) return { label: '未认定', color: 'gray' };
  return c.valid ? { label: '有效', color: 'red' } : { label: '无效', color: 'teal' };
}

export function isValidityFilter(v: string | null): v is ValidityFilter {
  return VALIDITY_OPTIONS.some((o) => o.value === v);
}

export function isStatusFilter(v: string | null): v is StatusFilter {
  return STATUS_OPTIONS.some((o) => o.value === v);
}
