/**
 * Keeping the derived state current: the one place other services call after a write that touches persons or
 * households (registry, history, workbook import, demo load), and the backfill when a database is opened.
 * Runs inside the caller's transaction when there is one.
 */
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import { householdsOfPersons, personsWithoutDates } from '../../../db/repositories/population-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import { recomputeAllFamilies, recomputeFamilies } from './families';
import { recomputePersonDates } from './person-dates';
import { readPopulationSettings } from './population-settings';

/** Above this many persons missing their dates, recomputing every household is quicker than picking them out. */
const BACKFILL_ALL_FROM = 2_000;

/** After persons' own facts or histories changed: their dates, then the episodes of their households (and `alsoHouseholds`). */
export function refreshPersons(db: DeskDatabase, personIds: readonly number[], alsoHouseholds: readonly number[] = []): void {
  if (personIds.length === 0 && alsoHouseholds.length === 0) return;
  inTransaction(db, () => {
    const settings = readPopulationSettings(db);
    recomputePersonDates(db, settings, personIds);
    const households = new Set([...householdsOfPersons(db, personIds), ...alsoHouseholds]);
    recomputeFamilies(db, settings, [...households]);
  });
}

/** After a household's own facts changed (its dated flags). */
export function refreshHouseholds(db: DeskDatabase, householdIds: readonly number[]): void {
  if (householdIds.length === 0) return;
  inTransaction(db, () => recomputeFamilies(db, readPopulationSettings(db), householdIds));
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
  const missing = personsWithoutDates(db);
  if (missing.length === 0) return 0;
  inTransaction(db, () => {
    if (missing.length >= BACKFILL_ALL_FROM) recomputeEverything(db);
    else refreshPersons(db, missing);
  });
  return missing.length;
}
