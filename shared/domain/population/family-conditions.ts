/**
 * The two family conditions on one date (DOMAIN.md §3), over the members the household has on that date (dated
 * membership, DOMAIN §2): zero-employment — an urban household (unless rural ones are allowed) with no business
 * income, at least one member in LFW, and every LFW member unemployed; double-unemployed — the head and the spouse
 * (their relations as of that date) both in LFW and unemployed.
 */
import { hasWishOn, isEmployedOn } from './history-facts';
import { householdFlagsOn } from './household-flags';
import { periodContains } from './membership';
import { isArchivedOn, isInStreetOn, type PersonState } from './person-state';
import { retirementDate } from './retirement';
import type { PopulationSettings } from './settings';
import type { FamilyInput, FamilyMember, IsoDate, Relation } from './types';
import { workingAgeStart } from './working-age';

/** What the conditions and the end reasons read of a member's state (the same values as personStateOn's). */
export type MemberState = Pick<PersonState, 'archived' | 'workingAge' | 'wish' | 'lfw' | 'employed' | 'unemployed'>;

export interface MemberSnapshot {
  relation: Relation;
  /** A member of the household on the date (within the entry's membership period). */
  present: boolean;
  state: MemberState;
}

/** A member's working age under the settings: from `from` (inclusive) to `until` (exclusive). */
export interface WorkingAgeSpan {
  from: IsoDate;
  until: IsoDate;
}

/** Each member's working age, computed once for all the dates a family is evaluated on (in the members' order). */
export function workingAgeSpans(family: FamilyInput, settings: PopulationSettings): WorkingAgeSpan[] {
  return family.members.map(({ person, workingAge }) => workingAge ?? { from: workingAgeStart(person.birthDate), until: retirementDate(person, settings) });
}

/** personStateOn's fields the family conditions read, from the member's working-age span. */
function memberStateOn({ person, history }: FamilyMember, span: WorkingAgeSpan, date: IsoDate): MemberState {
  const archived = isArchivedOn(person, date);
  const workingAge = date >= span.from && date < span.until;
  const labourResource = workingAge && person.workAbility !== 'none' && !person.isStudent && !person.isRetired && !archived && isInStreetOn(person, date);
  const wish = hasWishOn(history.wishes, date);
  const lfw = labourResource && wish;
  const employed = isEmployedOn(history.spells, date);
  return { archived, workingAge, wish, lfw, employed, unemployed: lfw && !employed };
}

/** Everything the conditions read on one date; `members` is in the order of `FamilyInput.members`. */
export interface FamilySnapshot {
  date: IsoDate;
  urban: boolean;
  businessIncome: boolean;
  members: MemberSnapshot[];
}

/** The family on `date`; `spans` are workingAgeSpans(family, settings), passed when evaluating many dates. */
export function familySnapshotOn(
  family: FamilyInput,
  date: IsoDate,
  settings: PopulationSettings,
  spans: readonly WorkingAgeSpan[] = workingAgeSpans(family, settings),
): FamilySnapshot {
  const flags = householdFlagsOn(family.flags, date);
  return {
    date,
    urban: flags.urban,
    businessIncome: flags.businessIncome,
    members: family.members.map((m, i) => ({
      relation: m.membership?.relation ?? m.person.relation,
      present: m.membership === undefined || periodContains(m.membership, date),
      state: memberStateOn(m, spans[i] ?? { from: workingAgeStart(m.person.birthDate), until: retirementDate(m.person, settings) }, date),
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
