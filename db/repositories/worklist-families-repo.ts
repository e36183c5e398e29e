/** Worklist: zero-employment families present on D (the derived family_episodes). */
import type { DeskDatabase } from '../desk-database';
import { memoised } from '../read-memo';

export interface ZeroFamilyRow {
  householdId: number;
  number: string;
  communityId: number;
  /** The head's name (户主) on D, else the first member's then. */
  headName: string | null;
  appeared: string;
}

/** Present on D: appeared on or before D, not ended by D. The episodes are read once (`+`), not through the kind index. */
function readZeroFamiliesOn(db: DeskDatabase, asOf: string, communityId: number | null): ZeroFamilyRow[] {
  return db.sqlite
    .prepare(
      `SELECT h.id AS householdId, h.number, h.community_id AS communityId, e.appeared,
              (SELECT p.name FROM household_memberships m JOIN persons p ON p.id = m.person_id
                WHERE m.household_id = h.id AND (m.from_date IS NULL OR m.from_date <= $asOf) AND (m.to_date IS NULL OR m.to_date >= $asOf)
                ORDER BY m.relation <> 'head', p.id LIMIT 1) AS headName
         FROM family_episodes e JOIN households h ON h.id = e.household_id
        WHERE +e.kind = 'zero_employment' AND e.appeared <= $asOf AND (e.ended IS NULL OR e.ended > $asOf)
          AND ($communityId IS NULL OR h.community_id = $communityId)`,
    )
    .all({ asOf, communityId }) as ZeroFamilyRow[];
}
export const zeroFamiliesOn = memoised('zeroFamiliesOn', ['family_episodes', 'households', 'persons', 'household_memberships'], readZeroFamiliesOn);
