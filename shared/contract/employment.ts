/**
 * Employment (DOMAIN.md §2): a person's employment spells, unemployment registrations and employment wishes, and
 * the employment facts the person page shows.
 */
import { z } from 'zod';
import { NO_WISH_REASONS } from '../domain/workbook/vocabulary';
import { Flag, Id, IsoDate, Money, NonEmptyName, OptionalText, PersonIdInput, listedPerson } from './common';
import { ServiceRecord } from './services';

// ---------------------------------------------------------------- employment spells

export const SpellKind = z.enum(['unit', 'flexible', 'self_employed', 'public_welfare', 'migrant'], {
  message: '就业形式应为单位就业、灵活就业、自主创业、公益性岗位或外出务工',
});

export const Spell = z.object({
  id: Id,
  personId: Id,
  startDate: z.string(),
  endDate: z.string().nullable(),
  kind: SpellKind,
  employerName: z.string().nullable(),
  employerId: Id.nullable(),
  post: z.string().nullable(),
  contractSigned: z.boolean().nullable(),
  socialInsurancePaid: z.boolean().nullable(),
});
export type Spell = z.infer<typeof Spell>;

/** A spell's facts, as added and as corrected (corrections.ts). */
export const spellFacts = { startDate: IsoDate, endDate: IsoDate.nullable(), kind: SpellKind, employerName: OptionalText('工作单位', 100) };
export const SpellPost = OptionalText('岗位', 60);

export const AddSpellInput = z.strictObject({
  personId: Id,
  ...spellFacts,
  employerName: spellFacts.employerName.optional(),
  employerId: Id.nullable().optional(),
  post: SpellPost.optional(),
  contractSigned: Flag('是否签订劳动合同').nullable().optional(),
  socialInsurancePaid: Flag('是否缴纳社会保险').nullable().optional(),
});
export type AddSpellInput = z.infer<typeof AddSpellInput>;

export const CloseSpellInput = z.strictObject({ id: Id, endDate: IsoDate });
export type CloseSpellInput = z.infer<typeof CloseSpellInput>;

// ---------------------------------------------------------------- unemployment registrations

export const RegistrationReason = z.enum(['laid_off', 'unemployed', 'graduate', 'veteran', 'returnee', 'other'], {
  message: '登记原因应为下岗、失业、毕业未就业、退役、返乡或其他',
});

export const Registration = z.object({
  id: Id,
  personId: Id,
  registeredOn: z.string(),
  reason: RegistrationReason,
  cancelledOn: z.string().nullable(),
  cancelReason: z.string().nullable(),
});
export type Registration = z.infer<typeof Registration>;

export const NoWishReason = z.enum(NO_WISH_REASONS, {
  message: `无就业意愿原因应为：${NO_WISH_REASONS.join('、')}`,
});

/** 无就业意愿 needs its reason (原因); 有就业意愿 takes none: every form of a wish checks it. */
export function checkNoWishReason(value: { hasWish: boolean; noWishReason?: string | null }, ctx: z.core.$RefinementCtx): void {
  if (!value.hasWish && !value.noWishReason) ctx.addIssue({ code: 'custom', path: ['noWishReason'], message: '无就业意愿时须选择原因' });
  if (value.hasWish && value.noWishReason) ctx.addIssue({ code: 'custom', path: ['noWishReason'], message: '有就业意愿时不填无意愿原因' });
}

/**
 * `wish`: the employment wish, asked by the dialog when the person has none recorded as of the registration date;
 * recorded dated that day, in the same transaction.
 */
export const RegistrationWish = z
  .strictObject({ hasWish: Flag('有无就业意愿'), noWishReason: NoWishReason.nullable() })
  .superRefine(checkNoWishReason);

export type RegistrationWish = z.infer<typeof RegistrationWish>;

/** A registration's facts, as registered and as corrected (corrections.ts). */
export const registrationFacts = { registeredOn: IsoDate, reason: RegistrationReason };

export const RegisterInput = z.strictObject({ personId: Id, ...registrationFacts, wish: RegistrationWish.optional() });
export type RegisterInput = z.infer<typeof RegisterInput>;

export const CancelRegistrationInput = z.strictObject({
  id: Id,
  cancelledOn: IsoDate,
  cancelReason: NonEmptyName('注销原因', 100),
});
export type CancelRegistrationInput = z.infer<typeof CancelRegistrationInput>;

// ---------------------------------------------------------------- employment wishes

export const DEEMED_NO_WISH_REASON = '两次拒绝介绍视为无意愿';

export const Wish = z.object({
  id: Id,
  personId: Id,
  recordedOn: z.string().nullable(),
  hasWish: z.boolean(),
  wishedJob: z.string().nullable(),
  wishedWage: z.number().nullable(),
  trainingWanted: z.string().nullable(),
  noWishReason: z.string().nullable(),
  deemedByRefusals: z.boolean(),
});
export type Wish = z.infer<typeof Wish>;

export const RecordWishInput = z
  .strictObject({
    personId: Id,
    recordedOn: IsoDate,
    hasWish: Flag('有无就业意愿'),
    wishedJob: OptionalText('意愿工种', 60).optional(),
    wishedWage: Money('期望工资').nullable().optional(),
    trainingWanted: OptionalText('培训意愿', 100).optional(),
    noWishReason: NoWishReason.nullable().optional(),
  })
  .superRefine((value, ctx) => {
    checkNoWishReason(value, ctx);
    if (!value.hasWish && (value.wishedJob || (value.wishedWage !== null && value.wishedWage !== undefined))) {
      ctx.addIssue({ code: 'custom', path: ['wishedJob'], message: '无就业意愿时不填意愿工种和期望工资' });
    }
  });
export type RecordWishInput = z.infer<typeof RecordWishInput>;

/** Street-wide by default; `communityId` for one community, `personId` for one person (the person page). */
export const DeemedCandidatesInput = z
  .strictObject({ communityId: Id.optional(), personId: Id.optional() })
  .refine((v) => v.communityId === undefined || v.personId === undefined, {
    path: ['personId'],
    message: '按社区或按人员查询，二者只能选一',
  });
export type DeemedCandidatesInput = z.infer<typeof DeemedCandidatesInput>;

export const RefusedReferral = z.object({
  serviceId: Id,
  ...ServiceRecord.pick({ date: true, content: true, clerk: true, vacancyId: true, vacancyTitle: true }).shape,
});

export const DeemedCandidate = z.object({
  ...listedPerson,
  /** The wish record the refusals are counted from (null: an undated wish). */
  wishRecordedOn: z.string().nullable(),
  /** Refused referrals on or after that wish, oldest first (at least two). */
  refusals: z.array(RefusedReferral),
});
export type DeemedCandidate = z.infer<typeof DeemedCandidate>;

export const ConfirmDeemedInput = z.strictObject({ personId: Id, recordedOn: IsoDate });
export type ConfirmDeemedInput = z.infer<typeof ConfirmDeemedInput>;

// ---------------------------------------------------------------- a person's employment facts (the person page)

export const PersonEmployment = z.object({
  personId: Id,
  /** The day the facts describe (today). */
  asOf: z.string(),
  /** Every spell, newest start first; open ones have `endDate` null. */
  spells: z.array(Spell),
  /** Every registration, newest first; an open one has `cancelledOn` null. */
  registrations: z.array(Registration),
  /** The wish in force on `asOf` (the latest dated one on or before it, else an undated one). */
  wish: Wish.nullable(),
});
export type PersonEmployment = z.infer<typeof PersonEmployment>;

// ---------------------------------------------------------------- the methods

export const employmentContract = {
  'spells.add': { input: AddSpellInput, output: Spell, access: 'write' },
  'spells.close': { input: CloseSpellInput, output: Spell, access: 'write' },
  'registrations.register': { input: RegisterInput, output: Registration, access: 'write' },
  'registrations.cancel': { input: CancelRegistrationInput, output: Registration, access: 'write' },
  'wishes.record': { input: RecordWishInput, output: Wish, access: 'write' },
  'wishes.deemedNoWishCandidates': { input: DeemedCandidatesInput, output: z.array(DeemedCandidate), access: 'read' },
  'wishes.confirmDeemedNoWish': { input: ConfirmDeemedInput, output: Wish, access: 'write' },
  'employment.ofPerson': { input: PersonIdInput, output: PersonEmployment, access: 'read' },
} as const;
