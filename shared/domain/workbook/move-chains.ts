/**
 * 移户记录 (WORKBOOK.md, version 1.1): each person's moves, in date order, must chain — each 原户编号 is the previous
 * move's 新户编号, no two on one day, the last 新户编号 (and its relation) is the household in 人员 — and together
 * they give the person's membership periods. Checked here with the sheet, row and column of each problem.
 */
import { periodsFromMoves, periodsOverlap } from '../population/membership';
import type { ChainProblem, MembershipPeriod, MoveStep } from '../population/membership';
import type { ProblemList } from './problems';
import type { MoveRecord, PersonRecord } from './records';
import { RELATION_LABEL } from './vocabulary';

const SHEET = '移户记录';

export interface PersonMoves {
  /** The moves in date order, with their sheet row numbers. */
  moves: MoveRecord[];
  rows: (number | null)[];
}

/** The file's moves grouped by person, each list in date order (ties keep the file's order). */
export function movesByPerson(moves: readonly MoveRecord[], rows: readonly number[]): Map<string, PersonMoves> {
  const out = new Map<string, { move: MoveRecord; row: number | null }[]>();
  moves.forEach((move, i) => {
    const list = out.get(move.idNumber) ?? [];
    list.push({ move, row: rows[i] ?? null });
    out.set(move.idNumber, list);
  });
  return new Map(
    [...out].map(([id, list]) => {
      const sorted = list.slice().sort((a, b) => (a.move.movedOn < b.move.movedOn ? -1 : a.move.movedOn > b.move.movedOn ? 1 : 0));
      return [id, { moves: sorted.map((x) => x.move), rows: sorted.map((x) => x.row) }];
    }),
  );
}

export function toSteps(moves: readonly MoveRecord[]): MoveStep<string>[] {
  return moves.map((m) => ({
    date: m.movedOn,
    fromHouseholdId: m.fromHouseholdNumber,
    fromRelation: m.fromRelation,
    toHouseholdId: m.toHouseholdNumber,
    toRelation: m.toRelation,
  }));
}

/** The person's periods from their moves (none: one period in the 人员 household, closed by 迁出). */
export function chainOf(person: PersonRecord, moves: readonly MoveRecord[]): ReturnType<typeof periodsFromMoves<string>> {
  return periodsFromMoves(toSteps(moves), {
    householdId: person.householdNumber,
    relation: person.relation,
    birthDate: person.birthDate,
    archivedOn: person.archivedOn,
  });
}

function describe(problem: ChainProblem<string>, moves: readonly MoveRecord[]): { column: string; value: string | null; message: string } {
  const move = moves[problem.index] as MoveRecord;
  switch (problem.kind) {
    case 'same_day':
      return { column: '移户日期', value: move.movedOn, message: `${move.idNumber} 在 ${move.movedOn} 已有一次移户，同一天只能移户一次` };
    case 'same_household':
      return { column: '新户编号', value: move.toHouseholdNumber, message: '新户编号与原户编号相同，不是移户' };
    case 'broken_chain':
      return {
        column: '原户编号',
        value: move.fromHouseholdNumber,
        message: `按日期先后，这次移户的原户编号应为上一次移户的新户编号 ${problem.expected}（移户记录须首尾相接）`,
      };
    case 'wrong_end':
      return {
        column: '新户编号',
        value: move.toHouseholdNumber,
        message: `最后一次移户的新户编号应为“人员”表中该人的户编号 ${problem.expected}`,
      };
    case 'wrong_end_relation':
      return {
        column: '新与户主关系',
        value: RELATION_LABEL[move.toRelation],
        message: `最后一次移户的新与户主关系应与“人员”表中的与户主关系（${RELATION_LABEL[problem.expected]}）一致`,
      };
    case 'before_birth':
      return { column: '移户日期', value: move.movedOn, message: `移户日期须晚于出生日期 ${problem.birthDate}` };
    case 'after_archive':
      return { column: '移户日期', value: move.movedOn, message: `移户日期须早于迁出日期 ${problem.archivedOn}` };
  }
}

/**
 * Checks the sheet: every person in it is in 人员, both households exist, each person's moves chain. Returns the
 * periods of every person of the file with moves, whose moves are valid (a person without moves has one period in the
 * 人员 household: checkHeadsOverTime makes it where it is needed).
 */
export function checkMoveChains(
  persons: readonly PersonRecord[],
  grouped: ReadonlyMap<string, PersonMoves>,
  hasHousehold: (number: string) => boolean,
  problems: ProblemList,
): Map<string, MembershipPeriod<string>[]> {
  const byId = new Map<string, PersonRecord>();
  for (const person of persons) byId.set(person.idNumber, person);
  const periods = new Map<string, MembershipPeriod<string>[]>();
  for (const [idNumber, { moves, rows }] of grouped) {
    const owner = byId.get(idNumber);
    if (!owner) {
      rows.forEach((row) =>
        problems.add({ sheet: SHEET, row, column: '身份证号码', value: idNumber, message: `身份证号码 ${idNumber} 不在“人员”工作表中；移户记录只能写“人员”表中的人` }),
      );
      continue;
    }
    let missing = false;
    moves.forEach((m, i) => {
      for (const [column, number] of [['原户编号', m.fromHouseholdNumber], ['新户编号', m.toHouseholdNumber]] as const) {
        if (!hasHousehold(number)) {
          missing = true;
          problems.add({ sheet: SHEET, row: rows[i] ?? null, column, value: number, message: `户编号 ${number} 在“家庭”工作表和数据库中都不存在` });
        }
      }
    });
    if (missing) continue;
    const chain = chainOf(owner, moves);
    if (!chain.ok) {
      // Two moves on one day are already reported as a repeated key (cross-check.ts).
      for (const problem of chain.problems) {
        if (problem.kind !== 'same_day') problems.add({ sheet: SHEET, row: rows[problem.index] ?? null, ...describe(problem, moves) });
      }
      continue;
    }
    periods.set(idNumber, chain.periods);
  }
  return periods;
}

/**
 * One 户主 per household on every date, over the periods the moves give: two head periods of one household that
 * share a day are reported on the later one's row (the move that opened it, or the person's row).
 */
export function checkHeadsOverTime(
  periods: ReadonlyMap<string, MembershipPeriod<string>[]>,
  grouped: ReadonlyMap<string, PersonMoves>,
  persons: readonly PersonRecord[],
  personRow: (idNumber: string) => number | null,
  problems: ProblemList,
): void {
  const heads = new Map<string, { idNumber: string; period: MembershipPeriod<string> }[]>();
  for (const [idNumber, list] of periods) {
    for (const period of list) {
      if (period.relation !== 'head') continue;
      const entries = heads.get(period.householdId) ?? [];
      entries.push({ idNumber, period });
      heads.set(period.householdId, entries);
    }
  }
  // Heads from persons without moves hold on every date until they leave (their one period is made only for a
  // household that has heads from moves: the others have nothing to clash with here).
  for (const person of persons) {
    if (person.relation !== 'head' || grouped.has(person.idNumber)) continue;
    const entries = heads.get(person.householdNumber);
    if (!entries) continue;
    const chain = chainOf(person, []);
    const only = chain.ok ? chain.periods[0] : undefined;
    if (only && only.relation === 'head' && only.householdId === person.householdNumber) entries.push({ idNumber: person.idNumber, period: only });
  }
  for (const [household, entries] of heads) {
    for (let i = 0; i < entries.length; i += 1) {
      for (let j = i + 1; j < entries.length; j += 1) {
        const a = entries[i];
        const b = entries[j];
        if (!a || !b || a.idNumber === b.idNumber || !periodsOverlap(a.period, b.period)) continue;
        // Two heads both still in the household are the 人员 sheet's own clash, reported there.
        if (a.period.to === null && b.period.to === null) continue;
        const later = (b.period.from ?? '') >= (a.period.from ?? '') ? b : a;
        const other = later === b ? a : b;
        // The row that says "户主": the move that opened the period (新与户主关系), the first move for the period
        // before it (原与户主关系), or the person's own row.
        const moves = grouped.get(later.idNumber);
        const opened = later.period.from === null ? -1 : (moves?.moves.findIndex((m) => m.movedOn === later.period.from && m.toHouseholdNumber === household) ?? -1);
        const moveIndex = later.period.from === null && moves ? 0 : opened;
        const row = moveIndex >= 0 ? (moves?.rows[moveIndex] ?? null) : personRow(later.idNumber);
        problems.add({
          sheet: moveIndex >= 0 ? SHEET : '人员',
          row,
          column: moveIndex < 0 ? '与户主关系' : later.period.from === null ? '原与户主关系' : '新与户主关系',
          value: '户主',
          message: `户 ${household} ${later.period.from === null ? '在建档时' : `在 ${later.period.from}`}已有户主（身份证号码 ${other.idNumber}），同一天一户只能有一位户主`,
        });
      }
    }
  }
}
