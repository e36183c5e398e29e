/**
 * Dry run and writes of household membership for an import (DOMAIN §2, WORKBOOK.md 移户记录): every person of the
 * file gets the membership periods the file says — from their moves when the file has the 移户记录 sheet; without
 * it (a version 1 file), the periods already recorded when the person stays in the same household (the relation
 * and 迁出 as the file says), else one period in the 人员 household, as version 1 did. The first period begins on
 * the person's 迁入日期 (version 2), if any. Only persons whose periods differ from the database's are written.
 */
import type { SheetCounts } from '../../../shared/contract/workbook';
import { lastDayBefore, movesOfPeriods } from '../../../shared/domain/population/membership';
import { chainOf, movesByPerson } from '../../../shared/domain/workbook/move-chains';
import type { MoveRecord, PersonRecord, StreetData } from '../../../shared/domain/workbook/records';
import { SHEET_DEFS } from '../../../shared/domain/workbook/sheets';
import type { PeriodRecord } from '../../../db/repositories/registry/persons-workbook-repo';
import type { WorkbookSnapshot } from './workbook-snapshot';

/**
 * A person whose membership periods are written afresh; `replace`: the person has periods in the database to remove
 * first, in `formerHouseholds` (their derived state changes too).
 */
export interface MembershipWrite {
  idNumber: string;
  periods: PeriodRecord[];
  replace: boolean;
  formerHouseholds: string[];
}

/** The first period begins on the 迁入日期, when the person arrived later than their first record. */
function withArrival(periods: PeriodRecord[], arrivedOn: string | null): PeriodRecord[] {
  const first = periods[0];
  if (first === undefined || first.from === arrivedOn) return periods;
  return [{ ...first, from: arrivedOn }, ...periods.slice(1)];
}

function samePeriods(a: readonly PeriodRecord[], b: readonly PeriodRecord[]): boolean {
  return a.length === b.length && a.every((p, i) => {
    const q = b[i];
    return q !== undefined && p.householdId === q.householdId && p.relation === q.relation && p.from === q.from && p.to === q.to;
  });
}

/** Without 移户记录: keep the recorded history while the person stays in the same household. */
function periodsWithoutSheet(person: PersonRecord, existing: readonly PeriodRecord[] | undefined): PeriodRecord[] {
  const closeAt = person.archivedOn === null ? null : lastDayBefore(person.archivedOn);
  const single: PeriodRecord[] = [{ householdId: person.householdNumber, relation: person.relation, from: null, to: closeAt }];
  const last = existing?.[existing.length - 1];
  if (!existing || !last || last.householdId !== person.householdNumber) return single;
  if (closeAt !== null && last.from !== null && closeAt < last.from) return single;
  return [...existing.slice(0, -1), { ...last, relation: person.relation, to: closeAt }];
}

function moveRecordsOf(idNumber: string, periods: readonly PeriodRecord[]): MoveRecord[] {
  return movesOfPeriods(periods).map((m) => ({
    idNumber,
    movedOn: m.date,
    fromHouseholdNumber: m.fromHouseholdId,
    fromRelation: m.fromRelation,
    toHouseholdNumber: m.toHouseholdId,
    toRelation: m.toRelation,
  }));
}

function sameMove(a: MoveRecord, b: MoveRecord): boolean {
  return a.fromHouseholdNumber === b.fromHouseholdNumber && a.toHouseholdNumber === b.toHouseholdNumber && a.toRelation === b.toRelation && (a.fromRelation === null || a.fromRelation === b.fromRelation);
}

export function planMemberships(
  data: StreetData,
  snapshot: WorkbookSnapshot,
  sheetPresent: boolean,
): { writes: MembershipWrite[]; counts: SheetCounts | null } {
  const grouped = movesByPerson(data.moves, data.moves.map(() => 0));
  const writes: MembershipWrite[] = [];
  const counts: SheetCounts = { new: 0, changed: 0, unchanged: 0 };
  for (const person of data.persons) {
    const existing = snapshot.memberships.get(person.idNumber);
    let periods: PeriodRecord[];
    if (sheetPresent) {
      const chain = chainOf(person, grouped.get(person.idNumber)?.moves ?? []);
      if (!chain.ok) throw new Error(`移户记录未通过核对：${person.idNumber}`);
      periods = chain.periods;
      const moves = grouped.get(person.idNumber)?.moves ?? [];
      // A person the database does not have yet: every move is new (no map is made for them).
      if (existing === undefined) counts.new += moves.length;
      else {
        const before = new Map(moveRecordsOf(person.idNumber, existing).map((m) => [SHEET_DEFS.moves.key(m), m]));
        for (const move of moves) {
          const found = before.get(SHEET_DEFS.moves.key(move));
          if (!found) counts.new += 1;
          else if (sameMove(move, found)) counts.unchanged += 1;
          else counts.changed += 1;
        }
      }
    } else periods = periodsWithoutSheet(person, existing);
    periods = withArrival(periods, person.arrivedOn);
    if (!existing || !samePeriods(existing, periods)) {
      writes.push({ idNumber: person.idNumber, periods, replace: existing !== undefined, formerHouseholds: [...new Set((existing ?? []).map((p) => p.householdId))] });
    }
  }
  return { writes, counts: sheetPresent ? counts : null };
}
