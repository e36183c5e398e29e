import { describe, expect, it } from 'vitest';
import { migrationsDir } from '../../../db/migrations-dir';
import { inTransaction } from '../../../db/transaction';
import { loadDemoStreet } from '../../../electron/services/demo/demo-service';
import { markDerivedStateStale } from '../../../electron/services/population/recompute';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import { tempDir } from '../support/temp-runtime';

const open = (dataDir: string) => openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser', today: () => '2026-11-23' });
const episodes = (runtime: ReturnType<typeof open>) => Number(runtime.db.sqlite.prepare('SELECT COUNT(*) FROM family_episodes').pluck().get());
const staleMark = (runtime: ReturnType<typeof open>) => runtime.db.sqlite.prepare("SELECT value FROM settings WHERE key = 'derived_state_stale'").pluck().get();

describe('a bulk write that stops before its derived state was recomputed', () => {
  it('is finished at the next open', () => {
    const dataDir = tempDir('desk-stale-');
    const first = open(dataDir);
    loadDemoStreet(first.db, first.caller(), { size: 'small', seed: 5, asOf: '2026-11-20', today: '2026-11-23' });
    const expected = episodes(first);
    expect(expected).toBeGreaterThan(0);
    // The bulk write committed with the mark, then the program stopped before recomputing.
    inTransaction(first.db, () => {
      first.db.sqlite.exec('DELETE FROM family_episodes');
      markDerivedStateStale(first.db);
    });
    first.close();

    const second = open(dataDir);
    try {
      expect(episodes(second)).toBe(expected);
      expect(staleMark(second)).toBeUndefined();
    } finally {
      second.close();
    }
  });
});
