/**
 * service_records (services): a community's service records of a period by kind, for the wall notice (公示牌,
 * issue [prints] item 5). Read only.
 */
import type { DeskDatabase } from '../../desk-database';
import { householdIdOnSql } from '../registry/memberships-repo';
import { joinHouseholdSql, joinPersonSql } from '../registry/registry-sql';

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
         SELECT s.kind FROM service_records s ${joinPersonSql('person', 's.person_id')}
           ${joinHouseholdSql('h', householdIdOnSql('person', 's.date'))}
          WHERE s.date >= $from AND s.date <= $to AND h.community_id = $communityId
         UNION ALL
         SELECT s.kind FROM service_records s ${joinHouseholdSql('h', 's.household_id')}
          WHERE s.person_id IS NULL AND s.date >= $from AND s.date <= $to AND h.community_id = $communityId)
        GROUP BY kind ORDER BY kind`,
    )
    .all({ communityId, from, to }) as KindCount[];
}
