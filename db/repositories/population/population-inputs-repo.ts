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
} from '../../../shared/domain/population/types';
import type { DeskDatabase } from '../../desk-database';
import { registrationIntervals } from '../employment/registrations-repo';
import { spellIntervals } from '../employment/spells-repo';
import { wishEntries } from '../employment/wishes-repo';
import { flagEntries } from '../registry/household-flags-repo';
import { allHouseholdIds, existingHouseholdIds } from '../registry/households-repo';
import type { MembershipRow } from '../registry/memberships-repo';
import { membershipsInHouseholds, membershipsOfPerson } from '../registry/memberships-repo';
import { populationPersonRow, populationPersonRows } from '../registry/population-persons-repo';
import type { PopulationPersonRow as PersonDbRow } from '../registry/population-persons-repo';

/** A household member (one membership period) with the keys the services need beside the pure inputs. */
export interface MemberInput {
  personId: number;
  name: string;
  person: PopulationPerson;
  history: PersonHistory;
  membership?: { relation: PopulationPerson['relation']; from: string | null; to: string | null };
  /** The working age as stored with the person (FamilyMember.workingAge), only where the reader asked for it. */
  workingAge?: { from: string; until: string };
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

/** Histories of the persons `personIds` (null = everyone), by person id; without registrations when `registrations` is false. */
function loadHistories(db: DeskDatabase, personIds: readonly number[] | null, registrations = true): Histories {
  const out: Histories = { spells: new Map(), registrations: new Map(), wishes: new Map() };
  for (const [id, start, end] of spellIntervals(db, personIds)) push(out.spells, id, { start, end });
  if (registrations) for (const [id, registeredOn, cancelledOn] of registrationIntervals(db, personIds)) push(out.registrations, id, { registeredOn, cancelledOn });
  for (const [id, recordedOn, hasWish] of wishEntries(db, personIds)) push(out.wishes, id, { recordedOn, hasWish: hasWish === 1 });
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
  const out = new Map<number, HouseholdFlagEntry[]>();
  for (const [id, flag, value, effectiveFrom] of flagEntries(db, householdIds)) push(out, id, { flag, value: value === 1, effectiveFrom });
  return out;
}

/**
 * One person's inputs, or null when there is no such person. `presence` carries their membership periods, so the
 * state on a date outside them says "not in the street".
 */
export function loadPersonInput(db: DeskDatabase, personId: number): MemberInput | null {
  const row = populationPersonRow(db, personId);
  if (!row) return null;
  const presence = membershipsOfPerson(db, personId).map((m) => ({ from: m.fromDate, to: m.toDate }));
  return { personId: row.id, name: row.name, person: { ...toPerson(row), presence }, history: historyOf(loadHistories(db, [row.id]), row.id) };
}

function memberEntry(row: PersonDbRow, period: MembershipRow, histories: Histories, storedDates = false): MemberInput {
  const entry: MemberInput = {
    personId: row.id,
    name: row.name,
    person: toPerson(row),
    history: historyOf(histories, row.id),
    membership: { relation: period.relation, from: period.fromDate, to: period.toDate },
  };
  if (storedDates && row.workingAgeFrom !== null && row.retirementOn !== null) entry.workingAge = { from: row.workingAgeFrom, until: row.retirementOn };
  return entry;
}

/** The households `householdIds` (existing ones, in id order) with their flags and every membership period. */
function householdInputsOf(db: DeskDatabase, householdIds: readonly number[], forEpisodes: boolean): HouseholdInput[] {
  const periods = membershipsInHouseholds(db, householdIds);
  const personIds = [...new Set(periods.map((p) => p.personId))];
  const rows = populationPersonRows(db, personIds);
  const personById = new Map(rows.map((r) => [r.id, r]));
  const histories = loadHistories(db, personIds, !forEpisodes);
  const flags = loadFlags(db, householdIds);
  const byHousehold = new Map<number, HouseholdInput>(householdIds.map((id) => [id, { householdId: id, flags: flags.get(id) ?? [], members: [] }]));
  for (const period of periods) {
    const row = personById.get(period.personId);
    if (row) byHousehold.get(period.householdId)?.members.push(memberEntry(row, period, histories, forEpisodes));
  }
  return [...byHousehold.values()];
}

/**
 * The households among `householdIds` that exist, with their flags and everyone who ever belonged to them: one
 * member entry per membership period (archived members too: archiving takes effect on its date).
 * `forEpisodes`: only what the family episodes read, as allHouseholdInputs (no registrations, each member's working
 * age as stored), for a caller that has brought the persons' dates up to date under its settings.
 */
export function loadHouseholdInputs(db: DeskDatabase, householdIds: readonly number[], forEpisodes = false): HouseholdInput[] {
  return householdInputsOf(db, existingHouseholdIds(db, householdIds), forEpisodes);
}

/**
 * What the family episodes read of the households `householdIds` (existing ones, in id order), as allHouseholdInputs
 * gives them: for a street-wide recompute cut in batches (families.ts recomputeAllFamilies), a batch at a time.
 */
export function householdInputsForEpisodes(db: DeskDatabase, householdIds: readonly number[]): HouseholdInput[] {
  return householdInputsOf(db, householdIds, true);
}

/**
 * Households read at a time by allHouseholdInputs: what a street-wide recompute holds at once (every table read
 * whole held about 440 MB on the 150,000-person street).
 */
const HOUSEHOLDS_PER_READ = 1_000;

/**
 * Every household with its members over time and its flags, in id order, read a few thousand households at a time.
 * Each batch is read whole before its first household is yielded, so the caller may write between households (to
 * tables this does not read: family_episodes).
 * `forEpisodes`: only what the family episodes read (shared/domain/population/family-episodes.ts), for a recompute
 * of every household right after every person's dates were brought up to date: no registrations (neither the
 * conditions nor the end reasons read them, family-change-dates.ts), and each member's working age as stored with
 * the person (persons.working_age_from, retirement_on) instead of computed again.
 */
export function* allHouseholdInputs(db: DeskDatabase, forEpisodes = false): Generator<HouseholdInput> {
  const households = allHouseholdIds(db);
  for (let at = 0; at < households.length; at += HOUSEHOLDS_PER_READ) {
    yield* householdInputsOf(db, households.slice(at, at + HOUSEHOLDS_PER_READ), forEpisodes);
  }
}
