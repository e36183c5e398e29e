import { and, desc, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { DeskDatabase } from '../desk-database';
import { employers, vacancies } from '../schema';
import { nowIso } from '../../shared/clock';

export interface EmployerRow {
  id: number;
  name: string;
  contact: string | null;
  pairedCommunityId: number | null;
  pairedOn: string | null;
  version: number;
}

const employerColumns = {
  id: employers.id,
  name: employers.name,
  contact: employers.contact,
  pairedCommunityId: employers.pairedCommunityId,
  pairedOn: employers.pairedOn,
  version: employers.version,
};

export function findEmployer(db: DeskDatabase, id: number): EmployerRow | null {
  return db.orm.select(employerColumns).from(employers).where(eq(employers.id, id)).get() ?? null;
}

export function findEmployerByName(db: DeskDatabase, name: string): EmployerRow | null {
  return db.orm.select(employerColumns).from(employers).where(eq(employers.name, name)).get() ?? null;
}

export function insertEmployer(db: DeskDatabase, values: Omit<EmployerRow, 'id' | 'version'>): EmployerRow {
  const now = nowIso();
  return db.orm
    .insert(employers)
    .values({ ...values, version: 0, createdAt: now, updatedAt: now })
    .returning(employerColumns)
    .get();
}

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
  const now = nowIso();
  return db.orm
    .insert(vacancies)
    .values({ ...values, version: 0, createdAt: now, updatedAt: now })
    .returning({ id: vacancies.id })
    .get().id;
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

/** Returns null when `expectedVersion` is stale. */
export function updateEmployer(
  db: DeskDatabase,
  id: number,
  expectedVersion: number,
  values: Omit<EmployerRow, 'id' | 'version'>,
): EmployerRow | null {
  return (
    db.orm
      .update(employers)
      .set({ ...values, version: expectedVersion + 1, updatedAt: nowIso() })
      .where(and(eq(employers.id, id), eq(employers.version, expectedVersion)))
      .returning(employerColumns)
      .get() ?? null
  );
}

export type VacancyChange = Omit<VacancyValues, 'employerId'>;

/** Returns false when `expectedVersion` is stale. */
export function updateVacancy(db: DeskDatabase, id: number, expectedVersion: number, values: VacancyChange): boolean {
  const row = db.orm
    .update(vacancies)
    .set({ ...values, version: expectedVersion + 1, updatedAt: nowIso() })
    .where(and(eq(vacancies.id, id), eq(vacancies.version, expectedVersion)))
    .returning({ id: vacancies.id })
    .get();
  return row !== undefined;
}
