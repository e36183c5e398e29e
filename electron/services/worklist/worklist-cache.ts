/**
 * The last few worklists built, kept while the database is unchanged (db/repositories/worklist-version-repo.ts): the
 * navigation asks for the counts on every page change, and the list and its filters reuse the same rows. Any write
 * — by this app or another connection — changes the fingerprint and the next request builds afresh.
 */
import { contentFingerprint } from '../../../db/repositories/system/content-fingerprint-repo';
import type { DeskDatabase } from '../../../db/open-database';
import type { BuiltWorklist } from './build-worklist';
import { buildWorklist } from './build-worklist';

const KEEP = 4;

interface Entry {
  fingerprint: string;
  built: BuiltWorklist;
}

export class WorklistCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly db: DeskDatabase) {}

  /** The worklist on `asOf` of the street (`communityId` null) or one community. */
  get(asOf: string, communityId: number | null): BuiltWorklist {
    const key = `${asOf}|${communityId ?? ''}`;
    const fingerprint = contentFingerprint(this.db);
    const known = this.entries.get(key);
    if (known && known.fingerprint === fingerprint) {
      this.entries.delete(key);
      this.entries.set(key, known);
      return known.built;
    }
    const built = buildWorklist(this.db, asOf, communityId);
    this.entries.delete(key);
    this.entries.set(key, { fingerprint, built });
    while (this.entries.size > KEEP) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return built;
  }
}
