import type { DeskDatabase } from '../open-database';

export interface MatchCandidate {
  personId: number;
  name: string;
  idNumber: string;
  gender: 'M' | 'F';
  communityName: string;
  wishedJob: string | null;
  skills: string | null;
  registered: boolean;
}

type RawCandidate = Omit<MatchCandidate, 'registered'> & { registered: number };

/**
 * Persons unemployed on `today` in the simple sense the vacancy matching uses: not archived, and either with an open
 * unemployment registration, or with a wish in force and no open employment spell; only those with a wished job
 * or skills to match against.
 */
export function listMatchCandidates(db: DeskDatabase, today: string): MatchCandidate[] {
  const rows = db.sqlite
    .prepare(
      `WITH latest AS (
         SELECT w.person_id, w.has_wish, w.wished_job,
                ROW_NUMBER() OVER (PARTITION BY w.person_id
                                   ORDER BY w.recorded_on IS NULL, w.recorded_on DESC, w.id DESC) AS rn
           FROM employment_wishes w
          WHERE w.recorded_on IS NULL OR w.recorded_on <= @today),
       facts AS (
         SELECT p.id AS personId, p.name, p.id_number AS idNumber, p.gender, c.name AS communityName,
                l.wished_job AS wishedJob, p.skills, COALESCE(l.has_wish, 0) AS hasWish,
                EXISTS (SELECT 1 FROM unemployment_registrations r
                         WHERE r.person_id = p.id AND r.registered_on <= @today
                           AND (r.cancelled_on IS NULL OR r.cancelled_on > @today)) AS registered,
                EXISTS (SELECT 1 FROM employment_spells e
                         WHERE e.person_id = p.id AND e.start_date <= @today
                           AND (e.end_date IS NULL OR e.end_date >= @today)) AS employed
           FROM persons p
           JOIN households h ON h.id = p.household_id
           JOIN communities c ON c.id = h.community_id
           LEFT JOIN latest l ON l.person_id = p.id AND l.rn = 1
          WHERE (p.archived_on IS NULL OR p.archived_on > @today)
            AND (p.skills IS NOT NULL OR l.wished_job IS NOT NULL))
       SELECT personId, name, idNumber, gender, communityName, wishedJob, skills, registered
         FROM facts WHERE registered = 1 OR (hasWish = 1 AND employed = 0)
        ORDER BY personId`,
    )
    .all({ today }) as RawCandidate[];
  return rows.map((r) => ({ ...r, registered: r.registered === 1 }));
}
