/** Worklist: unemployment registrations open on D (guidance due, nearing one year). */
import type { DeskDatabase } from '../desk-database';
import { memoised } from '../read-memo';
import { householdOnSql } from './memberships-repo';

export interface OpenRegistrationRow {
  registrationId: number;
  personId: number;
  idNumber: string;
  name: string;
  communityId: number;
  registeredOn: string;
}

/**
 * Open on D: registered on or before D, not cancelled on or before D; the person not archived on D, in the community
 * of their household that day. The table is
 * read once (`+`: a range over the date index would visit nearly every row through the index).
 */
function readOpenRegistrations(db: DeskDatabase, asOf: string, communityId: number | null): OpenRegistrationRow[] {
  return db.sqlite
    .prepare(
      `SELECT r.id AS registrationId, p.id AS personId, p.id_number AS idNumber, p.name, h.community_id AS communityId,
              r.registered_on AS registeredOn
         FROM unemployment_registrations r
         CROSS JOIN persons p ON p.id = r.person_id ${householdOnSql('p', '$asOf')}
        WHERE +r.registered_on <= $asOf AND (r.cancelled_on IS NULL OR r.cancelled_on > $asOf)
          AND (p.archived_on IS NULL OR p.archived_on > $asOf)
          AND ($communityId IS NULL OR h.community_id = $communityId)`,
    )
    .all({ asOf, communityId }) as OpenRegistrationRow[];
}
export const openRegistrations = memoised('openRegistrations', ['unemployment_registrations', 'persons', 'households', 'household_memberships'], readOpenRegistrations);

/**
 * The first 职业指导 record dated from each registration day to D, for registrations given as [personId, registeredOn]:
 * each walks the person's records from the registration day and stops at the first guidance.
 */
export function firstGuidanceOf(db: DeskDatabase, registrations: readonly (readonly [number, string])[], asOf: string): Map<string, string> {
  if (registrations.length === 0) return new Map();
  const rows = db.sqlite
    .prepare(
      `SELECT j.value ->> 0 AS personId, j.value ->> 1 AS registeredOn,
              (SELECT s.date FROM service_records s
                WHERE s.person_id = j.value ->> 0 AND s.date >= j.value ->> 1 AND s.date <= ? AND s.kind = 'guidance'
                ORDER BY s.date LIMIT 1) AS firstGuidanceOn
         FROM json_each(?) j`,
    )
    .all(asOf, JSON.stringify(registrations)) as { personId: number; registeredOn: string; firstGuidanceOn: string | null }[];
  return new Map(rows.flatMap((r) => (r.firstGuidanceOn === null ? [] : [[`${r.personId}|${r.registeredOn}`, r.firstGuidanceOn] as [string, string]])));
}
