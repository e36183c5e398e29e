/**
 * Printed documents (issue [prints] item 4): the household card (户卡) as of a date, the 就业困难人员申请审核认定表 of a
 * recognition (seed 003), the 就业援助协议书 (一人一策) of an agreement, and the assessment sheet of a saved
 * assessment. Each method returns what its document prints; shared/documents builds the HTML.
 *
 * These are the office's own records (filed, not posted): ID numbers are printed in full, as on the person page,
 * and masked with the print settings' rule for a read-only inspector (DOMAIN §8).
 */
import { z } from 'zod';
import { AssessmentRun, SavedSummary } from './assessment';
import { Id, IsoDate } from './common';
import { FamilyEpisodeRow, PersonBadges } from './population';
import { AssistanceAgreement, Recognition } from './recognitions';
import { HouseholdFlagsNow, PersonDetail, Relation } from './registry';
import { ServiceRecord } from './services';
import { Registration, Spell, Wish } from './employment';

/** The street (and community) a document belongs to, with the office's details. */
export const DocumentHeader = z.object({
  streetCode: z.string(),
  streetName: z.string(),
  communityCode: z.string().nullable(),
  communityName: z.string().nullable(),
  address: z.string().nullable(),
  complaintPhone: z.string().nullable(),
});
export type DocumentHeader = z.infer<typeof DocumentHeader>;

/**
 * A person as a document names them: the person page's facts without the household placement and the bookkeeping;
 * `idNumber` full, or masked for an inspector.
 */
export const DocumentPerson = PersonDetail.omit({
  relation: true,
  retirementBase: true,
  householdId: true,
  householdNumber: true,
  communityId: true,
  communityName: true,
  archivedOn: true,
  archiveReason: true,
  version: true,
});
export type DocumentPerson = z.infer<typeof DocumentPerson>;

/** One member of a household on the card's date, with their state and employment then. */
export const CardMember = z.object({
  person: DocumentPerson,
  relation: Relation,
  badges: PersonBadges,
  /** The spell open on the date. */
  spell: Spell.nullable(),
  /** The registration open on the date. */
  registration: Registration.nullable(),
  /** The wish in force on the date. */
  wish: Wish.nullable(),
  /** The difficulty recognition in force on the date. */
  recognition: Recognition.nullable(),
});
export type CardMember = z.infer<typeof CardMember>;

export const HouseholdCard = z.object({
  asOf: z.string(),
  header: DocumentHeader,
  household: z.object({
    id: Id,
    number: z.string(),
    address: z.string().nullable(),
    flags: HouseholdFlagsNow,
  }),
  /** Head first, then by relation and birth date. */
  members: z.array(CardMember),
  /** Zero-employment and double-unemployed episodes that appeared by the date. */
  episodes: z.array(FamilyEpisodeRow),
  /** The household's own records and its members' (while members), dated up to the date, oldest first. */
  services: z.array(ServiceRecord.extend({ personName: z.string().nullable() })),
});
export type HouseholdCard = z.infer<typeof HouseholdCard>;

export const RecognitionForm = z.object({
  header: DocumentHeader,
  recognition: Recognition,
  person: DocumentPerson,
  household: z.object({ number: z.string(), address: z.string().nullable(), flags: HouseholdFlagsNow }),
  /** The applicant's state on the application day. */
  badges: PersonBadges,
  /** The registration open on the application day, and since when the person was unemployed. */
  registration: Registration.nullable(),
  /** The household's other members on the application day. */
  family: z.array(z.object({ name: z.string(), relation: Relation, age: z.number().int(), state: z.string() })),
});
export type RecognitionForm = z.infer<typeof RecognitionForm>;

export const AgreementDocument = z.object({
  header: DocumentHeader,
  agreement: AssistanceAgreement,
  recognition: Recognition,
  person: DocumentPerson,
  household: z.object({ number: z.string(), address: z.string().nullable() }),
});
export type AgreementDocument = z.infer<typeof AgreementDocument>;

export const AssessmentSheet = z.object({
  header: DocumentHeader,
  summary: SavedSummary,
  run: AssessmentRun,
});
export type AssessmentSheet = z.infer<typeof AssessmentSheet>;

export const documentsContract = {
  'documents.householdCard': { input: z.strictObject({ householdId: Id, asOf: IsoDate }), output: HouseholdCard, access: 'read' },
  'documents.recognitionForm': { input: z.strictObject({ recognitionId: Id }), output: RecognitionForm, access: 'read' },
  'documents.agreement': { input: z.strictObject({ agreementId: Id }), output: AgreementDocument, access: 'read' },
  'documents.assessmentSheet': { input: z.strictObject({ savedId: Id }), output: AssessmentSheet, access: 'read' },
} as const;
