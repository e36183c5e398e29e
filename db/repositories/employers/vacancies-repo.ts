/** vacancies (employers): vacancies of employers and communities. */
import type { SQL } from 'drizzle-orm';
import { and, desc, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { nowIso } from '../../../shared/clock';
import type { DeskDatabase } from '../../desk-database';
import { employers, vacancies } from '../../schema';
import { updateAtVersion } from '../versioned-update';
import { insertStamped } from '../insert-stamped';

export interface VacancyValues {
  employerId: number;
  communityId: number | null;
  title: string;
  posts: number;
  skills: string | null;
  wage: number | null;
  openedOn: string;
  publicWelfare: boolean;
  developedByCommunity: boolean;
}

export interface VacancyRow extends VacancyValues {
  id: number;
  employerName: string;
  filledOn: string | null;
  version: number;
}

const vacancyColumns = {
  id: vacancies.id,
  employerId: vacancies.employerId,
  employerName: employers.name,
  communityId: vacancies.communityId,
  title: vacancies.title,
  posts: vacancies.posts,
  skills: vacancies.skills,
  wage: vacancies.wage,
  openedOn: vacancies.openedOn,
  filledOn: vacancies.filledOn,
  publicWelfare: vacancies.publicWelfare,
  developedByCommunity: vacancies.developedByCommunity,
  version: vacancies.version,
};

export function findVacancy(db: DeskDatabase, id: number): VacancyRow | null {
  return (
    db.orm
      .select(vacancyColumns)
      .from(vacancies)
      .innerJoin(employers, eq(employers.id, vacancies.employerId))
      .where(eq(vacancies.id, id))
      .get() ?? null
  );
}

export function insertVacancy(db: DeskDatabase, values: VacancyValues): number {
  return insertStamped(db, vacancies, { ...values, version: 0 }).returning({ id: vacancies.id }).get().id;
}

/** Returns false when `expectedVersion` is stale or the vacancy is already filled. */
export function fillVacancy(db: DeskDatabase, id: number, expectedVersion: number, filledOn: string): boolean {
  const row = db.orm
    .update(vacancies)
    .set({ filledOn, version: expectedVersion + 1, updatedAt: nowIso() })
    .where(and(eq(vacancies.id, id), eq(vacancies.version, expectedVersion), isNull(vacancies.filledOn)))
    .returning({ id: vacancies.id })
    .get();
  return row !== undefined;
}

export interface VacancyFilter {
  status: 'open' | 'filled' | 'all';
  /** Lower-cased; matched anywhere in the title, the skills or the employer's name. */
  query: string | null;
  employerId: number | null;
  limit: number;
}

/** Open vacancies first, then newest opened first. */
export function listVacancies(db: DeskDatabase, filter: VacancyFilter): VacancyRow[] {
  const conditions: SQL[] = [];
  if (filter.status === 'open') conditions.push(isNull(vacancies.filledOn));
  if (filter.status === 'filled') conditions.push(isNotNull(vacancies.filledOn));
  if (filter.employerId !== null) conditions.push(eq(vacancies.employerId, filter.employerId));
  if (filter.query !== null) {
    const q = filter.query;
    const found = or(
      sql`instr(lower(${vacancies.title}), ${q}) > 0`,
      sql`instr(lower(coalesce(${vacancies.skills}, '')), ${q}) > 0`,
      sql`instr(lower(${employers.name}), ${q}) > 0`,
    );
    if (found) conditions.push(found);
  }
  return db.orm
    .select(vacancyColumns)
    .from(vacancies)
    .innerJoin(employers, eq(employers.id, vacancies.employerId))
    .where(and(...conditions))
    .orderBy(sql`${vacancies.filledOn} IS NOT NULL`, desc(vacancies.openedOn), desc(vacancies.id))
    .limit(filter.limit)
    .all();
}

export type VacancyChange = Omit<VacancyValues, 'employerId'>;

/** Returns false when `expectedVersion` is stale. */
export function updateVacancy(db: DeskDatabase, id: number, expectedVersion: number, values: VacancyChange): boolean {
  return updateAtVersion(db, vacancies, id, expectedVersion, values).returning({ id: vacancies.id }).get() !== undefined;
}
