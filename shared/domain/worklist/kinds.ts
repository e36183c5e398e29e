/** The kinds of worklist row (DOMAIN.md §6), in the order the worklist shows them, with their Chinese names. */
export const WORKLIST_KINDS = [
  'guidance',
  'zero_employment_family',
  'commitment',
  'registration_9m',
  'registration_11m',
  'follow_up',
  'entering_4050',
  'retirement',
  'refused_referrals',
  'missing_ten_clear',
  'missing_five_clear',
  'community_recheck',
] as const;
export type WorklistKind = (typeof WORKLIST_KINDS)[number];

export const WORKLIST_KIND_LABEL: Readonly<Record<WorklistKind, string>> = {
  guidance: '职业指导',
  zero_employment_family: '零就业家庭',
  commitment: '72小时承诺',
  registration_9m: '登记满9个月',
  registration_11m: '登记满11个月',
  follow_up: '跟踪回访',
  entering_4050: '进入4050',
  retirement: '即将退休',
  refused_referrals: '两次拒绝介绍',
  missing_ten_clear: '十清缺项',
  missing_five_clear: '五清缺项',
  community_recheck: '达标复查',
};

/**
 * `overdue`: the deadline (`dueOn`) has passed; `due`: to act on now, by `dueOn`; `upcoming`: an event on `dueOn`
 * ahead (entering 4050, retirement), for information.
 */
export const WORKLIST_STATUSES = ['overdue', 'due', 'upcoming'] as const;
export type WorklistStatus = (typeof WORKLIST_STATUSES)[number];

export const WORKLIST_STATUS_LABEL: Readonly<Record<WorklistStatus, string>> = { overdue: '已逾期', due: '待办', upcoming: '即将到来' };

export type SubjectKind = 'person' | 'household' | 'community';

export interface WorklistSubject {
  kind: SubjectKind;
  id: number;
  /** 身份证号码, 户编号 or the community's code. */
  key: string;
  name: string;
}

export interface WorklistRow {
  /** Stable within one list: kind, subject and the record behind the row. */
  rowId: string;
  kind: WorklistKind;
  status: WorklistStatus;
  dueOn: string;
  communityId: number;
  communityName: string;
  communityCode: string;
  /** The clerk who last served the subject (the latest service with a clerk, on or before the date), if any. */
  clerk: string | null;
  subject: WorklistSubject;
  detail: string;
  /** Hash route of the record to act on: `#/person/12`, `#/household/5`. */
  link: string;
}

export function subjectLink(subject: Pick<WorklistSubject, 'kind' | 'id'>): string {
  if (subject.kind === 'person') return `#/person/${subject.id}`;
  if (subject.kind === 'household') return `#/household/${subject.id}`;
  return '#/communities';
}

const STATUS_ORDER: Readonly<Record<WorklistStatus, string>> = { overdue: '0', due: '1', upcoming: '2' };
const KIND_ORDER = Object.fromEntries(WORKLIST_KINDS.map((k, i) => [k, String(i).padStart(2, '0')])) as Readonly<Record<WorklistKind, string>>;

/**
 * The order of a row as one string — status, due date, community code (12 digits), kind, subject key, row — with
 * NUL after the variable-length key so that a shorter key sorts first: sorting then compares strings only.
 */
export function rowOrderKey(r: Pick<WorklistRow, 'status' | 'dueOn' | 'communityCode' | 'kind' | 'subject' | 'rowId'>): string {
  return STATUS_ORDER[r.status] + r.dueOn + r.communityCode + KIND_ORDER[r.kind] + r.subject.key + '\u0000' + r.rowId;
}

/** Overdue first (longest overdue first), then due and upcoming by date; then community, kind and the subject's key. */
export function sortRows<T extends Parameters<typeof rowOrderKey>[0]>(rows: readonly T[]): T[] {
  const keys = rows.map(rowOrderKey);
  const order = rows.map((_row, i) => i);
  order.sort((a, b) => {
    const ka = keys[a] ?? '';
    const kb = keys[b] ?? '';
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return order.map((i) => rows[i] as T);
}
