/** vacancies (employers): a community's vacancies open on a date, for the wall notice (公示牌). Read only. */
import type { DeskDatabase } from '../../desk-database';

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
