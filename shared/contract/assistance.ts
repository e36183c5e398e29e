/**
 * 一人一策 (seed 003: 以援助协议的方式实施“一人一策”): the assistance agreement signed with a recognised difficult
 * person, its planned measures (what, by when, done when) and its follow-up visits (跟踪回访 service records).
 */
import { z } from 'zod';
import { AGREEMENT_STATUSES, MEASURE_KIND_LABEL, MEASURE_KINDS } from '../domain/assistance';
import { Id, IsoDate, NonEmptyName, OptionalText, Version } from './common';

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
  date: z.string(),
  clerk: z.string().nullable(),
  content: z.string().nullable(),
  outcome: z.string().nullable(),
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

export const CreateAgreementInput = z.strictObject({
  personId: Id,
  signedOn: IsoDate,
  clerk: NonEmptyName('经办人', 20),
  goal: NonEmptyName('援助目标', 200),
  notes: OptionalText('备注', 500).optional(),
});
export type CreateAgreementInput = z.infer<typeof CreateAgreementInput>;

export const AddMeasureInput = z.strictObject({
  agreementId: Id,
  kind: MeasureKind,
  description: NonEmptyName('措施内容', 200),
  plannedOn: IsoDate,
});
export type AddMeasureInput = z.infer<typeof AddMeasureInput>;

export const CompleteMeasureInput = z.strictObject({
  id: Id,
  version: Version,
  doneOn: IsoDate,
  serviceRecordId: Id.nullable().optional(),
});
export type CompleteMeasureInput = z.infer<typeof CompleteMeasureInput>;

export const RecordFollowUpInput = z.strictObject({
  agreementId: Id,
  date: IsoDate,
  clerk: NonEmptyName('经办人', 20),
  content: NonEmptyName('回访内容', 500),
  outcome: OptionalText('回访结果', 200).optional(),
});
export type RecordFollowUpInput = z.infer<typeof RecordFollowUpInput>;

export const CloseAgreementInput = z.strictObject({
  id: Id,
  version: Version,
  closedOn: IsoDate,
  reason: NonEmptyName('终止原因', 100),
});
export type CloseAgreementInput = z.infer<typeof CloseAgreementInput>;

export const assistanceContract = {
  'assistance.get': { input: z.strictObject({ personId: Id }), output: PersonAssistance, access: 'read' },
  'assistance.create': { input: CreateAgreementInput, output: AssistanceAgreement, access: 'write' },
  'assistance.addMeasure': { input: AddMeasureInput, output: AssistanceAgreement, access: 'write' },
  'assistance.completeMeasure': { input: CompleteMeasureInput, output: AssistanceAgreement, access: 'write' },
  'assistance.recordFollowUp': { input: RecordFollowUpInput, output: AssistanceAgreement, access: 'write' },
  'assistance.close': { input: CloseAgreementInput, output: AssistanceAgreement, access: 'write' },
} as const;
