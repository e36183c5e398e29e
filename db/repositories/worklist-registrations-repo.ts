/** Worklist: unemployment registrations open on D (guidance due, nearing one year). */
import type { DeskDatabase } from '../open-database';

export interface OpenRegistrationRow {
  registrationId: number;
  personId: number;
  idNumber: string;
  name: string;
  communityId: number;
  registeredOn: string;
  /** The first 职业指导 record dated from the registration day to D. */
  firstGuidanceOn: string | null;
}

/**
 * Open on D: registered on or before D, not cancelled on or before D; the person not archived on D. The table is
 * read once (`+`: a range over the date index would visit nearly every row through the index); the first guidance
 * walks the person's records from the registration day and stops at the first one.
 */
export function openRegistrations(db: DeskDatabase, asOf: string, communityId: number | null): OpenRegistrationRow[] {
  return db.sqlite
    .prepare(
      `SELECT r.id AS registrationId, p.id AS personId, p.id_number AS idNumber, p.name, h.community_id AS communityId,
              r.registered_on AS registeredOn,
              (SELECT s.date FROM service_records s
                WHERE s.person_id = r.person_id AND s.date >= r.registered_on AND s.date <= $asOf AND s.kind = 'guidance'
                ORDER BY s.date LIMIT 1) AS firstGuidanceOn
         FROM unemployment_registrations r
         JOIN persons p ON p.id = r.person_id JOIN households h ON h.id = p.household_id
        WHERE +r.registered_on <= $asOf AND (r.cancelled_on IS NULL OR r.cancelled_on > $asOf)
          AND (p.archived_on IS NULL OR p.archived_on > $asOf)
          AND ($communityId IS NULL OR h.community_id = $communityId)`,
    )
    .all({ asOf, communityId }) as OpenRegistrationRow[];
}
