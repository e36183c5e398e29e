import type { DeskDatabase } from '../../desk-database';
import { joinHouseholdSql } from '../registry/registry-sql';

/** Services recorded for a household as a whole in these communities (the standard records have no place for them). */
export function countHouseholdServicesIn(db: DeskDatabase, communityIds: readonly number[]): number {
  return Number(
    db.sqlite
      .prepare(
        `SELECT COUNT(*) FROM service_records s ${joinHouseholdSql('h', 's.household_id')}
          WHERE s.person_id IS NULL AND h.community_id IN (SELECT value FROM json_each(?))`,
      )
      .pluck()
      .get(JSON.stringify(communityIds)),
  );
}

