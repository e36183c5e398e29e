/**
 * Reads behind the wall notice (公示牌, issue [prints] item 5): a community's service records of a period by kind,
 * its vacancies open on a date, and which of a list of persons were served in a period. Read only.
 */
import type { DeskDatabase } from '../../open-database';
import { householdIdOnSql } from '../memberships-repo';

export interface KindCount {
  kind: string;
  count: number;
}

/**
 * Service records dated `from` … `to` (inclusive) given in the community: a person's record counts for the community
 * of the person's household on the record's date, a household's record for the household's community.
 */
export function communityServicesByKind(db: DeskDatabase, communityId: number, from: string, to: string): KindCount[] {
  return db.sqlite
    .prepare(
      `SELECT kind, COUNT(*) AS count FROM (
         SELECT s.kind FROM service_records s JOIN persons person ON person.id = s.person_id
           JOIN households h ON h.id = ${householdIdOnSql('person', 's.date')}
          WHERE s.date >= $from AND s.date <= $to AND h.community_id = $communityId
         UNION ALL
         SELECT s.kind FROM service_records s JOIN households h ON h.id = s.household_id
          WHERE s.person_id IS NULL AND s.date >= $from AND s.date <= $to AND h.community_id = $communityId)
        GROUP BY kind ORDER BY kind`,
    )
    .all({ communityId, from, to }) as KindCount[];
}

/**
 * Vacancies of the community open on `asOf` (opened on or before it, not filled by it): the community's own and
 * those of employers paired with it that name no community. `posts` adds up their posts.
 */
export function openVacanciesOn(db: DeskDatabase, communityId: number, asOf: string): { vacancies: number; posts: number } {
  const row = db.sqlite
    .prepare(
      `SELECT COUNT(*) AS vacancies, COALESCE(SUM(v.posts), 0) AS posts
         FROM vacancies v JOIN employers e ON e.id = v.employer_id
        WHERE v.opened_on <= $asOf AND (v.filled_on IS NULL OR v.filled_on > $asOf)
          AND (v.community_id = $communityId OR (v.community_id IS NULL AND e.paired_community_id = $communityId))`,
    )
    .get({ communityId, asOf }) as { vacancies: number; posts: number };
  return row;
}

/** Those of `personIds` with at least one service record of their own dated `from` … `to`. */
export function personsServedBetween(db: DeskDatabase, personIds: readonly number[], from: string, to: string): Set<number> {
  if (personIds.length === 0) return new Set();
  const ids = db.sqlite
    .prepare(
      `SELECT DISTINCT s.person_id FROM (SELECT DISTINCT value FROM json_each(?)) j
         CROSS JOIN service_records s ON s.person_id = j.value WHERE s.date >= ? AND s.date <= ?`,
    )
    .pluck()
    .all(JSON.stringify(personIds), from, to) as number[];
  return new Set(ids);
}
