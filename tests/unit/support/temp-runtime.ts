import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrationsDir } from '../../../db/migrations-dir';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';

export function tempDir(prefix = 'desk-unit-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A runtime on a fresh temp data directory; `dispose` closes it and removes the folder. */
export function tempRuntime(): DeskRuntime & { dispose(): void } {
  const dataDir = tempDir();
  const runtime = openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser' });
  return Object.assign(runtime, {
    dispose() {
      runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/** A runtime whose street is set up (解放路街道, 321102001). */
export async function runtimeWithStreet(): Promise<DeskRuntime & { dispose(): void }> {
  const runtime = tempRuntime();
  const result = await runtime.call('system.setupStreet', { name: '解放路街道', code: '321102001' });
  if (!result.ok) throw new Error(result.error.message);
  return runtime;
}

export function rowCount(runtime: DeskRuntime, table: string): number {
  return Number(runtime.db.sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get());
}
