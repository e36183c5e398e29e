/**
 * Recognitions (DOMAIN.md §2): difficulty recognitions (apply, review, exit; 五清) and 一人一策 (seed 003: 以援助协议的方式
 * 实施“一人一策”): the assistance agreement signed with a recognised difficult person, its planned measures (what, by
 * when, done when) and its follow-up visits (跟踪回访 service records). The agreement methods keep their `assistance.*`
 * names.
 */
import { z } from 'zod';
import { AGREEMENT_STATUSES, MEASURE_KIND_LABEL, MEASURE_KINDS } from '../domain/assistance';
import { Clerk, Flag, Id, IsoDate, NonEmptyName, OptionalText, PersonIdInput, Version, storedRow } from './common';
import { ServiceRecord } from './services';

// ---------------------------------------------------------------- difficulty recognitions

export const RecognitionCategory = z.enum(
  ['4050', 'dibao', 'zero_employment', 'disabled', 'long_term_unemployed', 'landless', 'other'],
  { message: '认定类别应为 4050、低保、零就业家庭成员、残疾、长期失业、失地农民或其他' },
);
export const RecognitionStatus = z.enum(['applied', 'recognised', 'refused', 'exited']);

const FiveClearItem = (label: string) =>
  z.strictObject({ clear: Flag(`${label}是否已清`), note: OptionalText(`${label}说明`, 200).optional() });

/** 五清 (seed 003): 职业技能、择业愿望、家庭情况、就业状况、享受政策情况. */
export const FiveClear = z.strictObject({
  skills: FiveClearItem('职业技能'),
  jobWish: FiveClearItem('择业愿望'),
  family: FiveClearItem('家庭情况'),
  employment: FiveClearItem('就业状况'),
  policies: FiveClearItem('享受政策情况'),
});
export type FiveClear = z.infer<typeof FiveClear>;

export const Recognition = z.object({
  id: Id,
  personId: Id,
  category: RecognitionCategory,
  status: RecognitionStatus,
  appliedOn: z.string(),
  reviewedOn: z.string().nullable(),
  reviewer: z.string().nullable(),
  /** 审核意见: the reason when refused, or a note. */
  reviewNote: z.string().nullable(),
  recognisedOn: z.string().nullable(),
  exitedOn: z.string().nullable(),
  exitReason: z.string().nullable(),
  especiallyDifficult: z.boolean(),
  fiveClear: FiveClear.nullable(),
  version: Version,
  /** Especially difficult and recognised: the 72-hour commitment falls due on this day (seed 003). */
  commitmentDueOn: z.string().nullable(),
});
export type Recognition = z.infer<typeof Recognition>;

export const ApplyRecognitionInput = z.strictObject({
  personId: Id,
  category: RecognitionCategory,
  appliedOn: IsoDate,
  especiallyDifficult: Flag('是否特别困难'),
  fiveClear: FiveClear,
});
export type ApplyRecognitionInput = z.infer<typeof ApplyRecognitionInput>;

export const ReviewDecision = z.enum(['recognised', 'refused'], { message: '审核结论应为“认定”或“不予认定”' });

/** A recognition's review, as entered and as corrected (corrections.ts): 审核意见 is required when refused. */
export const recognitionReview = {
  decision: ReviewDecision,
  reviewedOn: IsoDate,
  reviewer: NonEmptyName('审核人', 20),
  note: OptionalText('审核意见', 200),
};

/** A recognition's exit, as entered and as corrected. */
export const recognitionExit = { exitedOn: IsoDate, exitReason: NonEmptyName('退出原因', 100) };

export const ReviewRecognitionInput = z
  .strictObject({ ...storedRow, ...recognitionReview, note: recognitionReview.note.optional() })
  .superRefine((value, ctx) => {
    if (value.decision === 'refused' && !value.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: '不予认定时须填写理由（审核意见）' });
    }
  });
export type ReviewRecognitionInput = z.infer<typeof ReviewRecognitionInput>;

export const ExitRecognitionInput = z.strictObject({ ...storedRow, ...recognitionExit });
export type ExitRecognitionInput = z.infer<typeof ExitRecognitionInput>;

// ---------------------------------------------------------------- 一人一策: assistance agreements and measures

export const MeasureKind = z.enum(MEASURE_KINDS, {
  message: `措施类别应为：${MEASURE_KINDS.map((k) => MEASURE_KIND_LABEL[k]).join('、')}`,
});
export const AgreementStatus = z.enum(AGREEMENT_STATUSES);

export const AssistanceMeasure = z.object({
  id: Id,
  agreementId: Id,
  kind: MeasureKind,
  description: z.string(),
  plannedOn: z.string(),
  doneOn: z.string().nullable(),
  /** The service record that carried the measure out, when the clerk linked one. */
  serviceRecordId: Id.nullable(),
  /** E.g. “职业介绍 2025-03-10”: the linked service record in words. */
  serviceRecordSummary: z.string().nullable(),
  /** Not done and its planned day has passed, while the agreement is in force. */
  overdue: z.boolean(),
  version: Version,
});
export type AssistanceMeasure = z.infer<typeof AssistanceMeasure>;

/** A 跟踪回访 service record written under the agreement. */
export const AgreementFollowUp = z.object({
  serviceRecordId: Id,
  ...ServiceRecord.pick({ date: true, clerk: true, content: true, outcome: true }).shape,
});
export type AgreementFollowUp = z.infer<typeof AgreementFollowUp>;

export const AssistanceAgreement = z.object({
  id: Id,
  personId: Id,
  recognitionId: Id,
  signedOn: z.string(),
  clerk: z.string(),
  goal: z.string(),
  notes: z.string().nullable(),
  status: AgreementStatus,
  closedOn: z.string().nullable(),
  closeReason: z.string().nullable(),
  version: Version,
  /** By planned date, then in the order added. */
  measures: z.array(AssistanceMeasure),
  /** Oldest first. */
  followUps: z.array(AgreementFollowUp),
  /** The latest day anything was recorded under it (signing, a measure done, a follow-up): it cannot close earlier. */
  lastEventOn: z.string(),
});
export type AssistanceAgreement = z.infer<typeof AssistanceAgreement>;

export const PersonAssistance = z.object({
  personId: Id,
  /** The day overdue measures were judged on (the service's today). */
  asOf: z.string(),
  /** The recognition in force (认定), under which a new agreement may be signed; null when there is none. */
  currentRecognitionId: Id.nullable(),
  /** When the recognition in force dates from: an agreement cannot be signed before it. */
  currentRecognisedOn: z.string().nullable(),
  /** Newest first; at most one is active. */
  agreements: z.array(AssistanceAgreement),
});
export type PersonAssistance = z.infer<typeof PersonAssistance>;

/** An agreement's signing, as entered and as corrected (corrections.ts). */
export const agreementSigning = {
  signedOn: IsoDate,
  clerk: Clerk,
  goal: NonEmptyName('援助目标', 200),
  notes: OptionalText('备注', 500),
};

/** An agreement's closing, as entered and as corrected. */
export const agreementClosing = { closedOn: IsoDate, reason: NonEmptyName('终止原因', 100) };

export const CreateAgreementInput = z.strictObject({ personId: Id, ...agreementSigning, notes: agreementSigning.notes.optional() });
export type CreateAgreementInput = z.infer<typeof CreateAgreementInput>;

export const AddMeasureInput = z.strictObject({
  agreementId: Id,
  kind: MeasureKind,
  description: NonEmptyName('措施内容', 200),
  plannedOn: IsoDate,
});
export type AddMeasureInput = z.infer<typeof AddMeasureInput>;

export const CompleteMeasureInput = z.strictObject({ ...storedRow, doneOn: IsoDate, serviceRecordId: Id.nullable().optional() });
export type CompleteMeasureInput = z.infer<typeof CompleteMeasureInput>;

export const RecordFollowUpInput = z.strictObject({
  agreementId: Id,
  date: IsoDate,
  clerk: Clerk,
  content: NonEmptyName('回访内容', 500),
  outcome: OptionalText('回访结果', 200).optional(),
});
export type RecordFollowUpInput = z.infer<typeof RecordFollowUpInput>;

export const CloseAgreementInput = z.strictObject({ ...storedRow, ...agreementClosing });
export type CloseAgreementInput = z.infer<typeof CloseAgreementInput>;

// ---------------------------------------------------------------- the methods

export const recognitionsContract = {
  'recognitions.apply': { input: ApplyRecognitionInput, output: Recognition, access: 'write' },
  'recognitions.review': { input: ReviewRecognitionInput, output: Recognition, access: 'write' },
  'recognitions.exit': { input: ExitRecognitionInput, output: Recognition, access: 'write' },
  'recognitions.listForPerson': { input: PersonIdInput, output: z.array(Recognition), access: 'read' },
  'assistance.get': { input: PersonIdInput, output: PersonAssistance, access: 'read' },
  'assistance.create': { input: CreateAgreementInput, output: AssistanceAgreement, access: 'write' },
  'assistance.addMeasure': { input: AddMeasureInput, output: AssistanceAgreement, access: 'write' },
  'assistance.completeMeasure': { input: CompleteMeasureInput, output: AssistanceAgreement, access: 'write' },
  'assistance.recordFollowUp': { input: RecordFollowUpInput, output: AssistanceAgreement, access: 'write' },
  'assistance.close': { input: CloseAgreementInput, output: AssistanceAgreement, access: 'write' },
} as const;
