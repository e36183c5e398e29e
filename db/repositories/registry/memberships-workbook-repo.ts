/**
 * household_memberships (registry) as the standard workbook keys them: 移户记录 for the export, each person's periods
 * for the import's snapshot, and the import's writes.
 */
import type { MembershipPeriod } from '../../../shared/domain/population/membership';
import type { MoveRecord } from '../../../shared/domain/workbook/records';
import type { DeskDatabase } from '../../desk-database';
import { INSERT_MEMBERSHIP_SQL } from './memberships-repo';

/** A membership period in the workbook's terms: the household by its 户编号. */
export type PeriodRecord = MembershipPeriod<string>;

/**
 * 移户记录: one row per move, i.e. per membership period that follows another one of the same person (the period
 * before it ends the day before). A first period that begins on a date (a later arrival from outside the street)
 * has no 原户编号 and is not a move: workbook 1.1 cannot say it.
 */
export function* readMoves(db: DeskDatabase): Generator<MoveRecord> {
  yield* db.sqlite
    .prepare(
      `SELECT p.id_number AS idNumber, m.from_date AS movedOn, ph.number AS fromHouseholdNumber, prev.relation AS fromRelation,
              h.number AS toHouseholdNumber, m.relation AS toRelation
         FROM household_memberships m
         JOIN household_memberships prev ON prev.person_id = m.person_id AND prev.to_date = date(m.from_date, '-1 day')
         JOIN persons p ON p.id = m.person_id JOIN households h ON h.id = m.household_id JOIN households ph ON ph.id = prev.household_id
        WHERE m.from_date IS NOT NULL
        ORDER BY p.id_number, m.from_date`,
    )
    .iterate() as IterableIterator<MoveRecord>;
}

export function countMoves(db: DeskDatabase): number {
  return Number(
    db.sqlite
      .prepare(
        `SELECT COUNT(*) FROM household_memberships m
          WHERE m.from_date IS NOT NULL
            AND EXISTS (SELECT 1 FROM household_memberships prev WHERE prev.person_id = m.person_id AND prev.to_date = date(m.from_date, '-1 day'))`,
      )
      .pluck()
      .get(),
  );
}

/** Each person's membership periods (by ID number), in date order. */
export function periodsByIdNumber(db: DeskDatabase): Map<string, PeriodRecord[]> {
  const out = new Map<string, PeriodRecord[]>();
  const periods = db.sqlite
    .prepare(
      `SELECT p.id_number AS idNumber, h.number AS householdId, m.relation, m.from_date AS "from", m.to_date AS "to"
         FROM household_memberships m JOIN persons p ON p.id = m.person_id JOIN households h ON h.id = m.household_id
        ORDER BY m.person_id, m.from_date IS NOT NULL, m.from_date, m.id`,
    )
    .iterate() as IterableIterator<PeriodRecord & { idNumber: string }>;
  for (const { idNumber, ...period } of periods) {
    const list = out.get(idNumber);
    if (list) list.push(period);
    else out.set(idNumber, [period]);
  }
  return out;
}

/** Prepared writes of imported membership periods (inside the caller's transaction). */
export function membershipRecordWriter(db: DeskDatabase): {
  deleteOf(personId: number): void;
  insert(personId: number, householdId: number, period: PeriodRecord): void;
} {
  const del = db.sqlite.prepare('DELETE FROM household_memberships WHERE person_id = ?');
  const ins = db.sqlite.prepare(INSERT_MEMBERSHIP_SQL);
  return {
    deleteOf(personId) {
      del.run(personId);
    },
    insert(personId, householdId, period) {
      ins.run(personId, householdId, period.relation, period.from, period.to);
    },
  };
}
