/**
 * What the person page's timeline reads: a person's wishes, difficulty recognitions and moves between households
 * (spells, registrations and services have their own lists).
 */
import type { DeskDatabase } from '../desk-database';

export interface TimelineWishRow {
  id: number;
  recordedOn: string | null;
  hasWish: boolean;
  wishedJob: string | null;
  noWishReason: string | null;
  deemedByRefusals: boolean;
}

export interface TimelineRecognitionRow {
  id: number;
  category: '4050' | 'dibao' | 'zero_employment' | 'disabled' | 'long_term_unemployed' | 'landless' | 'other';
  status: 'applied' | 'recognised' | 'refused' | 'exited';
  appliedOn: string;
  reviewedOn: string | null;
  reviewNote: string | null;
  recognisedOn: string | null;
  exitedOn: string | null;
  exitReason: string | null;
  especiallyDifficult: boolean;
}

export function listWishesOfPerson(db: DeskDatabase, personId: number): TimelineWishRow[] {
  const rows = db.sqlite
    .prepare(
      `SELECT id, recorded_on AS recordedOn, has_wish AS hasWish, wished_job AS wishedJob, no_wish_reason AS noWishReason,
              deemed_by_refusals AS deemedByRefusals
         FROM employment_wishes WHERE person_id = ? ORDER BY recorded_on, id`,
    )
    .all(personId) as (Omit<TimelineWishRow, 'hasWish' | 'deemedByRefusals'> & { hasWish: number; deemedByRefusals: number })[];
  return rows.map((r) => ({ ...r, hasWish: r.hasWish === 1, deemedByRefusals: r.deemedByRefusals === 1 }));
}

export function listRecognitionsOfPerson(db: DeskDatabase, personId: number): TimelineRecognitionRow[] {
  const rows = db.sqlite
    .prepare(
      `SELECT id, category, status, applied_on AS appliedOn, reviewed_on AS reviewedOn, review_note AS reviewNote, recognised_on AS recognisedOn,
              exited_on AS exitedOn, exit_reason AS exitReason, especially_difficult AS especiallyDifficult
         FROM difficulty_recognitions WHERE person_id = ? ORDER BY applied_on, id`,
    )
    .all(personId) as (Omit<TimelineRecognitionRow, 'especiallyDifficult'> & { especiallyDifficult: number })[];
  return rows.map((r) => ({ ...r, especiallyDifficult: r.especiallyDifficult === 1 }));
}

/** One side of a move: the household and its community (named as the move's audit recorded them, when it did). */
export interface MovePlace {
  householdId: number | null;
  householdNumber: string | null;
  communityId: number | null;
  communityName: string | null;
}

export interface TimelineMoveRow {
  /** The first day in the new household. */
  movedOn: string;
  /** null: an arrival from outside the street (the first membership period begins on a date). */
  from: MovePlace | null;
  to: MovePlace;
  /** The relation to the head in the new household. */
  relation: 'head' | 'spouse' | 'child' | 'parent' | 'other';
}

interface MoveDbRow {
  movedOn: string;
  relation: TimelineMoveRow['relation'];
  fromHouseholdId: number | null;
  fromHouseholdNumber: string | null;
  fromCommunityId: number | null;
  fromCommunityName: string | null;
  toHouseholdId: number;
  toHouseholdNumber: string;
  toCommunityId: number;
  toCommunityName: string;
}

/**
 * The person's moves, from their membership periods (household_memberships): each period that begins on a date,
 * with the household of the period before it (none: an arrival from outside). Communities are named as the move's
 * audit event recorded them on the day, when there is one (a community renamed later does not rewrite the history),
 * else as they are named now.
 */
export function listMovesOfPerson(db: DeskDatabase, personId: number): TimelineMoveRow[] {
  const rows = db.sqlite
    .prepare(
      `WITH audited AS (
         SELECT json_extract(a.after, '$.movedOn') AS movedOn, json_extract(a.after, '$.householdId') AS toHouseholdId,
                json_extract(a.before, '$.communityName') AS fromCommunityName, json_extract(a.after, '$.communityName') AS toCommunityName
           FROM audit_events a
          WHERE a.entity = 'person' AND a.entity_key = $key AND a.action = 'update' AND json_extract(a.after, '$.movedOn') IS NOT NULL)
       SELECT m.from_date AS movedOn, m.relation,
              prev.household_id AS fromHouseholdId, fh.number AS fromHouseholdNumber, fh.community_id AS fromCommunityId,
              COALESCE((SELECT au.fromCommunityName FROM audited au WHERE au.movedOn = m.from_date AND au.toHouseholdId = m.household_id), fc.name) AS fromCommunityName,
              m.household_id AS toHouseholdId, th.number AS toHouseholdNumber, th.community_id AS toCommunityId,
              COALESCE((SELECT au.toCommunityName FROM audited au WHERE au.movedOn = m.from_date AND au.toHouseholdId = m.household_id), tc.name) AS toCommunityName
         FROM household_memberships m
         JOIN households th ON th.id = m.household_id JOIN communities tc ON tc.id = th.community_id
         LEFT JOIN household_memberships prev ON prev.person_id = m.person_id AND prev.to_date = date(m.from_date, '-1 day')
         LEFT JOIN households fh ON fh.id = prev.household_id LEFT JOIN communities fc ON fc.id = fh.community_id
        WHERE m.person_id = $personId AND m.from_date IS NOT NULL
        ORDER BY m.from_date`,
    )
    .all({ personId, key: String(personId) }) as MoveDbRow[];
  return rows.map((r) => ({
    movedOn: r.movedOn,
    relation: r.relation,
    from:
      r.fromHouseholdId === null
        ? null
        : { householdId: r.fromHouseholdId, householdNumber: r.fromHouseholdNumber, communityId: r.fromCommunityId, communityName: r.fromCommunityName },
    to: { householdId: r.toHouseholdId, householdNumber: r.toHouseholdNumber, communityId: r.toCommunityId, communityName: r.toCommunityName },
  }));
}
