/**
 * The two family conditions on one date (DOMAIN.md §3), over the members the household has on that date (dated
 * membership, DOMAIN §2): zero-employment — an urban household (unless rural ones are allowed) with no business
 * income, at least one member in LFW, and every LFW member unemployed; double-unemployed — the head and the spouse
 * (their relations as of that date) both in LFW and unemployed.
 */
import { householdFlagsOn } from './household-flags';
import { periodContains } from './membership';
import { personStateOn, type PersonState } from './person-state';
import type { PopulationSettings } from './settings';
import type { FamilyInput, IsoDate, Relation } from './types';

export interface MemberSnapshot {
  relation: Relation;
  /** A member of the household on the date (within the entry's membership period). */
  present: boolean;
  state: PersonState;
}

/** Everything the conditions read on one date; `members` is in the order of `FamilyInput.members`. */
export interface FamilySnapshot {
  date: IsoDate;
  urban: boolean;
  businessIncome: boolean;
  members: MemberSnapshot[];
}

export function familySnapshotOn(family: FamilyInput, date: IsoDate, settings: PopulationSettings): FamilySnapshot {
  const flags = householdFlagsOn(family.flags, date);
  return {
    date,
    urban: flags.urban,
    businessIncome: flags.businessIncome,
    members: family.members.map((m) => ({
      relation: m.membership?.relation ?? m.person.relation,
      present: m.membership === undefined || periodContains(m.membership, date),
      state: personStateOn(m.person, m.history, date, settings),
    })),
  };
}

export function isZeroEmploymentFamily(snapshot: FamilySnapshot, settings: PopulationSettings): boolean {
  if (!snapshot.urban && settings.ruralExcludedFromZeroEmployment) return false;
  if (snapshot.businessIncome) return false;
  const lfw = snapshot.members.filter((m) => m.present && m.state.lfw);
  return lfw.length > 0 && lfw.every((m) => m.state.unemployed);
}

/** In LFW as a member of this household on the snapshot's date. */
export function isMemberInLfw(m: MemberSnapshot): boolean {
  return m.present && m.state.lfw;
}

/** Indexes of the head and spouse(s) members on the snapshot's date and not archived. */
export function coupleIndexes(snapshot: FamilySnapshot): number[] {
  const indexes: number[] = [];
  snapshot.members.forEach((m, i) => {
    if (m.present && (m.relation === 'head' || m.relation === 'spouse') && !m.state.archived) indexes.push(i);
  });
  return indexes;
}

export function isDoubleUnemployedFamily(snapshot: FamilySnapshot): boolean {
  const couple = coupleIndexes(snapshot).flatMap((i) => snapshot.members[i] ?? []);
  const hasHead = couple.some((m) => m.relation === 'head');
  const hasSpouse = couple.some((m) => m.relation === 'spouse');
  return hasHead && hasSpouse && couple.every((m) => m.state.lfw && m.state.unemployed);
}
