/** persons (registry) as the derived populations read them (population/population-inputs-repo.ts), in id order. */
import type { PopulationPerson } from '../../../shared/domain/population/types';
import type { DeskDatabase } from '../../desk-database';

type Bool = 0 | 1;

export interface PopulationPersonRow {
  id: number;
  name: string;
  idNumber: string;
  gender: 'M' | 'F';
  birthDate: string;
  workAbility: 'full' | 'partial' | 'none';
  isStudent: Bool;
  isRetired: Bool;
  retirementBase: number | null;
  archivedOn: string | null;
  householdId: number;
  relation: PopulationPerson['relation'];
  migrantWorker: Bool;
  /** The derived dates as stored (null before they were first computed). */
  workingAgeFrom: string | null;
  retirementOn: string | null;
}

const MEMBER_INPUT_SELECT = `SELECT id, name, id_number AS idNumber, gender, birth_date AS birthDate, work_ability AS workAbility,
  is_student AS isStudent, is_retired AS isRetired, retirement_base AS retirementBase, archived_on AS archivedOn,
  household_id AS householdId, relation, migrant_worker AS migrantWorker,
  working_age_from AS workingAgeFrom, retirement_on AS retirementOn FROM persons`;

export function populationPersonRow(db: DeskDatabase, personId: number): PopulationPersonRow | undefined {
  return db.sqlite.prepare(`${MEMBER_INPUT_SELECT} WHERE id = ?`).get(personId) as PopulationPersonRow | undefined;
}

/** The persons among `personIds`, or everyone when null, in id order. */
export function populationPersonRows(db: DeskDatabase, personIds: readonly number[] | null): PopulationPersonRow[] {
  if (personIds === null) return db.sqlite.prepare(`${MEMBER_INPUT_SELECT} ORDER BY id`).all() as PopulationPersonRow[];
  return db.sqlite
    .prepare(`${MEMBER_INPUT_SELECT} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`)
    .all(JSON.stringify(personIds)) as PopulationPersonRow[];
}
