/**
 * Labour resources on a date D for the whole street (DOMAIN §3): every person in LF with their community, whether
 * they have an employment wish in force (LFW), an open spell (E), a 低保 household, the migrant-worker flag and the
 * 4050 age — joined from four set-based reads (assessment-population-repo) in typed arrays indexed by person id.
 */
import { householdFlagOn } from '../../../shared/domain/population/household-flags';
import type { HouseholdFlagEntry } from '../../../shared/domain/population/types';
import {
  COMMUNITY_SPAN,
  datedWishesUpTo,
  dibaoFlagRows,
  employedPersonIdsOn,
  labourForceCodes,
  LF_BITS,
  undatedWishCodes,
} from '../../../db/repositories/assessment-population-repo';
import type { DeskDatabase } from '../../../db/open-database';

/** Struct of arrays: entry i is one person in LF. */
export interface LabourForce {
  size: number;
  person: Int32Array;
  community: Int32Array;
  /** 1 = LFW (a wish in force on D). */
  wish: Uint8Array;
  /** 1 = an open spell on D. */
  employed: Uint8Array;
  dibao: Uint8Array;
  migrant: Uint8Array;
  age4050: Uint8Array;
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

export function labourForceOn(db: DeskDatabase, asOf: string, bornBy4050: { women: string; men: string }): LabourForce {
  const codes = labourForceCodes(db, { asOf, women4050BornBy: bornBy4050.women, men4050BornBy: bornBy4050.men, dibaoHouseholds: dibaoHouseholdsOn(db, asOf) });
  const size = codes.length;
  const lf: LabourForce = {
    size,
    person: new Int32Array(size),
    community: new Int32Array(size),
    wish: new Uint8Array(size),
    employed: new Uint8Array(size),
    dibao: new Uint8Array(size),
    migrant: new Uint8Array(size),
    age4050: new Uint8Array(size),
  };
  let maxPerson = 0;
  for (let i = 0; i < size; i += 1) {
    const code = codes[i] ?? 0;
    const bits = code % 8;
    const rest = (code - bits) / 8;
    const community = rest % COMMUNITY_SPAN;
    const person = (rest - community) / COMMUNITY_SPAN;
    lf.person[i] = person;
    lf.community[i] = community;
    lf.migrant[i] = bits & LF_BITS.migrant ? 1 : 0;
    lf.age4050[i] = bits & LF_BITS.age4050 ? 1 : 0;
    lf.dibao[i] = bits & LF_BITS.dibao ? 1 : 0;
    if (person > maxPerson) maxPerson = person;
  }
  const employed = new Uint8Array(maxPerson + 1);
  for (const id of employedPersonIdsOn(db, asOf)) if (id <= maxPerson) employed[id] = 1;
  // The wish in force: the latest dated one on or before D, else the last undated one, else none.
  const wish = new Uint8Array(maxPerson + 1);
  for (const code of undatedWishCodes(db)) {
    const id = Math.floor(code / 2);
    if (id <= maxPerson) wish[id] = code % 2;
  }
  for (const [id, , hasWish] of datedWishesUpTo(db, asOf)) if (id <= maxPerson) wish[id] = hasWish;
  for (let i = 0; i < size; i += 1) {
    const person = lf.person[i] ?? 0;
    lf.wish[i] = wish[person] ?? 0;
    lf.employed[i] = employed[person] ?? 0;
  }
  return lf;
}
