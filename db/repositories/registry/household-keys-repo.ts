/** households (registry): their communities and keys (number, head's name on D), kept between requests (db/read-memo.ts). */
import type { DeskDatabase } from '../../desk-database';
import { memoised, memoisedMap } from '../../read-memo';
import { ID_SPAN } from './labour-force-repo';

/** Every household as householdId × ID_SPAN + communityId. */
function readHouseholdCommunityCodes(db: DeskDatabase): number[] {
  return db.sqlite.prepare(`SELECT id * ${ID_SPAN} + community_id FROM households`).pluck().all() as number[];
}

export const householdCommunityCodes = memoised('householdCommunityCodes', ['households'], readHouseholdCommunityCodes);

export interface HouseholdKey {
  id: number;
  number: string;
  /** The head's name on D (else the latest head's), null when the household never had one. */
  headName: string | null;
}

function readHouseholdKeys(db: DeskDatabase, householdIds: readonly number[], asOf: string): Map<number, HouseholdKey> {
  if (householdIds.length === 0) return new Map();
  const rows = db.sqlite
    .prepare(
      `SELECT h.id, h.number,
              (SELECT p.name FROM household_memberships m JOIN persons p ON p.id = m.person_id
                WHERE m.household_id = h.id AND m.relation = 'head'
                ORDER BY (m.from_date IS NULL OR m.from_date <= $asOf) AND (m.to_date IS NULL OR m.to_date >= $asOf) DESC,
                         m.from_date IS NULL, m.from_date DESC, m.id DESC LIMIT 1) AS headName
         FROM households h WHERE h.id IN (SELECT value FROM json_each($ids))`,
    )
    .all({ ids: JSON.stringify(householdIds), asOf }) as HouseholdKey[];
  return new Map(rows.map((r) => [r.id, r]));
}

export const householdKeys = memoisedMap('householdKeys', ['households', 'persons', 'household_memberships'], readHouseholdKeys);
