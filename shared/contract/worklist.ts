/**
 * The worklist (待办, DOMAIN.md §6): what is due and overdue on a date, by community, clerk and kind, each row linking
 * to the record to act on; the cheap counts for the navigation; and the worklist's settings (intervals, windows).
 */
import { z } from 'zod';
import { WORKLIST_KINDS, WORKLIST_STATUSES } from '../domain/worklist/kinds';
import type { WorklistSettings as WorklistSettingsValue } from '../domain/worklist/settings';
import { Clerk, Empty, Id, IsoDate, streetScope } from './common';
import { Download, FileRef } from './workbook';
import { WorklistDisposition } from './worklist-dispositions';

export const WorklistKind = z.enum(WORKLIST_KINDS, { message: `待办类型应为：${WORKLIST_KINDS.join('、')}` });
export const WorklistStatus = z.enum(WORKLIST_STATUSES);

export const WorklistRow = z.object({
  rowId: z.string(),
  kind: WorklistKind,
  status: WorklistStatus,
  dueOn: z.string(),
  communityId: Id,
  communityName: z.string(),
  communityCode: z.string(),
  clerk: z.string().nullable(),
  subject: z.object({ kind: z.enum(['person', 'household', 'community']), id: Id, key: z.string(), name: z.string() }),
  detail: z.string(),
  link: z.string(),
});
export type WorklistRow = z.infer<typeof WorklistRow>;

/** Rows per kind: every kind present, zeros included. */
export const CountsByKind = z.record(WorklistKind, z.number().int());
export type CountsByKind = z.infer<typeof CountsByKind>;

export const ListWorklistInput = z.strictObject({
  ...streetScope,
  clerk: Clerk.optional(),
  kinds: z.array(WorklistKind).min(1, { message: '至少选择一种待办类型' }).optional(),
  /** Also list the rows marked 已处理 or 暂缓 on the date (they are left out otherwise). */
  settled: z.boolean().optional(),
});
export type ListWorklistInput = z.infer<typeof ListWorklistInput>;

/** A row as the list gives it: with the 已处理/暂缓 in force on the date, if any (listed only when asked). */
export const WorklistListRow = WorklistRow.extend({ disposition: WorklistDisposition.nullable() });
export type WorklistListRow = z.infer<typeof WorklistListRow>;

export const WorklistList = z.object({
  asOf: z.string(),
  /** Sorted: overdue first (longest overdue first), then due and upcoming by date. */
  rows: z.array(WorklistListRow),
  /** Rows marked 已处理 or 暂缓 on the date under the same filters (listed only with `settled`). */
  settled: z.number().int(),
  /** Rows per kind under the community and clerk filters (the kinds filter aside), so every kind shows its count. */
  countsByKind: CountsByKind,
  /** The number of rows returned. */
  total: z.number().int(),
  /** The clerks named on rows under the community filter, for the clerk filter. */
  clerks: z.array(z.string()),
  /** Calendar warnings: deadlines in years whose holidays are not known. */
  warnings: z.array(z.string()),
});
export type WorklistList = z.infer<typeof WorklistList>;

export const WorklistCounts = z.object({
  asOf: z.string(),
  /** Every row of the unfiltered list — overdue, due and upcoming — what the navigation shows and the page counts. */
  open: z.number().int(),
  overdue: z.number().int(),
  upcoming: z.number().int(),
  countsByKind: CountsByKind,
});
export type WorklistCounts = z.infer<typeof WorklistCounts>;

const Count = (label: string, min: number, max: number) =>
  z
    .number({ message: `${label}应为数字` })
    .int({ message: `${label}应为整数` })
    .min(min, { message: `${label}不能小于 ${min}` })
    .max(max, { message: `${label}不能大于 ${max}` });

export const WorklistSettings = z.strictObject({
  guidanceWorkingDays: Count('职业指导期限（工作日）', 1, 30),
  zeroFamilyMonths: Count('零就业家庭消除期限（月）', 1, 12),
  commitmentHours: Count('即时就业承诺期限（小时）', 1, 720),
  registrationReminderMonths: z
    .tuple([Count('登记失业第一次提醒（月）', 1, 12), Count('登记失业第二次提醒（月）', 1, 12)])
    .refine(([a, b]) => a < b, { message: '登记失业第二次提醒应晚于第一次提醒' }),
  followUpIntervalMonths: Count('跟踪回访间隔（月）', 1, 12),
  followUpLeadDays: Count('回访提前提醒（天）', 0, 60),
  upcomingDays: Count('4050 与退休提前提醒（天）', 1, 365),
  recheckIntervalMonths: Count('达标社区复查间隔（月）', 1, 36),
  recheckLeadDays: Count('复查提前提醒（天）', 0, 180),
  demandWindowMonths: Count('用工需求有效期（月）', 1, 24),
});
// The contract's schema describes exactly the domain's settings type.
const _sameShape: z.ZodType<WorklistSettingsValue> = WorklistSettings;
void _sameShape;

export const worklistContract = {
  'worklist.list': { input: ListWorklistInput, output: WorklistList, access: 'read' },
  'worklist.counts': { input: z.strictObject({ asOf: IsoDate }), output: WorklistCounts, access: 'read' },
  /** The list as filtered, as an Excel file (a download in browser mode, else the file chosen). */
  'worklist.exportXlsx': {
    input: ListWorklistInput.extend({ file: FileRef.nullable() }),
    output: z.object({ fileName: z.string(), rowCount: z.number().int(), download: Download.nullable() }),
    access: 'export',
  },
  'worklist.settings': { input: Empty, output: WorklistSettings, access: 'read' },
  'worklist.setSettings': { input: WorklistSettings, output: WorklistSettings, access: 'admin' },
} as const;
