/**
 * Moves between the demo's households (移户记录, DOMAIN §2): spouses who married in from another household of the
 * street, where they had lived as a child, and grown children who came back home from another household. A stream
 * of its own decides them, so the rest of the street is exactly what it was without moves.
 */
import type { HouseholdRecord, MoveRecord, PersonRecord } from '../../../shared/domain/workbook/records';
import type { DemoContext } from './context';
import { addYearsToDay, dayFromYmd, dayOf, isoOf } from '../../../shared/domain/dates';

/** Moves are dated from this day on (recent enough to show in the ledgers and assessments of recent years). */
const MOVES_FROM = dayFromYmd(2021, 1, 1);

/** Shares of the persons concerned who moved. */
const MARRIED_IN = 0.06;
const CAME_BACK = 0.03;

function otherHousehold(ctx: DemoContext, households: readonly HouseholdRecord[], own: string): string | null {
  for (let tries = 0; tries < 4; tries += 1) {
    const h = ctx.rng.pick(households);
    if (h.number !== own) return h.number;
  }
  return null;
}

function moveOf(person: PersonRecord, day: number, from: string, fromRelation: MoveRecord['fromRelation']): MoveRecord {
  return { idNumber: person.idNumber, movedOn: isoOf(day), fromHouseholdNumber: from, fromRelation, toHouseholdNumber: person.householdNumber, toRelation: person.relation };
}

/** Adds the moves to the built street (persons not archived; one move each, dated after birth and by the as-of date). */
export function addMoves(ctx: DemoContext): void {
  const { rng, asOf, builder } = ctx;
  const households = builder.households;
  if (households.length < 2) return;
  for (const person of builder.persons) {
    if (person.archivedOn !== null) continue;
    const birth = dayOf(person.birthDate);
    if (person.relation === 'spouse' && rng.chance(MARRIED_IN)) {
      const earliest = Math.max(addYearsToDay(birth, 22), MOVES_FROM);
      if (earliest >= asOf) continue;
      const from = otherHousehold(ctx, households, person.householdNumber);
      if (from !== null) builder.data.moves.push(moveOf(person, rng.range(earliest, asOf), from, 'child'));
    } else if (person.relation === 'child' && rng.chance(CAME_BACK)) {
      const earliest = Math.max(addYearsToDay(birth, 18), MOVES_FROM);
      if (earliest >= asOf) continue;
      const from = otherHousehold(ctx, households, person.householdNumber);
      if (from !== null) builder.data.moves.push(moveOf(person, rng.range(earliest, asOf), from, 'other'));
    }
  }
}
