/** A 人员 row of the standard workbook: the registry's person with employment's wish in force on the date. */
import type { PersonRecord } from '../../../shared/domain/workbook/records';
import type { DeskDatabase } from '../../../db/open-database';
import { workbookWishesOn } from '../../../db/repositories/employment/employment-workbook-repo';
import type { WorkbookWishRow } from '../../../db/repositories/employment/employment-workbook-repo';
import { workbookPersonRows } from '../../../db/repositories/registry/persons-workbook-repo';
import type { WorkbookPersonRow } from '../../../db/repositories/registry/persons-workbook-repo';

/** When a person has no wish recorded, the workbook still needs 有/无. */
export const UNRECORDED_WISH_REASON = '未记录';

export function personRecord(row: WorkbookPersonRow, wish: WorkbookWishRow | undefined): PersonRecord {
  return {
    idNumber: row.idNumber,
    name: row.name,
    gender: row.gender,
    birthDate: row.birthDate,
    householdNumber: row.householdNumber,
    relation: row.relation,
    phone: row.phone,
    education: row.education,
    workAbility: row.workAbility,
    isStudent: row.isStudent === 1,
    isRetired: row.isRetired === 1,
    retirementBase: row.retirementBase,
    migrantWorker: row.migrantWorker === 1,
    veteran: row.veteran === 1,
    graduationYear: row.graduationYear,
    hasWish: wish ? wish.hasWish === 1 : false,
    noWishReason: wish ? wish.noWishReason : UNRECORDED_WISH_REASON,
    skills: row.skills,
    skillLevel: row.skillLevel,
    trainingWanted: wish ? wish.trainingWanted : null,
    socialInsurance: row.socialInsurance,
    policiesEnjoyed: row.policiesEnjoyed,
    archivedOn: row.archivedOn,
  };
}

/** Every person as a 人员 row, by ID number, with the wish in force on `date`. */
export function* readPersons(db: DeskDatabase, date: string): Generator<PersonRecord> {
  const wishes = workbookWishesOn(db, date);
  for (const row of workbookPersonRows(db, true)) yield personRecord(row, wishes.get(row.id));
}
