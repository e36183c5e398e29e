/** employers (employers): employers and their summaries (vacancies counted). */
import { eq } from 'drizzle-orm';
import type { DeskDatabase } from '../../desk-database';
import { employers } from '../../schema';
import { joinCommunitySql } from '../communities/community-sql';
import { updateAtVersion } from '../versioned-update';
import { recordColumns } from '../record-columns';
import type { RecordOf } from '../record-columns';
import { insertStamped } from '../insert-stamped';

/** A row as read (the table's columns but its timestamps). */
export type EmployerRow = RecordOf<typeof employers>;

const employerColumns = recordColumns(employers);

export function findEmployer(db: DeskDatabase, id: number): EmployerRow | null {
  return db.orm.select(employerColumns).from(employers).where(eq(employers.id, id)).get() ?? null;
}

export function findEmployerByName(db: DeskDatabase, name: string): EmployerRow | null {
  return db.orm.select(employerColumns).from(employers).where(eq(employers.name, name)).get() ?? null;
}

export function insertEmployer(db: DeskDatabase, values: Omit<EmployerRow, 'id' | 'version'>): EmployerRow {
  return insertStamped(db, employers, { ...values, version: 0 }).returning(employerColumns).get();
}

/** Returns null when `expectedVersion` is stale. */
export function updateEmployer(
  db: DeskDatabase,
  id: number,
  expectedVersion: number,
  values: Omit<EmployerRow, 'id' | 'version'>,
): EmployerRow | null {
  return updateAtVersion(db, employers, id, expectedVersion, values).returning(employerColumns).get() ?? null;
}

export interface EmployerSummaryRow {
  id: number;
  name: string;
  contact: string | null;
  pairedCommunityId: number | null;
  pairedCommunityName: string | null;
  pairedOn: string | null;
  version: number;
  openVacancies: number;
  openPosts: number;
  totalVacancies: number;
}

export interface EmployerFilter {
  /** Lower-cased; found anywhere in the name or the contact. */
  query: string | null;
  pairedCommunityId: number | null;
  withOpenVacancies: boolean;
  limit: number;
}

const SELECT_SUMMARY = `SELECT e.id, e.name, e.contact, e.paired_community_id AS pairedCommunityId,
        c.name AS pairedCommunityName, e.paired_on AS pairedOn, e.version,
        COALESCE(v.openVacancies, 0) AS openVacancies, COALESCE(v.openPosts, 0) AS openPosts,
        COALESCE(v.totalVacancies, 0) AS totalVacancies
   FROM employers e
   ${joinCommunitySql('c', 'e.paired_community_id', 'LEFT JOIN')}
   LEFT JOIN (SELECT employer_id,
                     SUM(filled_on IS NULL) AS openVacancies,
                     SUM(CASE WHEN filled_on IS NULL THEN posts ELSE 0 END) AS openPosts,
                     COUNT(*) AS totalVacancies
                FROM vacancies GROUP BY employer_id) v ON v.employer_id = e.id`;

/** In the order of the names. */
export function listEmployerSummaries(db: DeskDatabase, filter: EmployerFilter): EmployerSummaryRow[] {
  return db.sqlite
    .prepare(
      `${SELECT_SUMMARY}
        WHERE (@query IS NULL OR instr(lower(e.name), @query) > 0 OR instr(lower(COALESCE(e.contact, '')), @query) > 0)
          AND (@pairedCommunityId IS NULL OR e.paired_community_id = @pairedCommunityId)
          AND (@withOpenVacancies = 0 OR COALESCE(v.openVacancies, 0) > 0)
        ORDER BY e.name, e.id
        LIMIT @limit`,
    )
    .all({ ...filter, withOpenVacancies: filter.withOpenVacancies ? 1 : 0 }) as EmployerSummaryRow[];
}

export function findEmployerSummary(db: DeskDatabase, id: number): EmployerSummaryRow | null {
  return (db.sqlite.prepare(`${SELECT_SUMMARY} WHERE e.id = ?`).get(id) as EmployerSummaryRow | undefined) ?? null;
}
