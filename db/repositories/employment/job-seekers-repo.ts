/** employment_wishes, registrations and spells (employment): the persons seeking work today, the candidates a vacancy is matched against. */
import type { DeskDatabase } from '../../desk-database';
import { joinCommunitySql } from '../communities/community-sql';
import { joinHouseholdSql, joinPersonSql } from '../registry/registry-sql';

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
 *
 * The wish in force is the latest dated one on or before `today`, else the undated one entered last. It is found with
 * SQLite's documented MAX() bare-column rule (the other columns come from the row holding the maximum) over the
 * (person_id, recorded_on) index — a window over every wish of a large street took several times longer — and only
 * the candidates (registered, or wishing without an open spell) are then joined to their persons.
 */
export function listMatchCandidates(db: DeskDatabase, today: string): MatchCandidate[] {
  const rows = db.sqlite
    .prepare(
      `WITH dated AS MATERIALIZED (
         SELECT person_id, MAX(recorded_on) AS recorded_on, has_wish, wished_job
           FROM employment_wishes WHERE recorded_on <= @today GROUP BY person_id),
       wish AS MATERIALIZED (
         SELECT person_id, has_wish, wished_job FROM dated
         UNION ALL
         SELECT person_id, has_wish, wished_job
           FROM (SELECT person_id, MAX(id) AS id, has_wish, wished_job
                   FROM employment_wishes WHERE recorded_on IS NULL GROUP BY person_id) u
          WHERE NOT EXISTS (SELECT 1 FROM dated d WHERE d.person_id = u.person_id)),
       registered AS MATERIALIZED (
         SELECT DISTINCT person_id FROM unemployment_registrations
          WHERE registered_on <= @today AND (cancelled_on IS NULL OR cancelled_on > @today)),
       candidates AS (
         SELECT person_id FROM registered
         UNION
         SELECT w.person_id FROM wish w
          WHERE w.has_wish = 1
            AND NOT EXISTS (SELECT 1 FROM employment_spells e
                             WHERE e.person_id = w.person_id AND e.start_date <= @today
                               AND (e.end_date IS NULL OR e.end_date >= @today)))
       SELECT p.id AS personId, p.name, p.id_number AS idNumber, p.gender, c.name AS communityName,
              w.wished_job AS wishedJob, p.skills, r.person_id IS NOT NULL AS registered
         FROM candidates k
        ${joinPersonSql('p', 'k.person_id', 'CROSS JOIN')}
         ${joinHouseholdSql('h', 'p.household_id')}
         ${joinCommunitySql('c', 'h.community_id')}
         LEFT JOIN wish w ON w.person_id = p.id
         LEFT JOIN registered r ON r.person_id = p.id
        WHERE (p.archived_on IS NULL OR p.archived_on > @today)
          AND (p.skills IS NOT NULL OR w.wished_job IS NOT NULL)
        ORDER BY p.id`,
    )
    .all({ today }) as RawCandidate[];
  return rows.map((r) => ({ ...r, registered: r.registered === 1 }));
}
