/** Preparation shared by the population cases: a copy of the cached large street, opened once (migrated, backfilled). */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureLargeStreet, largeDbPath, openRuntimeAt } from './large-street';

export async function prepareLargeCopy(workDir: string): Promise<void> {
  await ensureLargeStreet();
  copyFileSync(largeDbPath, join(workDir, 'desk.sqlite'));
  openRuntimeAt(workDir).close();
}
