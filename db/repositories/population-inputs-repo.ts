/**
 * The inputs of the derived populations (shared/domain/population/types.ts) read from the database: one person,
 * one household, or every household at once (prepared statements, one pass per table).
 * Rows are read in id order, so "the last undated row wins" means the one entered last.
 * A household's members are its membership periods (memberships-repo): everyone who ever belonged to it, each
 * entry with the dates and the relation of one period.
 */
import type {
  EmploymentSpell,
  EmploymentWish,
  FamilyInput,
  HouseholdFlagEntry,
  PersonHistory,
  PopulationPerson,
  UnemploymentRegistration,
} from '../../shared/domain/population/types';
import type { DeskDatabase } from '../desk-database';
import { allMemberships, membershipsInHouseholds, membershipsOfPerson } from './memberships-repo';
import type { MembershipRow } from './memberships-repo';

type Bool = 0 | 1;

interface PersonDbRow {
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
}

const PERSON_SELECT = `SELECT id, name, id_number AS idNumber, gender, birth_date AS birthDate, work_ability AS workAbility,
  is_student AS isStudent, is_retired AS isRetired, retirement_base AS retirementBase, archived_on AS archivedOn,
  household_id AS householdId, relation, migrant_worker AS migrantWorker FROM persons`;

/** A household member (one membership period) with the keys the services need beside the pure inputs. */
export interface MemberInput {
  personId: number;
  name: string;
  person: PopulationPerson;
  history: PersonHistory;
  membership?: { relation: PopulationPerson['relation']; from: string | null; to: string | null };
}

export interface HouseholdInput extends FamilyInput {
  householdId: number;
  members: MemberInput[];
}

function toPerson(row: PersonDbRow): PopulationPerson {
  return {
    idNumber: row.idNumber,
    gender: row.gender,
    birthDate: row.birthDate,
    workAbility: row.workAbility,
    isStudent: row.isStudent === 1,
    isRetired: row.isRetired === 1,
    retirementBase: row.retirementBase === 50 || row.retirementBase === 55 ? row.retirementBase : null,
    archivedOn: row.archivedOn,
    householdId: row.householdId,
    relation: row.relation,
    migrantWorker: row.migrantWorker === 1,
  };
}

interface Histories {
  spells: Map<number, EmploymentSpell[]>;
  registrations: Map<number, UnemploymentRegistration[]>;
  wishes: Map<number, EmploymentWish[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Histories of the persons `personIds` (null = everyone), by person id. */
function loadHistories(db: DeskDatabase, personIds: readonly number[] | null): Histories {
  const where = personIds === null ? '' : 'WHERE person_id IN (SELECT value FROM json_each(?))';
  const args = personIds === null ? [] : [JSON.stringify(personIds)];
  const out: Histories = { spells: new Map(), registrations: new Map(), wishes: new Map() };
  const spells = db.sqlite
    .prepare(`SELECT person_id, start_date, end_date FROM employment_spells ${where} ORDER BY person_id, start_date`)
    .raw()
    .iterate(...args) as IterableIterator<[number, string, string | null]>;
  for (const [id, start, end] of spells) push(out.spells, id, { start, end });
  const registrations = db.sqlite
    .prepare(`SELECT person_id, registered_on, cancelled_on FROM unemployment_registrations ${where} ORDER BY person_id, registered_on`)
    .raw()
    .iterate(...args) as IterableIterator<[number, string, string | null]>;
  for (const [id, registeredOn, cancelledOn] of registrations) push(out.registrations, id, { registeredOn, cancelledOn });
  const wishes = db.sqlite
    .prepare(`SELECT person_id, recorded_on, has_wish FROM employment_wishes ${where} ORDER BY person_id, id`)
    .raw()
    .iterate(...args) as IterableIterator<[number, string | null, Bool]>;
  for (const [id, recordedOn, hasWish] of wishes) push(out.wishes, id, { recordedOn, hasWish: hasWish === 1 });
  return out;
}

function historyOf(histories: Histories, personId: number): PersonHistory {
  return {
    spells: histories.spells.get(personId) ?? [],
    registrations: histories.registrations.get(personId) ?? [],
    wishes: histories.wishes.get(personId) ?? [],
  };
}

function loadFlags(db: DeskDatabase, householdIds: readonly number[] | null): Map<number, HouseholdFlagEntry[]> {
  const where = householdIds === null ? '' : 'WHERE household_id IN (SELECT value FROM json_each(?))';
  const args = householdIds === null ? [] : [JSON.stringify(householdIds)];
  const out = new Map<number, HouseholdFlagEntry[]>();
  const rows = db.sqlite
    .prepare(`SELECT household_id, flag, value, effective_from FROM household_flags ${where} ORDER BY household_id, id`)
    .raw()
    .iterate(...args) as IterableIterator<[number, HouseholdFlagEntry['flag'], Bool, string | null]>;
  for (const [id, flag, value, effectiveFrom] of rows) push(out, id, { flag, value: value === 1, effectiveFrom });
  return out;
}

/**
 * One person's inputs, or null when there is no such person. `presence` carries their membership periods, so the
 * state on a date outside them says "not in the street".
 */
export function loadPersonInput(db: DeskDatabase, personId: number): MemberInput | null {
  const row = db.sqlite.prepare(`${PERSON_SELECT} WHERE id = ?`).get(personId) as PersonDbRow | undefined;
  if (!row) return null;
  const presence = membershipsOfPerson(db, personId).map((m) => ({ from: m.fromDate, to: m.toDate }));
  return { personId: row.id, name: row.name, person: { ...toPerson(row), presence }, history: historyOf(loadHistories(db, [row.id]), row.id) };
}

function memberEntry(row: PersonDbRow, period: MembershipRow, histories: Histories): MemberInput {
  return {
    personId: row.id,
    name: row.name,
    person: toPerson(row),
    history: historyOf(histories, row.id),
    membership: { relation: period.relation, from: period.fromDate, to: period.toDate },
  };
}

/**
 * The households among `householdIds` that exist, with their flags and everyone who ever belonged to them: one
 * member entry per membership period (archived members too: archiving takes effect on its date).
 */
export function loadHouseholdInputs(db: DeskDatabase, householdIds: readonly number[]): HouseholdInput[] {
  const ids = JSON.stringify(householdIds);
  const existing = db.sqlite.prepare('SELECT id FROM households WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').pluck().all(ids) as number[];
  const periods = membershipsInHouseholds(db, existing);
  const personIds = [...new Set(periods.map((p) => p.personId))];
  const rows = db.sqlite
    .prepare(`${PERSON_SELECT} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`)
    .all(JSON.stringify(personIds)) as PersonDbRow[];
  const personById = new Map(rows.map((r) => [r.id, r]));
  const histories = loadHistories(db, personIds);
  const flags = loadFlags(db, existing);
  const byHousehold = new Map<number, HouseholdInput>(existing.map((id) => [id, { householdId: id, flags: flags.get(id) ?? [], members: [] }]));
  for (const period of periods) {
    const row = personById.get(period.personId);
    if (row) byHousehold.get(period.householdId)?.members.push(memberEntry(row, period, histories));
  }
  return [...byHousehold.values()];
}

/**
 * Every household with its members over time and its flags, in id order. Everything is read before the first
 * household is yielded, so the caller may write between households.
 */
export function* allHouseholdInputs(db: DeskDatabase): Generator<HouseholdInput> {
  const histories = loadHistories(db, null);
  const flags = loadFlags(db, null);
  const persons = db.sqlite.prepare(`${PERSON_SELECT} ORDER BY id`).all() as PersonDbRow[];
  const personById = new Map(persons.map((r) => [r.id, r]));
  const periods = allMemberships(db);
  const households = db.sqlite.prepare('SELECT id FROM households ORDER BY id').pluck().all() as number[];
  let i = 0;
  for (const householdId of households) {
    const members: MemberInput[] = [];
    for (let period = periods[i]; period !== undefined && period.householdId <= householdId; period = periods[++i]) {
      const row = personById.get(period.personId);
      if (period.householdId === householdId && row) members.push(memberEntry(row, period, histories));
    }
    yield { householdId, flags: flags.get(householdId) ?? [], members };
  }
}
