/**
 * The CLI as the third door: the methods its commands call exist in the contract and answer through dispatch, in a
 * runtime (IPC, HTTP) and in the offline door the CLI uses without a database (check, demo-workbook).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openOfflineDoor } from '../../electron/services/offline-handlers';
import { callApi, callJob } from '../../electron/cli/cli-api';
import { AppError } from '../../shared/app-error';
import { runtimeWithStreet, tempDir } from './support/temp-runtime';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function street() {
  const runtime = await runtimeWithStreet();
  cleanups.push(() => runtime.dispose());
  return runtime;
}

describe('system.info and system.check through dispatch', () => {
  it('system.info: the versions, the street and a count per table', async () => {
    const runtime = await street();
    const info = await callApi(runtime, 'system.info', {});
    expect(info).toMatchObject({ dbPath: runtime.db.path, schemaVersion: runtime.db.schemaVersion, street: { code: '321102001' } });
    expect(info.counts).toMatchObject({ street: 1, users: 1, persons: 0 });
    expect(Object.keys(info.counts)).not.toContain('schema_migrations');
  });

  it('system.check: a sound database has no problems', async () => {
    const runtime = await street();
    expect(await callApi(runtime, 'system.check', {})).toEqual({ integrity: [], foreignKeys: [] });
  });

  it('inputs are checked by the contract, as for every method', async () => {
    const runtime = await street();
    const result = await runtime.call('system.info', { verbose: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('the offline door (no database opened)', () => {
  it('system.check of a file as it is; a missing file is 找不到数据库 (REJECTED, missing)', async () => {
    const runtime = await street();
    const door = openOfflineDoor({ dbPath: runtime.db.path, today: () => '2026-11-20' });
    expect(await callApi(door, 'system.check', {})).toEqual({ integrity: [], foreignKeys: [] });

    const dir = tempDir('desk-door-');
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const missing = await openOfflineDoor({ dbPath: join(dir, 'none.sqlite'), today: () => '2026-11-20' }).call('system.check', {});
    expect(missing).toMatchObject({ ok: false, error: { code: 'REJECTED', details: { kind: 'missing' } } });
  });

  it('serves only its own methods', async () => {
    const door = openOfflineDoor({ dbPath: '/nowhere.sqlite', today: () => '2026-11-20' });
    expect(await door.call('communities.list', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('demo.workbook runs as a job followed with jobs.get; a date after today is refused', async () => {
    const dir = tempDir('desk-door-');
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const door = openOfflineDoor({ dbPath: join(dir, 'none.sqlite'), today: () => '2026-11-20' });
    const file = door.files.register({ path: join(dir, 'demo.xlsx'), name: 'demo.xlsx', direction: 'output' });
    const written = (await callJob(door, 'demo.workbook', { size: 'small', seed: 3, asOf: '2026-11-20', file })) as { counts: Record<string, number> };
    expect(written.counts['人员']).toBeGreaterThan(300);
    await expect(callJob(door, 'demo.workbook', { size: 'small', asOf: '2026-11-21', file })).rejects.toThrow(AppError);
  });
});
