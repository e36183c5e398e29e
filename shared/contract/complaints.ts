/** Complaints (DOMAIN.md §2): recorded per community, judged valid or invalid on a day, resolved. */
import { z } from 'zod';
import { isValidIsoDate } from '../domain/dates';
import { Flag, Id, IsoDate, NonEmptyName, Version, storedRow } from './common';

export const Complaint = z.object({
  id: Id,
  communityId: Id,
  communityName: z.string(),
  date: z.string(),
  content: z.string(),
  valid: z.boolean().nullable(),
  /** The day validity was judged (null while 未认定): the item "no valid complaint" on D counts it only from this day. */
  judgedOn: z.string().nullable(),
  validityReason: z.string().nullable(),
  resolution: z.string().nullable(),
  resolvedOn: z.string().nullable(),
  version: Version,
});
export type Complaint = z.infer<typeof Complaint>;

/** What a complaint says and when it came in, as recorded and as corrected (corrections.ts). */
export const complaintFacts = { date: IsoDate, content: NonEmptyName('投诉内容', 1000) };

export const RecordComplaintInput = z.strictObject({ communityId: Id, ...complaintFacts });
export type RecordComplaintInput = z.infer<typeof RecordComplaintInput>;

const JudgedOn = z
  .string({ message: '请填写认定日期' })
  .refine(isValidIsoDate, { message: '认定日期应为有效的“年-月-日”（YYYY-MM-DD）' });

/** `judgedOn`: the day of the judgement, from the complaint's date to today (the service checks both). */
export const JudgeComplaintInput = z.strictObject({
  ...storedRow,
  valid: Flag('是否有效'),
  reason: NonEmptyName('认定理由', 200),
  judgedOn: JudgedOn,
});
export type JudgeComplaintInput = z.infer<typeof JudgeComplaintInput>;

export const ResolveComplaintInput = z.strictObject({ ...storedRow, resolution: NonEmptyName('处理结果', 500), resolvedOn: IsoDate });
export type ResolveComplaintInput = z.infer<typeof ResolveComplaintInput>;

export const ListComplaintsInput = z
  .strictObject({
    communityId: Id.optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    /** 有效 / 无效 / 未认定 (not judged yet). */
    validity: z.enum(['valid', 'invalid', 'unjudged'], { message: '有效性应为“有效”“无效”或“未认定”' }).optional(),
    /** 未办结 / 已办结. */
    status: z.enum(['open', 'resolved'], { message: '办理状态应为“未办结”或“已办结”' }).optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ['to'], message: '结束日期不能早于开始日期' });
export type ListComplaintsInput = z.infer<typeof ListComplaintsInput>;

// ---------------------------------------------------------------- the methods

export const complaintsContract = {
  'complaints.record': { input: RecordComplaintInput, output: Complaint, access: 'write' },
  'complaints.judge': { input: JudgeComplaintInput, output: Complaint, access: 'write' },
  'complaints.resolve': { input: ResolveComplaintInput, output: Complaint, access: 'write' },
  'complaints.list': { input: ListComplaintsInput, output: z.array(Complaint), access: 'read' },
} as const;
