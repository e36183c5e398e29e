/**
 * The two family conditions on one date (DOMAIN.md §3):
 * zero-employment — an urban household (unless rural ones are allowed) with no business income, at least one member
 * in LFW, and every LFW member unemployed; double-unemployed — the head and the spouse both in LFW and unemployed.
 */
import { householdFlagsOn } from './household-flags';
import { personStateOn, type PersonState } from './person-state';
import type { PopulationSettings } from './settings';
import type { FamilyInput, IsoDate, Relation } from './types';

export interface MemberSnapshot {
  relation: Relation;
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
      relation: m.person.relation,
      state: personStateOn(m.person, m.history, date, settings),
    })),
  };
}

export function isZeroEmploymentFamily(snapshot: FamilySnapshot, settings: PopulationSettings): boolean {
  if (!snapshot.urban && settings.ruralExcludedFromZeroEmployment) return false;
  if (snapshot.businessIncome) return false;
  const lfw = snapshot.members.filter((m) => m.state.lfw);
  return lfw.length > 0 && lfw.every((m) => m.state.unemployed);
}

/** Indexes of the head and spouse(s) not archived on the snapshot's date. */
export function coupleIndexes(snapshot: FamilySnapshot): number[] {
  const indexes: number[] = [];
  snapshot.members.forEach((m, i) => {
    if ((m.relation === 'head' || m.relation === 'spouse') && !m.state.archived) indexes.push(i);
  });
  return indexes;
}

export function isDoubleUnemployedFamily(snapshot: FamilySnapshot): boolean {
  const couple = coupleIndexes(snapshot).flatMap((i) => snapshot.members[i] ?? []);
  const hasHead = couple.some((m) => m.relation === 'head');
  const hasSpouse = couple.some((m) => m.relation === 'spouse');
  return hasHead && hasSpouse && couple.every((m) => m.state.lfw && m.state.unemployed);
}
