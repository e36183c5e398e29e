/**
 * The process killed (SIGKILL) in the middle of a large import, run as a child process: the database afterwards is
 * exactly as it was before, and the same package imports cleanly afterwards (nothing of it was recorded).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrationsDir } from '../../../db/migrations-dir';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import { buildPackage, head, PASS } from '../../fixtures/package-builder';
import { syntheticTransfer } from '../../fixtures/transfer-street';
import { dbFingerprint } from '../support/db-fingerprint';
import { tempDir } from '../support/temp-runtime';
import { preview } from './package-support';
import type { Install } from './package-support';

/** Enough that the write lasts well over the CLI's one progress line a second, so a “已写入 N 条” line is printed mid-write. */
const PERSONS = 80_000;
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
let dir: string;
let db: string;

function open(): Install {
  const runtime = openDeskRuntime({ dataDir: dir, dbPath: db, migrationsDir: migrationsDir(), transport: 'browser', today: () => '2026-11-20' });
  return Object.assign(runtime, { dispose: () => runtime.close() });
}

beforeAll(async () => {
  dir = tempDir('desk-killed-import-');
  db = join(dir, 'desk.sqlite');
  const runtime = open();
  const setup = await runtime.call('system.setupStreet', { name: '谏壁街道', code: '321102002' });
  runtime.close();
  expect(setup.ok).toBe(true);
});
afterAll(() => undefined);

it('SIGKILL during the commit leaves the database exactly as before', async () => {
  const pkg = await buildPackage(
    dir,
    'big-transfer.cfjy',
    head('community-transfer', { issuer: { code: '321102001', name: '江滨街道' }, recipient: { code: '321102002', name: null } }),
    syntheticTransfer(PERSONS),
    PASS,
  );
  const before = open();
  const fingerprint = dbFingerprint(before);
  before.close();

  // One process (node with tsx's loader), not tsx's launcher: killing a launcher would leave its child importing.
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'import-package', pkg.path, '--passphrase-env', 'KILL_TEST_PASS', '--json', '--db', db], {
    cwd: ROOT,
    env: { ...process.env, KILL_TEST_PASS: PASS, DESK_TODAY: '2026-11-20' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
    // “已写入 N 条” is printed from inside the transaction, while the records are being written.
    if (/已写入 \d+ 条/.test(stderr) && child.exitCode === null && !child.killed) child.kill('SIGKILL');
  });
  const exit = await ended;
  expect(exit.signal, `the import ended before it could be killed (make the package larger):\n${stderr}\n${stdout}`).toBe('SIGKILL');
  expect(stdout).toBe('');

  const after = open();
  try {
    // Give any process that might still hold the file time to show itself: none should.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(dbFingerprint(after)).toBe(fingerprint);
    // Nothing of it was kept: not logged, so the same package is new here and imports cleanly.
    const again = await preview(after, pkg.path, PASS);
    expect(again.preview.alreadyImported).toBeNull();
    expect(again.preview.ok).toBe(true);
    expect(again.preview.summary.persons).toEqual({ new: PERSONS, changed: 0, unchanged: 0, conflicts: 0 });
  } finally {
    after.close();
  }
}, 240_000);
