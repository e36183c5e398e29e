/**
 * The demo is its own data file (issue #14 item 4): demo.open generates the demo into `demo.sqlite` and switches
 * the runtime to it; the office's database is never written (not at load, not by work done in the demo, not at
 * exit); a backup made on the demo says so; demo.exit goes back to the office's data (or its empty setup state).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SystemStatus } from '../../../shared/contract/system';
import { dbFingerprint } from '../support/db-fingerprint';
import { jobResult } from '../support/follow-job';
import { runtimeWithStreet, tempRuntime } from '../support/temp-runtime';
import { ok } from '../history/history-fixture';

type Runtime = Awaited<ReturnType<typeof runtimeWithStreet>>;
let runtime: Runtime | null = null;
afterEach(() => {
  runtime?.dispose();
  runtime = null;
});

const status = (r: Runtime) => ok<SystemStatus>(r, 'system.status', {});

describe('载入演示 / 退出演示', () => {
  it('the office with data: the demo opens in demo.sqlite, work done there stays there, exit finds the office as it was', async () => {
    const r = await runtimeWithStreet();
    runtime = r;
    await ok(r, 'communities.create', { code: '321102001001', name: '金山社区', kind: 'community', contact: null });
    const officePath = r.db.path;
    const office = dbFingerprint(r);

    await jobResult(r, 'demo.open', { size: 'small' });
    const onDemo = await status(r);
    expect(onDemo.demo).toBe(true);
    expect(onDemo.dbPath).toBe(join(r.dataDir, 'demo.sqlite'));
    expect(onDemo.street?.name).toContain('演示');
    expect(r.db.path).not.toBe(officePath);
    const communities = await ok<{ name: string }[]>(r, 'communities.list', {});
    expect(communities.map((c) => c.name)).not.toContain('金山社区');
    expect(communities.length).toBeGreaterThan(0);
    // Work in the demo goes to the demo.
    await ok(r, 'communities.create', { code: '321102001099', name: '演示新社区', kind: 'community', contact: null });
    // A backup made on the demo says so: its file name and the street inside it.
    const backup = await ok<{ backup: { street: string }; download: { name: string } }>(r, 'backup.create', { file: null });
    expect(backup.download.name).toMatch(/^工作台备份-演示数据-/);
    expect(backup.backup.street).toContain('演示');

    const exited = await ok<{ dbPath: string }>(r, 'demo.exit', {});
    expect(exited.dbPath).toBe(officePath);
    const back = await status(r);
    expect(back).toMatchObject({ demo: false, dbPath: officePath, street: { name: '解放路街道' } });
    expect(dbFingerprint(r)).toBe(office);
    expect((await ok<{ name: string }[]>(r, 'communities.list', {})).map((c) => c.name)).toEqual(['金山社区']);
    const again = await r.call('demo.exit', {});
    expect(again.ok).toBe(false);
  }, 60_000);

  it('a fresh install: the demo loads although the office has no street; exit returns to the setup state, untouched', async () => {
    const r = tempRuntime();
    runtime = r;
    const office = dbFingerprint(r);
    await jobResult(r, 'demo.open', {});
    expect((await status(r)).street).not.toBeNull();
    // Loading it again makes a new demo file in place of the old one.
    await jobResult(r, 'demo.open', {});
    expect(existsSync(join(r.dataDir, 'demo.sqlite'))).toBe(true);
    await ok(r, 'demo.exit', {});
    expect(await status(r)).toMatchObject({ demo: false, street: null });
    expect(dbFingerprint(r)).toBe(office);
  }, 60_000);
});
