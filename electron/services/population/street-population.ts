/**
 * The street's population on a date D (DOMAIN §3), shared by the assessment and the worklist: every person's community, and for the
 * persons in labour resources (LF) whether they have an employment wish in force (LFW), an open spell (E), a 低保
 * household, the migrant-worker flag and the 4050 age — joined from a few set-based reads
 * (assessment-population-repo) in typed arrays indexed by person id.
 */
import { householdFlagOn } from '../../../shared/domain/population/household-flags';
import type { HouseholdFlagEntry } from '../../../shared/domain/population/types';
import { periodContains } from '../../../shared/domain/population/membership';
import { communitiesOnDates, datedMemberships } from '../../../db/repositories/registry/memberships-repo';
import { datedWishesUpTo, datedWishesUpToOf, undatedWishCodes, undatedWishCodesOf } from '../../../db/repositories/employment/wishes-repo';
import { dibaoFlagRows } from '../../../db/repositories/registry/household-flags-repo';
import { employedPersonIdsOn, employedPersonIdsOnOf } from '../../../db/repositories/employment/spells-repo';
import { householdCommunityCodes } from '../../../db/repositories/registry/household-keys-repo';
import { ID_SPAN, labourForceCodes, LF_BITS } from '../../../db/repositories/registry/labour-force-repo';
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import type { DeskDatabase } from '../../../db/open-database';
import { bornByForAge } from './cutoffs';
import { patchedRead } from '../../../db/read-memo';

/** Struct of arrays: entry i is one person in LF. */
export interface LabourForce {
  size: number;
  person: Int32Array;
  /** The household on D (dated membership). */
  household: Int32Array;
  community: Int32Array;
  /** 1 = LFW (a wish in force on D). */
  wish: Uint8Array;
  /** 1 = an open spell on D. */
  employed: Uint8Array;
  dibao: Uint8Array;
  migrant: Uint8Array;
  age4050: Uint8Array;
}

export interface StreetPopulation {
  labourForce: LabourForce;
  /**
   * The community of each person given on D (their household's that day): the labour force's are known, the others
   * are read in one query. Returns a lookup for those persons (0 for an id that does not exist, or a person in no
   * household on D).
   */
  communitiesOf(personIds: readonly number[]): (personId: number) => number;
  /** The community of each [personId, date] on that date (0: in no household then), in the order given. */
  communitiesOnDates(pairs: readonly (readonly [number, string])[]): number[];
}

/** Households that hold 低保 on D: the dated flag rules of shared/domain/population/household-flags. */
function dibaoHouseholdsOn(db: DeskDatabase, asOf: string): number[] {
  const byHousehold = new Map<number, HouseholdFlagEntry[]>();
  for (const row of dibaoFlagRows(db)) {
    const list = byHousehold.get(row.householdId) ?? [];
    list.push({ flag: 'dibao', value: row.value === 1, effectiveFrom: row.effectiveFrom });
    byHousehold.set(row.householdId, list);
  }
  return [...byHousehold].filter(([, flags]) => householdFlagOn(flags, 'dibao', asOf)).map(([id]) => id);
}

type Period = { household: number; from: string | null; to: string | null };

/**
 * The periods of every person whose membership is dated (moved, arrived later, left). Everyone else belongs to
 * `persons.household_id` on every date.
 */
function datedPeriods(db: DeskDatabase): Map<number, Period[]> {
  const out = new Map<number, Period[]>();
  for (const [person, household, from, to] of datedMemberships(db)) {
    const list = out.get(person);
    if (list) list.push({ household, from, to });
    else out.set(person, [{ household, from, to }]);
  }
  return out;
}

/** The household of the period containing the date (0: none), among a dated person's periods. */
function householdIn(periods: readonly Period[], date: string): number {
  for (const p of periods) if (periodContains(p, date)) return p.household;
  return 0;
}

function computeStreetPopulation(db: DeskDatabase, asOf: string, bornBy4050: { women: string; men: string }): StreetPopulation {
  const codes = labourForceCodes(db, { asOf, women4050BornBy: bornBy4050.women, men4050BornBy: bornBy4050.men });
  const dated = datedPeriods(db);
  const householdCodes = householdCommunityCodes(db);
  let maxHousehold = 0;
  for (const code of householdCodes) maxHousehold = Math.max(maxHousehold, Math.floor(code / ID_SPAN));
  const communityOfHousehold = new Int32Array(maxHousehold + 1);
  const dibaoHousehold = new Uint8Array(maxHousehold + 1);
  for (const id of dibaoHouseholdsOn(db, asOf)) if (id <= maxHousehold) dibaoHousehold[id] = 1;
  for (const code of householdCodes) {
    const community = code % ID_SPAN;
    communityOfHousehold[(code - community) / ID_SPAN] = community;
  }
  // The labour force on D: persons in a household that day (dated memberships override persons.household_id).
  const persons = new Int32Array(codes.length);
  const households = new Int32Array(codes.length);
  const flags = new Uint8Array(codes.length);
  let size = 0;
  for (const code of codes) {
    const bits = code % 8;
    const rest = (code - bits) / 8;
    const own = rest % ID_SPAN;
    const person = (rest - own) / ID_SPAN;
    const periods = dated.get(person);
    const household = periods === undefined ? own : householdIn(periods, asOf);
    if (household === 0) continue;
    persons[size] = person;
    households[size] = household;
    flags[size] = bits;
    size += 1;
  }
  const lf: LabourForce = {
    size,
    person: new Int32Array(size),
    household: households.slice(0, size),
    community: new Int32Array(size),
    wish: new Uint8Array(size),
    employed: new Uint8Array(size),
    dibao: new Uint8Array(size),
    migrant: new Uint8Array(size),
    age4050: new Uint8Array(size),
  };
  let maxPerson = 0;
  for (let i = 0; i < size; i += 1) {
    const person = persons[i] ?? 0;
    const household = households[i] ?? 0;
    const bits = flags[i] ?? 0;
    lf.person[i] = person;
    lf.community[i] = communityOfHousehold[household] ?? 0;
    lf.migrant[i] = bits & LF_BITS.migrant ? 1 : 0;
    lf.age4050[i] = bits & LF_BITS.age4050 ? 1 : 0;
    lf.dibao[i] = dibaoHousehold[household] ?? 0;
    if (person > maxPerson) maxPerson = person;
  }
  const communityById = new Int32Array(maxPerson + 1);
  for (let i = 0; i < size; i += 1) communityById[lf.person[i] ?? 0] = lf.community[i] ?? 0;
  const employed = new Uint8Array(maxPerson + 1);
  for (const id of employedPersonIdsOn(db, asOf)) if (id <= maxPerson) employed[id] = 1;
  // The wish in force: the latest dated one on or before D, else the last undated one, else none.
  const wish = new Uint8Array(maxPerson + 1);
  for (const code of undatedWishCodes(db)) {
    const id = Math.floor(code / 2);
    if (id <= maxPerson) wish[id] = code % 2;
  }
  for (const [id, , hasWish] of datedWishesUpTo(db, asOf)) if (id <= maxPerson) wish[id] = hasWish;
  for (let k = 0; k < size; k += 1) {
    const person = lf.person[k] ?? 0;
    lf.wish[k] = wish[person] ?? 0;
    lf.employed[k] = employed[person] ?? 0;
  }
  return {
    labourForce: lf,
    communitiesOf(personIds) {
      const known = (id: number) => id <= maxPerson && (communityById[id] ?? 0) !== 0;
      const unknown = [...new Set(personIds.filter((id) => !known(id)))];
      const found = communitiesOnDates(db, unknown.map((id) => [id, asOf] as const));
      const others = new Map(unknown.map((id, i) => [id, found[i] ?? 0]));
      return (personId) => (known(personId) ? (communityById[personId] ?? 0) : (others.get(personId) ?? 0));
    },
    communitiesOnDates(pairs) {
      // A person whose membership is not dated is in the same household on every date: the labour force's
      // community holds for any date. The dated ones are looked up in their periods; the rest read in one query.
      const out = new Array<number>(pairs.length).fill(0);
      const unknown: number[] = [];
      pairs.forEach(([personId, date], i) => {
        const periods = dated.get(personId);
        if (periods !== undefined) out[i] = communityOfHousehold[householdIn(periods, date)] ?? 0;
        else if (personId <= maxPerson && (communityById[personId] ?? 0) !== 0) out[i] = communityById[personId] ?? 0;
        else unknown.push(i);
      });
      const found = communitiesOnDates(db, unknown.map((i) => pairs[i] as readonly [number, string]));
      unknown.forEach((i, k) => {
        out[i] = found[k] ?? 0;
      });
      return out;
    },
  };
}

/** Each LF member's index in the arrays by person id (-1: not in LF), made once per kept population when a patch needs it. */
const indexes = new WeakMap<LabourForce, Int32Array>();

function indexOf(lf: LabourForce): Int32Array {
  let index = indexes.get(lf);
  if (!index) {
    let maxPerson = 0;
    for (let i = 0; i < lf.size; i += 1) maxPerson = Math.max(maxPerson, lf.person[i] ?? 0);
    index = new Int32Array(maxPerson + 1).fill(-1);
    for (let i = 0; i < lf.size; i += 1) index[lf.person[i] ?? 0] = i;
    indexes.set(lf, index);
  }
  return index;
}

/**
 * The kept population with the wish and spell flags of `changed` persons decided again, as computeStreetPopulation
 * decides them, from those persons' open spells and wishes read afresh (the street's kept lists are left to the
 * reads that need them all): after a job or a wish is recorded, only that person's flags are looked at.
 */
function withFlagsOf(db: DeskDatabase, kept: StreetPopulation, asOf: string, changed: ReadonlySet<number>): StreetPopulation {
  const lf = kept.labourForce;
  const index = indexOf(lf);
  const ids = [...changed].filter((id) => id < index.length && (index[id] ?? -1) >= 0);
  if (ids.length === 0) return kept;
  const employed = new Set(employedPersonIdsOnOf(db, asOf, ids));
  const wish = new Map<number, number>();
  for (const code of undatedWishCodesOf(db, ids)) wish.set(Math.floor(code / 2), code % 2);
  for (const [id, , hasWish] of datedWishesUpToOf(db, asOf, ids)) wish.set(id, hasWish);
  const labourForce: LabourForce = { ...lf, wish: lf.wish.slice(), employed: lf.employed.slice() };
  indexes.set(labourForce, index);
  for (const id of ids) {
    const k = index[id] ?? -1;
    labourForce.wish[k] = wish.get(id) ?? 0;
    labourForce.employed[k] = employed.has(id) ? 1 : 0;
  }
  return { ...kept, labourForce };
}

/**
 * The population on D, kept while the tables it reads are unchanged (db/read-memo.ts): a service recorded or a
 * complaint judged leaves it as it was; a job or a wish recorded changes only that person's flags (patchedRead).
 * Its arrays are shared between runs and only ever read.
 */
export function streetPopulationOn(db: DeskDatabase, asOf: string, bornBy4050: { women: string; men: string }): StreetPopulation {
  return patchedRead(
    db.sqlite,
    {
      name: 'streetPopulation',
      keyed: [
        ['employment_spells', 'person_id'],
        ['employment_wishes', 'person_id'],
      ],
      // Of persons, only the columns other than the 十清 fields are read (read-memo.ts COLUMN_COUNTERS).
      whole: ['persons_core', 'households', 'household_flags', 'household_memberships'],
      params: JSON.stringify([asOf, bornBy4050]),
    },
    () => computeStreetPopulation(db, asOf, bornBy4050),
    (kept, changed) => withFlagsOf(db, kept, asOf, changed),
  );
}

/** streetPopulationOn with the 4050 ages of the population settings. */
export function streetPopulationWith(db: DeskDatabase, asOf: string, settings: PopulationSettings): StreetPopulation {
  return streetPopulationOn(db, asOf, { women: bornByForAge(asOf, settings.age4050.women), men: bornByForAge(asOf, settings.age4050.men) });
}
