/**
 * The process killed (SIGKILL) while its import worker is writing: the database afterwards is exactly as it was
 * before, and the same workbook imports cleanly afterwards (the CLI run as a child process; the write runs in its
 * worker thread, which dies with it).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { migrationsDir } from '../../../db/migrations-dir';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import { writeSyntheticWorkbook } from '../../fixtures/synthetic-workbook';
import { dbFingerprint } from '../support/db-fingerprint';
import { rowCount, tempDir } from '../support/temp-runtime';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const PERSONS = 12_000;

it('SIGKILL while the worker writes leaves the database exactly as before', async () => {
  const dir = tempDir('desk-killed-workbook-');
  const db = join(dir, 'desk.sqlite');
  const file = join(dir, 'synthetic.xlsx');
  await writeSyntheticWorkbook(file, PERSONS);
  const open = () => openDeskRuntime({ dataDir: dir, dbPath: db, migrationsDir: migrationsDir(), transport: 'browser', today: () => '2026-11-20' });
  const before = open();
  const fingerprint = dbFingerprint(before);
  before.close();

  // One process (node with tsx's loader), not tsx's launcher: killing a launcher would leave its child importing.
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'import-workbook', file, '--json', '--db', db], {
    cwd: ROOT,
    env: { ...process.env, DESK_TODAY: '2026-11-20' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  const ended = new Promise<{ signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (_code, signal) => resolve({ signal })));
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
    // “已写入 N 条” is reported by the worker from inside its transaction, while the records are being written.
    if (/已写入 \d+ 条/.test(stderr) && child.exitCode === null && !child.killed) child.kill('SIGKILL');
  });
  const exit = await ended;
  expect(exit.signal, `the import ended before it could be killed (make the workbook larger):\n${stderr}\n${stdout}`).toBe('SIGKILL');
  expect(stdout).toBe('');

  const after = open();
  try {
    expect(dbFingerprint(after)).toBe(fingerprint);
    expect(rowCount(after, 'persons')).toBe(0);
  } finally {
    after.close();
  }
  const again = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'import-workbook', file, '--json', '--db', db], {
    cwd: ROOT,
    env: { ...process.env, DESK_TODAY: '2026-11-20' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const code = await new Promise<number | null>((resolve) => again.on('exit', (c) => resolve(c)));
  expect(code).toBe(0);
  const imported = open();
  try {
    expect(rowCount(imported, 'persons')).toBe(PERSONS);
  } finally {
    imported.close();
  }
}, 300_000);
