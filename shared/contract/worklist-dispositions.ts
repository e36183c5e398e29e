/**
 * A clerk's decision on a 待办 row (issue #14 item 10): 已处理 with the service record it led to (if any), or 暂缓
 * with a reason until a date; dated and audited, read as of D; withdrawn with 撤销.
 */
import { z } from 'zod';
import { Id, IsoDate } from './common';

export const DISPOSITION_DECISIONS = ['handled', 'postponed'] as const;
export const DISPOSITION_LABEL: Readonly<Record<(typeof DISPOSITION_DECISIONS)[number], string>> = { handled: '已处理', postponed: '暂缓' };

export const WorklistDisposition = z.object({
  id: Id,
  decision: z.enum(DISPOSITION_DECISIONS),
  decidedOn: z.string(),
  /** Who decided (the display name). */
  decidedBy: z.string(),
  /** The service record the row led to: `2026-11-18 职业指导（王芳）`. */
  service: z.object({ id: Id, date: z.string(), label: z.string() }).nullable(),
  reason: z.string().nullable(),
  /** The row is listed again on this day. */
  postponedUntil: z.string().nullable(),
});
export type WorklistDisposition = z.infer<typeof WorklistDisposition>;

const RowKey = {
  rowId: z.string({ message: '缺少待办事项' }).min(1, { message: '缺少待办事项' }).max(200, { message: '待办事项编号过长' }),
  dueOn: IsoDate,
};

export const DisposeWorklistRowInput = z.discriminatedUnion(
  'decision',
  [
    z.strictObject({ ...RowKey, decision: z.literal('handled'), serviceRecordId: Id.nullable() }),
    z.strictObject({
      ...RowKey,
      decision: z.literal('postponed'),
      reason: z.string({ message: '请填写暂缓原因' }).trim().min(1, { message: '请填写暂缓原因' }).max(100, { message: '暂缓原因不能超过 100 个字' }),
      postponedUntil: IsoDate,
    }),
  ],
  { message: '处理方式应为“已处理”或“暂缓”' },
);
export type DisposeWorklistRowInput = z.infer<typeof DisposeWorklistRowInput>;

export const worklistDispositionsContract = {
  'worklist.dispose': { input: DisposeWorklistRowInput, output: WorklistDisposition, access: 'write' },
  'worklist.withdrawDisposition': { input: z.strictObject({ id: Id }), output: z.object({ id: Id, withdrawnOn: z.string() }), access: 'write' },
} as const;
