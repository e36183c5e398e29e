/** employment_wishes (employment): wishes recorded, the wish in force on a date, refusals since a wish, the population's wish codes. */
import { and, eq } from 'drizzle-orm';
import type { DeskDatabase } from '../../desk-database';
import { patchedRows } from '../../read-memo';
import { employmentWishes } from '../../schema';
import { joinCommunitySql } from '../communities/community-sql';
import { joinVacancySql } from '../employers/employer-sql';
import { joinHouseholdSql, joinPersonSql } from '../registry/registry-sql';
import { joinServiceSql } from '../services/service-sql';
import type { WishRecord } from '../../../shared/domain/workbook/records';
import { recordColumns } from '../record-columns';
import { insertStamped } from '../insert-stamped';

/** A stored wish: the workbook's record, keyed by the person's row id. */
export interface WishRow extends Omit<WishRecord, 'idNumber'> {
  id: number;
  personId: number;
}

export type WishValues = Omit<WishRow, 'id'>;

const columns = recordColumns(employmentWishes);

export function findWishRecordedOn(db: DeskDatabase, personId: number, recordedOn: string): WishRow | null {
  return (
    db.orm
      .select(columns)
      .from(employmentWishes)
      .where(and(eq(employmentWishes.personId, personId), eq(employmentWishes.recordedOn, recordedOn)))
      .get() ?? null
  );
}

/** The wish in force on `date`: the latest dated one on or before it, else the last undated one. */
export function wishInForce(db: DeskDatabase, personId: number, date: string): WishRow | null {
  const row = db.sqlite
    .prepare(
      `SELECT id FROM employment_wishes
        WHERE person_id = ? AND (recorded_on IS NULL OR recorded_on <= ?)
        ORDER BY recorded_on IS NULL, recorded_on DESC, id DESC LIMIT 1`,
    )
    .pluck()
    .get(personId, date) as number | undefined;
  if (row === undefined) return null;
  return db.orm.select(columns).from(employmentWishes).where(eq(employmentWishes.id, row)).get() ?? null;
}

export function insertWish(db: DeskDatabase, values: WishValues): WishRow {
  return insertStamped(db, employmentWishes, values).returning(columns).get();
}

export interface RefusalRow {
  personId: number;
  name: string;
  idNumber: string;
  communityName: string;
  wishRecordedOn: string | null;
  serviceId: number;
  date: string;
  content: string | null;
  clerk: string | null;
  vacancyId: number | null;
  vacancyTitle: string | null;
}

/** Whose refusals: one person (by the person index), one community, or the whole street. */
export type RefusalScope = { personId: number } | { communityId: number } | 'street';

function scopeOf(scope: RefusalScope): { wishes: string; persons: string; params: { person?: number; community?: number } } {
  if (scope === 'street') return { wishes: '', persons: '', params: {} };
  if ('personId' in scope) return { wishes: 'AND w.person_id = @person', persons: 'AND p.id = @person', params: { person: scope.personId } };
  return { wishes: '', persons: 'AND h.community_id = @community', params: { community: scope.communityId } };
}

/**
 * Refused referrals from the date of each person's wish in force on `today` up to `today`, for persons whose wish says
 * "yes" and who are not archived; ordered by community, person, date. The caller keeps persons with two or more.
 */
export function refusalsSinceWish(db: DeskDatabase, today: string, scope: RefusalScope): RefusalRow[] {
  const where = scopeOf(scope);
  return db.sqlite
    .prepare(
      `WITH latest AS (
         SELECT w.person_id, w.has_wish, w.recorded_on,
                ROW_NUMBER() OVER (PARTITION BY w.person_id
                                   ORDER BY w.recorded_on IS NULL, w.recorded_on DESC, w.id DESC) AS rn
           FROM employment_wishes w
          WHERE (w.recorded_on IS NULL OR w.recorded_on <= @today) ${where.wishes})
       SELECT p.id AS personId, p.name, p.id_number AS idNumber, c.name AS communityName,
              l.recorded_on AS wishRecordedOn, s.id AS serviceId, s.date, s.content, s.clerk,
              s.vacancy_id AS vacancyId, v.title AS vacancyTitle
         FROM latest l
         ${joinPersonSql('p', 'l.person_id')}
         ${joinHouseholdSql('h', 'p.household_id')}
         ${joinCommunitySql('c', 'h.community_id')}
         ${joinServiceSql('s', `s.person_id = p.id AND s.kind = 'referral' AND s.referral_result = 'refused'
                                AND (l.recorded_on IS NULL OR s.date >= l.recorded_on) AND s.date <= @today`)}
         ${joinVacancySql('v', 's.vacancy_id', 'LEFT JOIN')}
        WHERE l.rn = 1 AND l.has_wish = 1
          AND (p.archived_on IS NULL OR p.archived_on > @today) ${where.persons}
        ORDER BY c.code, p.id, s.date, s.id`,
    )
    .all({ today, ...where.params }) as RefusalRow[];
}

/** Undated wishes as personId × 2 + hasWish, in the order entered (the last one of a person is in force). */
function readUndatedWishCodes(db: DeskDatabase, personIds: readonly number[] | null): number[] {
  return db.sqlite
    .prepare(
      personIds === null
        ? 'SELECT person_id * 2 + has_wish FROM employment_wishes WHERE recorded_on IS NULL ORDER BY id'
        : `SELECT w.person_id * 2 + w.has_wish FROM (SELECT DISTINCT value FROM json_each(?)) j CROSS JOIN employment_wishes w ON w.person_id = j.value
            WHERE w.recorded_on IS NULL ORDER BY w.id`,
    )
    .pluck()
    .all(...(personIds === null ? [] : [JSON.stringify(personIds)])) as number[];
}

/**
 * readUndatedWishCodes kept across writes (db/read-memo.ts patchedRows): after a wish is recorded only that person's
 * are read again, and come last — each person's codes stay together and in the order entered.
 */
export function undatedWishCodes(db: DeskDatabase): readonly number[] {
  return patchedRows(
    db.sqlite,
    { name: 'undatedWishCodes', keyed: [['employment_wishes', 'person_id']], params: '' },
    { all: () => readUndatedWishCodes(db, null), ofKeys: (ids) => readUndatedWishCodes(db, ids), keyOf: (code) => Math.floor(code / 2) },
  );
}

/** undatedWishCodes of some persons only (read now, nothing kept): each person's codes in the order entered. */
export function undatedWishCodesOf(db: DeskDatabase, personIds: readonly number[]): number[] {
  return readUndatedWishCodes(db, personIds);
}

/** Dated wishes on or before D as [personId, recordedOn, hasWish], by person and date (the last one of a person is in force). */
function readDatedWishesUpTo(db: DeskDatabase, asOf: string, personIds: readonly number[] | null): [number, string, 0 | 1][] {
  return db.sqlite
    .prepare(
      personIds === null
        ? 'SELECT person_id, recorded_on, has_wish FROM employment_wishes WHERE recorded_on <= $asOf ORDER BY person_id, recorded_on, id'
        : `SELECT w.person_id, w.recorded_on, w.has_wish FROM (SELECT DISTINCT value FROM json_each($ids)) j CROSS JOIN employment_wishes w ON w.person_id = j.value
            WHERE w.recorded_on <= $asOf ORDER BY w.person_id, w.recorded_on, w.id`,
    )
    .raw()
    .all(personIds === null ? { asOf } : { asOf, ids: JSON.stringify(personIds) }) as [number, string, 0 | 1][];
}

/** datedWishesUpTo of some persons only (read now, nothing kept). */
export function datedWishesUpToOf(db: DeskDatabase, asOf: string, personIds: readonly number[]): [number, string, 0 | 1][] {
  return readDatedWishesUpTo(db, asOf, personIds);
}

/** readDatedWishesUpTo kept across writes (db/read-memo.ts patchedRows): after a wish is recorded only that person's are read again. */
export function datedWishesUpTo(db: DeskDatabase, asOf: string): readonly (readonly [number, string, 0 | 1])[] {
  return patchedRows<readonly [number, string, 0 | 1]>(
    db.sqlite,
    { name: 'datedWishesUpTo', keyed: [['employment_wishes', 'person_id']], params: asOf },
    { all: () => readDatedWishesUpTo(db, asOf, null), ofKeys: (ids) => readDatedWishesUpTo(db, asOf, ids), keyOf: (row) => row[0], order: (a, b) => a[0] - b[0] },
  );
}

export interface TimelineWishRow {
  id: number;
  recordedOn: string | null;
  hasWish: boolean;
  wishedJob: string | null;
  noWishReason: string | null;
  deemedByRefusals: boolean;
}

export function listWishesOfPerson(db: DeskDatabase, personId: number): TimelineWishRow[] {
  const rows = db.sqlite
    .prepare(
      `SELECT id, recorded_on AS recordedOn, has_wish AS hasWish, wished_job AS wishedJob, no_wish_reason AS noWishReason,
              deemed_by_refusals AS deemedByRefusals
         FROM employment_wishes WHERE person_id = ? ORDER BY recorded_on, id`,
    )
    .all(personId) as (Omit<TimelineWishRow, 'hasWish' | 'deemedByRefusals'> & { hasWish: number; deemedByRefusals: number })[];
  return rows.map((r) => ({ ...r, hasWish: r.hasWish === 1, deemedByRefusals: r.deemedByRefusals === 1 }));
}

/** Wishes [personId, recordedOn, hasWish] of the persons given (null = everyone), by person and entry order. */
export function wishEntries(db: DeskDatabase, personIds: readonly number[] | null): IterableIterator<[number, string | null, 0 | 1]> {
  const where = personIds === null ? '' : 'WHERE person_id IN (SELECT value FROM json_each(?))';
  const args = personIds === null ? [] : [JSON.stringify(personIds)];
  return db.sqlite
    .prepare(`SELECT person_id, recorded_on, has_wish FROM employment_wishes ${where} ORDER BY person_id, id`)
    .raw()
    .iterate(...args) as IterableIterator<[number, string | null, 0 | 1]>;
}
