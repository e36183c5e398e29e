/**
 * What the person page's timeline reads: a person's wishes, difficulty recognitions and moves between households
 * (spells, registrations and services have their own lists).
 */
import type { DeskDatabase } from '../open-database';

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

/** One side of a move: the household and its community as the audit recorded them. */
export interface MovePlace {
  householdId: number | null;
  householdNumber: string | null;
  communityId: number | null;
  communityName: string | null;
}

export interface TimelineMoveRow {
  /** The move's date as the clerk gave it. */
  movedOn: string;
  from: MovePlace;
  to: MovePlace;
  /** The relation to the head in the new household. */
  relation: 'head' | 'spouse' | 'child' | 'parent' | 'other' | null;
  username: string;
}

interface MoveDbRow {
  movedOn: string;
  relation: TimelineMoveRow['relation'];
  username: string;
  fromHouseholdId: number | null;
  fromHouseholdNumber: string | null;
  fromCommunityId: number | null;
  fromCommunityName: string | null;
  toHouseholdId: number | null;
  toHouseholdNumber: string | null;
  toCommunityId: number | null;
  toCommunityName: string | null;
}

/**
 * The person's moves (persons.move), from the audit trail, in the order they were recorded. A move audited before
 * communities were written into the audit names the household's community as it is now.
 */
export function listMovesOfPerson(db: DeskDatabase, personId: number): TimelineMoveRow[] {
  const rows = db.sqlite
    .prepare(
      `SELECT m.movedOn, m.relation, m.username,
              m.fromHouseholdId, COALESCE(m.fromHouseholdNumber, fh.number) AS fromHouseholdNumber,
              COALESCE(m.fromCommunityId, fh.community_id) AS fromCommunityId, COALESCE(m.fromCommunityName, fc.name) AS fromCommunityName,
              m.toHouseholdId, COALESCE(m.toHouseholdNumber, th.number) AS toHouseholdNumber,
              COALESCE(m.toCommunityId, th.community_id) AS toCommunityId, COALESCE(m.toCommunityName, tc.name) AS toCommunityName
         FROM (SELECT a.id, a.username,
                      json_extract(a.after, '$.movedOn') AS movedOn, json_extract(a.after, '$.relation') AS relation,
                      json_extract(a.before, '$.householdId') AS fromHouseholdId, json_extract(a.before, '$.householdNumber') AS fromHouseholdNumber,
                      json_extract(a.before, '$.communityId') AS fromCommunityId, json_extract(a.before, '$.communityName') AS fromCommunityName,
                      json_extract(a.after, '$.householdId') AS toHouseholdId, json_extract(a.after, '$.householdNumber') AS toHouseholdNumber,
                      json_extract(a.after, '$.communityId') AS toCommunityId, json_extract(a.after, '$.communityName') AS toCommunityName
                 FROM audit_events a
                WHERE a.entity = 'person' AND a.entity_key = ? AND a.action = 'update' AND json_extract(a.after, '$.movedOn') IS NOT NULL) m
         LEFT JOIN households fh ON m.fromCommunityName IS NULL AND fh.id = m.fromHouseholdId
         LEFT JOIN communities fc ON fc.id = fh.community_id
         LEFT JOIN households th ON m.toCommunityName IS NULL AND th.id = m.toHouseholdId
         LEFT JOIN communities tc ON tc.id = th.community_id
        ORDER BY m.id`,
    )
    .all(String(personId)) as MoveDbRow[];
  return rows.map((r) => ({
    movedOn: r.movedOn,
    relation: r.relation,
    username: r.username,
    from: { householdId: r.fromHouseholdId, householdNumber: r.fromHouseholdNumber, communityId: r.fromCommunityId, communityName: r.fromCommunityName },
    to: { householdId: r.toHouseholdId, householdNumber: r.toHouseholdNumber, communityId: r.toCommunityId, communityName: r.toCommunityName },
  }));
}
