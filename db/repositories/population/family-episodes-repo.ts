/** family_episodes (population): the derived 零就业/双失业 episodes of households — written by the recompute, read on a date, in a period, as trend masks. */
import type { EpisodeEndReason, FamilyEpisode, FamilyEpisodeKind } from '../../../shared/domain/population/episode-types';
import type { DeskDatabase } from '../../desk-database';
import { memoised } from '../../read-memo';
import { headOrFirstMemberNameOnSql, householdInCommunitySql, joinHouseholdSql } from '../registry/registry-sql';
import type { TrendScope } from '../trend-mask-sql';
import { bind, intervalMask, MASK_SPAN } from '../trend-mask-sql';

export type EpisodeKind = 'zero_employment' | 'double_unemployed';

export interface FamilyEpisodeRef {
  householdId: number;
  communityId: number;
  appeared: string;
  ended: string | null;
  endReason: string | null;
}

/**
 * Most episodes appeared before any D of interest, so the (kind, appeared) index would visit nearly all of them one
 * row at a time: a plain scan of the table is about three times quicker.
 */
const SELECT = `SELECT e.household_id AS householdId, h.community_id AS communityId, e.appeared, e.ended, e.end_reason AS endReason
  FROM family_episodes e NOT INDEXED ${joinHouseholdSql('h', 'e.household_id')}`;

/** Episodes present on D (appeared on or before D, not ended by D), by appearance date. */
function readFamiliesPresentOn(db: DeskDatabase, kind: EpisodeKind, asOf: string): FamilyEpisodeRef[] {
  return db.sqlite
    .prepare(`${SELECT} WHERE e.kind = $kind AND e.appeared <= $asOf AND (e.ended IS NULL OR e.ended > $asOf) ORDER BY e.appeared, e.household_id`)
    .all({ kind, asOf }) as FamilyEpisodeRef[];
}

export const familiesPresentOn = memoised('familiesPresentOn', ['family_episodes', 'households'], readFamiliesPresentOn);

/**
 * Episodes present on some day of `from` … `to` (appeared by `to`, not ended by `from`), by appearance date; an end
 * after `to` has not happened yet as of `to` and is returned as null.
 */
function readFamiliesDuring(db: DeskDatabase, kind: EpisodeKind, from: string, to: string): FamilyEpisodeRef[] {
  return db.sqlite
    .prepare(
      `SELECT householdId, communityId, appeared, CASE WHEN ended > $to THEN NULL ELSE ended END AS ended,
              CASE WHEN ended > $to THEN NULL ELSE endReason END AS endReason
         FROM (${SELECT} WHERE e.kind = $kind AND e.appeared <= $to AND (e.ended IS NULL OR e.ended > $from))
        ORDER BY appeared, householdId`,
    )
    .all({ kind, from, to }) as FamilyEpisodeRef[];
}

export const familiesDuring = memoised('familiesDuring', ['family_episodes', 'households'], readFamiliesDuring);

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
              ${headOrFirstMemberNameOnSql('h.id', '$asOf')} AS headName
         FROM family_episodes e ${joinHouseholdSql('h', 'e.household_id')}
        WHERE +e.kind = 'zero_employment' AND e.appeared <= $asOf AND (e.ended IS NULL OR e.ended > $asOf)
          AND ($communityId IS NULL OR h.community_id = $communityId)`,
    )
    .all({ asOf, communityId }) as ZeroFamilyRow[];
}

export const zeroFamiliesOn = memoised('zeroFamiliesOn', ['family_episodes', 'households', 'persons', 'household_memberships'], readZeroFamiliesOn);

// ---------------------------------------------------------------- family episodes

export interface StoredEpisode extends FamilyEpisode {
  householdId: number;
}

const INSERT_EPISODE_SQL = 'INSERT INTO family_episodes (household_id, kind, appeared, ended, end_reason) VALUES (?, ?, ?, ?, ?)';

const episodeText = (e: Pick<FamilyEpisode, 'kind' | 'appeared' | 'ended' | 'endReason'>) => `${e.kind}|${e.appeared}|${e.ended ?? ''}|${e.endReason ?? ''}`;

/**
 * Prepared statements for replacing households' episodes (reuse one instance for a bulk recompute). A household whose
 * episodes are already the ones given is left as it is: no row is rewritten, so the reads kept over the table
 * (db/read-memo.ts) stay valid after a write that changed nothing of the family (a service, a new 电话).
 */
export function episodeWriter(db: DeskDatabase): {
  replace(householdId: number, episodes: readonly FamilyEpisode[]): void;
  clearAll(): void;
} {
  const del = db.sqlite.prepare('DELETE FROM family_episodes WHERE household_id = ?');
  const ins = db.sqlite.prepare(INSERT_EPISODE_SQL);
  const stored = db.sqlite.prepare('SELECT kind, appeared, ended, end_reason AS endReason FROM family_episodes WHERE household_id = ?');
  return {
    replace(householdId, episodes) {
      const now = (stored.all(householdId) as Pick<FamilyEpisode, 'kind' | 'appeared' | 'ended' | 'endReason'>[]).map(episodeText).sort();
      const next = episodes.map(episodeText).sort();
      if (now.length === next.length && now.every((text, i) => text === next[i])) return;
      del.run(householdId);
      for (const e of episodes) ins.run(householdId, e.kind, e.appeared, e.ended, e.endReason);
    },
    clearAll() {
      db.sqlite.exec('DELETE FROM family_episodes');
    },
  };
}

/**
 * For refilling the cleared table (a whole street's recompute): drops its indexes, runs `fn`, and creates them again
 * from their own stored definitions (building an index once is quicker than keeping it up to date row by row). Must
 * run inside the caller's transaction, so a rollback restores them.
 */
export function withEpisodeIndexesDeferred<T>(db: DeskDatabase, fn: () => T): T {
  if (!db.sqlite.inTransaction) return fn();
  const indexes = db.sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'family_episodes' AND sql IS NOT NULL").all() as {
    name: string;
    sql: string;
  }[];
  for (const index of indexes) db.sqlite.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
  const result = fn();
  for (const index of indexes) db.sqlite.exec(index.sql);
  return result;
}

/** Only for a bulk load: inserts without deleting (the table was just cleared). */
export function insertEpisodes(db: DeskDatabase): (householdId: number, episodes: readonly FamilyEpisode[]) => void {
  const ins = db.sqlite.prepare(INSERT_EPISODE_SQL);
  return (householdId, episodes) => {
    for (const e of episodes) ins.run(householdId, e.kind, e.appeared, e.ended, e.endReason);
  };
}

/** The stored episodes of `householdIds`, by household, each household's in listEpisodes' order (one read). */
export function episodesOfHouseholds(db: DeskDatabase, householdIds: readonly number[]): Map<number, FamilyEpisode[]> {
  const out = new Map<number, FamilyEpisode[]>();
  const rows = db.sqlite
    .prepare(
      `SELECT household_id, kind, appeared, ended, end_reason FROM family_episodes
        WHERE household_id IN (SELECT value FROM json_each(?))
        ORDER BY household_id, appeared, CASE kind WHEN 'zero_employment' THEN 0 ELSE 1 END`,
    )
    .raw()
    .iterate(JSON.stringify(householdIds)) as IterableIterator<[number, FamilyEpisodeKind, string, string | null, EpisodeEndReason | null]>;
  for (const [householdId, kind, appeared, ended, endReason] of rows) {
    const list = out.get(householdId);
    const episode = { kind, appeared, ended, endReason };
    if (list) list.push(episode);
    else out.set(householdId, [episode]);
  }
  return out;
}

export function listEpisodes(db: DeskDatabase, householdId: number): FamilyEpisode[] {
  return db.sqlite
    .prepare(
      `SELECT kind, appeared, ended, end_reason AS endReason FROM family_episodes WHERE household_id = ?
        ORDER BY appeared, CASE kind WHEN 'zero_employment' THEN 0 ELSE 1 END`,
    )
    .all(householdId) as { kind: FamilyEpisodeKind; appeared: string; ended: string | null; endReason: EpisodeEndReason | null }[];
}

/** Zero-employment family episodes present on at least one date (appeared ≤ d, not ended on or before d): householdId × MASK_SPAN + those dates. */
export function zeroEmploymentFamilyMasks(db: DeskDatabase, scope: TrendScope): number[] {
  return db.sqlite
    .prepare(
      `SELECT e.household_id * ${MASK_SPAN} + ${intervalMask(scope, 'e.appeared', 'e.ended', false)} FROM family_episodes e
        WHERE e.kind = 'zero_employment' AND e.appeared <= $last AND (e.ended IS NULL OR e.ended > $first)
          AND ${householdInCommunitySql('e.household_id')}`,
    )
    .pluck()
    .all(bind(scope)) as number[];
}

/** One community's families on D (its share of the street snapshot, street-snapshot-repo.ts). */
export interface FamilyCounts {
  cid: number;
  zeroEmploymentFamilies: number;
  doubleUnemployedFamilies: number;
}

const FAMILY_COUNTS_SQL = `
SELECT h.community_id AS cid,
       COUNT(DISTINCT CASE WHEN e.kind = 'zero_employment' THEN e.household_id END) AS zeroEmploymentFamilies,
       COUNT(DISTINCT CASE WHEN e.kind = 'double_unemployed' THEN e.household_id END) AS doubleUnemployedFamilies
  FROM family_episodes e ${joinHouseholdSql('h', 'e.household_id')}
 WHERE e.appeared <= $asOf AND (e.ended IS NULL OR e.ended > $asOf)
   AND ($communityId IS NULL OR h.community_id = $communityId)
 GROUP BY h.community_id`;

/** Households with an episode present on D, per community and kind. */
export function familyCountsByCommunity(db: DeskDatabase, params: { asOf: string; communityId: number | null }): FamilyCounts[] {
  return db.sqlite.prepare(FAMILY_COUNTS_SQL).all({ asOf: params.asOf, communityId: params.communityId }) as FamilyCounts[];
}
