/**
 * Corrections (issue #14): a record entered wrongly is edited, or 作废 (voided) with a reason — it then counts
 * nowhere but stays in the audit trail and, struck through, in the person's timeline; a household, community or
 * person entered by mistake is deleted while nothing refers to it.
 */
import { z } from 'zod';
import { Id, IdInput, IsoDate, NonEmptyName, OptionalText, storedRow } from './common';
import { Complaint, complaintFacts } from './complaints';
import { NoWishReason, Registration, Spell, SpellPost, Wish, checkNoWishReason, registrationFacts, spellFacts } from './employment';
import { ServiceRecord } from './services';
import {
  AssistanceAgreement,
  Recognition,
  RecognitionCategory,
  agreementClosing,
  agreementSigning,
  recognitionExit,
  recognitionReview,
} from './recognitions';

/** What can be voided, by its audit entity name. */
export const VOIDABLE_ENTITIES = [
  'service_record',
  'unemployment_registration',
  'employment_spell',
  'employment_wish',
  'complaint',
  'difficulty_recognition',
  'assistance_agreement',
] as const;
export const VoidableEntity = z.enum(VOIDABLE_ENTITIES, { message: '只能作废服务记录、失业登记、就业经历、就业意愿、投诉、就业困难认定或一人一策援助协议' });
export type VoidableEntity = z.infer<typeof VoidableEntity>;

/** A record that can be corrected or voided: what it is and its id (the timeline names its entries so). */
export const VoidableRecord = z.object({ entity: VoidableEntity, id: Id });

export const VoidRecordInput = z.strictObject({ ...VoidableRecord.shape, reason: NonEmptyName('作废原因', 200) });
export type VoidRecordInput = z.infer<typeof VoidRecordInput>;

export const VoidedRecord = z.object({
  ...VoidableRecord.shape,
  title: z.string(),
  reason: z.string(),
});
export type VoidedRecord = z.infer<typeof VoidedRecord>;

export const EditRegistrationInput = z
  .strictObject({
    id: Id,
    ...registrationFacts,
    /** Null: not cancelled (a cancellation entered by mistake is taken back). */
    cancelledOn: IsoDate.nullable(),
    cancelReason: OptionalText('注销原因', 100),
  })
  .superRefine((value, ctx) => {
    if (value.cancelledOn !== null && !value.cancelReason) {
      ctx.addIssue({ code: 'custom', path: ['cancelReason'], message: '有注销日期时须填写注销原因' });
    }
    if (value.cancelledOn !== null && value.cancelledOn < value.registeredOn) {
      ctx.addIssue({ code: 'custom', path: ['cancelledOn'], message: '注销日期不能早于登记日期' });
    }
  });
export type EditRegistrationInput = z.infer<typeof EditRegistrationInput>;

export const EditSpellInput = z
  .strictObject({
    id: Id,
    /** `endDate` null: still employed. */
    ...spellFacts,
    post: SpellPost,
  })
  .superRefine((value, ctx) => {
    if (value.endDate !== null && value.endDate < value.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: '结束日期不能早于开始日期' });
  });
export type EditSpellInput = z.infer<typeof EditSpellInput>;

export const EditServiceInput = z.strictObject({
  id: Id,
  date: IsoDate,
  clerk: OptionalText('经办人', 20),
  content: OptionalText('服务内容', 500),
  outcome: OptionalText('服务结果', 200),
});
export type EditServiceInput = z.infer<typeof EditServiceInput>;

/** A complaint and its judgement as they should have been entered: 未认定 (valid null), or 有效/无效 with day and reason. */
export const EditComplaintInput = z
  .strictObject({
    ...storedRow,
    ...complaintFacts,
    valid: z.boolean().nullable(),
    judgedOn: IsoDate.nullable(),
    validityReason: z.string().trim().max(200, { message: '认定理由不能超过 200 个字' }).nullable(),
  })
  .superRefine((value, ctx) => {
    if (value.valid !== null && value.judgedOn === null) ctx.addIssue({ code: 'custom', path: ['judgedOn'], message: '已认定的投诉须填写认定日期' });
    if (value.valid !== null && !value.validityReason) ctx.addIssue({ code: 'custom', path: ['validityReason'], message: '已认定的投诉须填写认定理由' });
    if (value.judgedOn !== null && value.judgedOn < value.date) ctx.addIssue({ code: 'custom', path: ['judgedOn'], message: '认定日期不能早于投诉日期' });
  });
export type EditComplaintInput = z.infer<typeof EditComplaintInput>;

export const EditWishInput = z
  .strictObject({
    id: Id,
    /** Null only for a wish recorded without a date (from a workbook): it stays undated. */
    recordedOn: IsoDate.nullable(),
    hasWish: z.boolean({ message: '请选择有无就业意愿' }),
    wishedJob: OptionalText('意愿工种', 60),
    wishedWage: z.number().nonnegative({ message: '期望工资应为不小于 0 的数字' }).nullable(),
    trainingWanted: OptionalText('培训意愿', 100),
    noWishReason: NoWishReason.nullable(),
  })
  .superRefine(checkNoWishReason);
export type EditWishInput = z.infer<typeof EditWishInput>;

/**
 * A recognition's steps as they should have been entered: the application (category, day, 特别困难), and — once
 * reviewed — the decision, its day, reviewer and note, and — once exited — the exit's day and reason. The step
 * reached (待审核 / 已审核 / 已退出) is not changed here; only which decision the review took.
 */
export const EditRecognitionInput = z
  .strictObject({
    ...storedRow,
    category: RecognitionCategory,
    appliedOn: IsoDate,
    especiallyDifficult: z.boolean({ message: '请选择是否特别困难' }),
    /** Null for a recognition still awaiting its review. */
    review: z.strictObject(recognitionReview).nullable(),
    /** Null unless the recognition has exited. */
    exit: z.strictObject(recognitionExit).nullable(),
  })
  .superRefine((value, ctx) => {
    if (value.review?.decision === 'refused' && !value.review.note) ctx.addIssue({ code: 'custom', path: ['review', 'note'], message: '不予认定时须填写理由（审核意见）' });
    if (value.review && value.review.reviewedOn < value.appliedOn) ctx.addIssue({ code: 'custom', path: ['review', 'reviewedOn'], message: '审核日期不能早于申请日期' });
    if (value.exit && value.review?.decision !== 'recognised') ctx.addIssue({ code: 'custom', path: ['exit'], message: '只有已认定的认定才有退出' });
    if (value.exit && value.review && value.exit.exitedOn < value.review.reviewedOn) ctx.addIssue({ code: 'custom', path: ['exit', 'exitedOn'], message: '退出日期不能早于认定日期' });
  });
export type EditRecognitionInput = z.infer<typeof EditRecognitionInput>;

/** A 一人一策 agreement as it should have been entered: what its signing and (when closed) its closing recorded. */
export const EditAgreementInput = z
  .strictObject({
    ...storedRow,
    ...agreementSigning,
    /** Null: in force (a closing entered by mistake is taken back). */
    close: z.strictObject(agreementClosing).nullable(),
  })
  .superRefine((value, ctx) => {
    if (value.close && value.close.closedOn < value.signedOn) ctx.addIssue({ code: 'custom', path: ['close', 'closedOn'], message: '终止日期不能早于签订日期' });
  });
export type EditAgreementInput = z.infer<typeof EditAgreementInput>;

export const DeleteInput = IdInput;

export const Deleted = z.object({ id: Id, name: z.string() });

export const correctionsContract = {
  'corrections.void': { input: VoidRecordInput, output: VoidedRecord, access: 'write' },
  'corrections.editRegistration': { input: EditRegistrationInput, output: Registration, access: 'write' },
  'corrections.editSpell': { input: EditSpellInput, output: Spell, access: 'write' },
  'corrections.editService': { input: EditServiceInput, output: ServiceRecord, access: 'write' },
  'corrections.editComplaint': { input: EditComplaintInput, output: Complaint, access: 'write' },
  'corrections.editWish': { input: EditWishInput, output: Wish, access: 'write' },
  /** Any of the person's wishes (not only the one in force), as 修改 starts from it. */
  'corrections.wish': { input: IdInput, output: Wish, access: 'read' },
  'corrections.editRecognition': { input: EditRecognitionInput, output: Recognition, access: 'write' },
  'corrections.editAgreement': { input: EditAgreementInput, output: AssistanceAgreement, access: 'write' },
  'corrections.deleteHousehold': { input: DeleteInput, output: Deleted, access: 'write' },
  'corrections.deleteCommunity': { input: DeleteInput, output: Deleted, access: 'write' },
  'corrections.deletePerson': { input: DeleteInput, output: Deleted, access: 'admin' },
} as const;
