/** communities (communities) on a date, kept between requests (db/read-memo.ts): where someone lives, employers' demand. */
import type { DeskDatabase } from '../../desk-database';
import { memoised, memoisedSet } from '../../read-memo';
import { latestOpeningSql } from '../employers/employer-sql';
import { hasResidentOnSql } from '../registry/registry-sql';

/** Ids of the communities where someone lives on D (a member of one of its households that day, not archived); stops at the first resident of each. */
function readCommunitiesWithResidents(db: DeskDatabase, asOf: string): Set<number> {
  const rows = db.sqlite
    .prepare(
      `SELECT c.id FROM communities c
        WHERE ${hasResidentOnSql('c.id', '$asOf')}`,
    )
    .pluck()
    .all({ asOf }) as number[];
  return new Set(rows);
}

export const communitiesWithResidents = memoisedSet(
  'communitiesWithResidents',
  ['communities', 'households', 'persons', 'household_memberships'],
  readCommunitiesWithResidents,
);

export interface DemandRow {
  communityId: number;
  latestOpenedOn: string | null;
}

/**
 * Per community, the latest opening date (on or before D) of a vacancy of the community or of an employer paired
 * with it (结对).
 */
function readLatestDemandByCommunity(db: DeskDatabase, asOf: string): DemandRow[] {
  return db.sqlite
    .prepare(
      `SELECT c.id AS communityId,
              ${latestOpeningSql('c.id', '$asOf')} AS latestOpenedOn
         FROM communities c`,
    )
    .all({ asOf }) as DemandRow[];
}

export const latestDemandByCommunity = memoised('latestDemandByCommunity', ['vacancies', 'employers', 'communities'], readLatestDemandByCommunity);
