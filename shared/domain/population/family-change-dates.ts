/**
 * The dates on which a household's family conditions can change: every member's 16th birthday, retirement date,
 * archive date, membership period's first day and the day after its last, spell starts and the day after spell
 * ends, dated wishes, and the household's dated flags. Between two such dates every input of the conditions is
 * constant. Unemployment registrations are not among them: neither the conditions nor the end reasons read them
 * (family-conditions.ts MemberState: archived, working age, wish, LFW, employed), so a registration or
 * cancellation date changes no snapshot, and evaluating it only cost time (about a tenth of the evaluations).
 * Nor is presence in the street (PopulationPerson.presence): within this household's membership period the person
 * is in the street, and outside it the member is not present and counts for nothing.
 */
import { addDays } from '../dates';
import { workingAgeSpans, type WorkingAgeSpan } from './family-conditions';
import { membershipChangeDates } from './membership';
import type { PopulationSettings } from './settings';
import type { FamilyInput, IsoDate } from './types';

/** `spans` are workingAgeSpans(family, settings), passed when the caller has them. */
export function familyChangeDates(
  family: FamilyInput,
  settings: PopulationSettings,
  spans: readonly WorkingAgeSpan[] = workingAgeSpans(family, settings),
): IsoDate[] {
  const dates = new Set<IsoDate>();
  for (const span of spans) {
    dates.add(span.from);
    dates.add(span.until);
  }
  for (const { person, history, membership } of family.members) {
    if (person.archivedOn !== null) dates.add(person.archivedOn);
    if (membership !== undefined) for (const date of membershipChangeDates([membership])) dates.add(date);
    for (const spell of history.spells) {
      dates.add(spell.start);
      if (spell.end !== null) dates.add(addDays(spell.end, 1));
    }
    for (const wish of history.wishes) {
      if (wish.recordedOn !== null) dates.add(wish.recordedOn);
    }
  }
  for (const flag of family.flags) {
    if (flag.effectiveFrom !== null) dates.add(flag.effectiveFrom);
  }
  return [...dates].sort();
}
