/** What the cross-sheet checks know besides the file: the database's records, and where each record's row is. */
import type { AgreementRecord, MeasureRecord, PersonRecord, RecognitionRecord, RegistrationRecord, ServiceRecord, SpellRecord } from './records';
import type { SheetField } from './sheets';

export type RowNumbers = { [K in SheetField]: number[] };

/** The sheets whose rows carry a 序号 (their key is the natural key and the 序号). */
export type SeqField = 'services' | 'householdServices' | 'complaints';

/** What the database already holds, for references from the file. */
export interface ExistingContext {
  streetCode: string | null;
  hasCommunity(code: string): boolean;
  hasHousehold(number: string): boolean;
  hasPerson(idNumber: string): boolean;
  /** A person in the database (for dates: birth, 迁出). */
  person(idNumber: string): PersonRecord | null;
  /** The person's spells and registrations in the database (for overlap checks with the file's). */
  spellsOf(idNumber: string): SpellRecord[];
  registrationsOf(idNumber: string): RegistrationRecord[];
  hasEmployer(name: string): boolean;
  hasVacancy(key: string): boolean;
  hasService(key: string): boolean;
  /** The person's recognitions, agreements, measures and agreement services in the database. */
  recognitionsOf(idNumber: string): RecognitionRecord[];
  agreementsOf(idNumber: string): AgreementRecord[];
  measuresOf(idNumber: string): MeasureRecord[];
  agreementServicesOf(idNumber: string): ServiceRecord[];
  /** How many records of a 序号 group (a key without its 序号) the database holds. */
  seqCount(field: SeqField, group: string): number;
}

export const EMPTY_CONTEXT: ExistingContext = {
  streetCode: null,
  hasCommunity: () => false,
  hasHousehold: () => false,
  hasPerson: () => false,
  person: () => null,
  spellsOf: () => [],
  registrationsOf: () => [],
  hasEmployer: () => false,
  hasVacancy: () => false,
  hasService: () => false,
  recognitionsOf: () => [],
  agreementsOf: () => [],
  measuresOf: () => [],
  agreementServicesOf: () => [],
  seqCount: () => 0,
};

