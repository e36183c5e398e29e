import { and, eq } from 'drizzle-orm';
import type { DeskDatabase } from '../desk-database';
import { employmentWishes } from '../schema';
import { nowIso } from '../../shared/clock';

export interface WishRow {
  id: number;
  personId: number;
  recordedOn: string | null;
  hasWish: boolean;
  wishedJob: string | null;
  wishedWage: number | null;
  trainingWanted: string | null;
  noWishReason: string | null;
  deemedByRefusals: boolean;
}

export type WishValues = Omit<WishRow, 'id'>;

const columns = {
  id: employmentWishes.id,
  personId: employmentWishes.personId,
  recordedOn: employmentWishes.recordedOn,
  hasWish: employmentWishes.hasWish,
  wishedJob: employmentWishes.wishedJob,
  wishedWage: employmentWishes.wishedWage,
  trainingWanted: employmentWishes.trainingWanted,
  noWishReason: employmentWishes.noWishReason,
  deemedByRefusals: employmentWishes.deemedByRefusals,
};

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
  const now = nowIso();
  return db.orm
    .insert(employmentWishes)
    .values({ ...values, createdAt: now, updatedAt: now })
    .returning(columns)
    .get();
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
         JOIN persons p ON p.id = l.person_id
         JOIN households h ON h.id = p.household_id
         JOIN communities c ON c.id = h.community_id
         JOIN service_records s ON s.person_id = p.id AND s.kind = 'referral' AND s.referral_result = 'refused'
                                AND (l.recorded_on IS NULL OR s.date >= l.recorded_on) AND s.date <= @today
         LEFT JOIN vacancies v ON v.id = s.vacancy_id
        WHERE l.rn = 1 AND l.has_wish = 1
          AND (p.archived_on IS NULL OR p.archived_on > @today) ${where.persons}
        ORDER BY c.code, p.id, s.date, s.id`,
    )
    .all({ today, ...where.params }) as RefusalRow[];
}
