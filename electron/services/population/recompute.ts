/**
 * Keeping the derived state current: the one place other services call after a write that touches persons or
 * households (registry, history, workbook import, demo load), and the backfill when a database is opened.
 * Runs inside the caller's transaction when there is one.
 */
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import { householdsEverOf } from '../../../db/repositories/registry/memberships-repo';
import { personsWithoutDates } from '../../../db/repositories/registry/person-dates-repo';
import { deleteSetting, readSetting, writeSetting } from '../../../db/repositories/system/settings-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import { recomputeAllFamilies, recomputeFamilies } from './families';
import type { ShareBatches } from './families';
import { recomputePersonDates } from './person-dates';
import { readPopulationSettings } from '../settings/population-settings';
import { nowIso } from '../../../shared/clock';

/** Above this many persons missing their dates, recomputing every household is quicker than picking them out. */
const BACKFILL_ALL_FROM = 2_000;

/** After persons' own facts or histories changed: their dates, then the episodes of their households (and `alsoHouseholds`). */
export function refreshPersons(db: DeskDatabase, personIds: readonly number[], alsoHouseholds: readonly number[] = []): void {
  if (personIds.length === 0 && alsoHouseholds.length === 0) return;
  inTransaction(db, () => {
    const settings = readPopulationSettings(db);
    recomputePersonDates(db, settings, personIds);
    const households = new Set([...householdsEverOf(db, personIds), ...alsoHouseholds]);
    recomputeFamilies(db, settings, [...households]);
  });
}

/** After a household's own facts changed (its dated flags). */
export function refreshHouseholds(db: DeskDatabase, householdIds: readonly number[]): void {
  if (householdIds.length === 0) return;
  inTransaction(db, () => recomputeFamilies(db, readPopulationSettings(db), householdIds));
}

/** Set, in the same transaction as a bulk write, when the whole street's derived state must be recomputed after it. */
const STALE_KEY = 'derived_state_stale';

/**
 * What a stale mark leaves to the recompute: 'everything' (every person's dates, then every household's episodes),
 * or 'episodes' when the write kept every person's dates current itself (writePlan writes them with each row).
 */
export type StaleScope = 'everything' | 'episodes';

/** The scope of the mark, null when there is none. A mark of older versions (a bare timestamp) is 'everything'. */
export function staleScope(db: DeskDatabase): StaleScope | null {
  const value = readSetting(db, STALE_KEY);
  if (value === null) return null;
  try {
    const mark: unknown = JSON.parse(value);
    return typeof mark === 'object' && mark !== null && (mark as { scope?: unknown }).scope === 'episodes' ? 'episodes' : 'everything';
  } catch {
    return 'everything';
  }
}

/**
 * Marks the derived state stale inside the caller's (bulk write) transaction. The recompute then runs on its own
 * after the write committed (`recomputeIfStale`), once the bulk data can be released; if the program stops in
 * between, the next open finds the mark and recomputes. A mark already there for everything stays so.
 */
export function markDerivedStateStale(db: DeskDatabase, scope: StaleScope = 'everything'): void {
  const merged = staleScope(db) === 'everything' ? 'everything' : scope;
  writeSetting(db, STALE_KEY, JSON.stringify({ at: nowIso(), scope: merged }));
}

/**
 * Recomputes what the stale mark says, and clears the mark in the same transaction. Returns whether it ran.
 * `share`: a second thread for the episodes (episodes-apart.ts), used only for the 'episodes' scope outside any
 * transaction of the caller's — where everything the episodes read is committed, as the other thread reads it.
 */
export function recomputeIfStale(db: DeskDatabase, share: ShareBatches | null = null): boolean {
  const scope = staleScope(db);
  if (scope === null) return false;
  const shared = db.sqlite.inTransaction ? null : share;
  inTransaction(db, () => {
    if (scope === 'episodes') recomputeAllFamilies(db, readPopulationSettings(db), shared);
    else recomputeEverything(db);
    deleteSetting(db, STALE_KEY);
  });
  return true;
}

/** Every person's dates and every household's episodes (settings changed, a bulk import, the demo). */
export function recomputeEverything(db: DeskDatabase, settings: PopulationSettings = readPopulationSettings(db)): { persons: number; episodes: number } {
  return inTransaction(db, () => ({ persons: recomputePersonDates(db, settings), episodes: recomputeAllFamilies(db, settings) }));
}

/**
 * On open: persons without derived dates (a database upgraded from before they existed, rows written by older code)
 * get them, and their households' episodes are computed. Returns how many persons were filled.
 */
export function ensureDerivedState(db: DeskDatabase): number {
  recomputeIfStale(db);
  const missing = personsWithoutDates(db);
  if (missing.length === 0) return 0;
  inTransaction(db, () => {
    if (missing.length >= BACKFILL_ALL_FROM) recomputeEverything(db);
    else refreshPersons(db, missing);
  });
  return missing.length;
}
