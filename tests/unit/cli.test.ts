import { randomBytes } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIo } from '../../electron/cli/cli-io';
import { stderrProgress } from '../../electron/cli/progress';
import { capture, cli, onlyJson } from './support/cli-capture';
import { fileFingerprint, latestSchemaVersion, sideFiles, tempDir } from './support/temp-runtime';

const CHINESE = /[\u4e00-\u9fa5]/;

/** Reads the street table (read-write: a read-only connection would leave -wal/-shm files behind). */
function streetRows(path: string): unknown[] {
  const sqlite = new Database(path, { fileMustExist: true });
  try {
    return sqlite.prepare('SELECT code, name FROM street').all();
  } finally {
    sqlite.close();
  }
}

let dir: string;
let db: string;
beforeEach(() => {
  dir = tempDir('desk-cli-');
  db = join(dir, 'street.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const INIT = ['init', '--street-name', '解放路街道', '--street-code', '321102001'];

describe('cli: init', () => {
  it('--json: exit 0 and stdout is exactly one JSON document with ok:true', async () => {
    const result = await cli(...INIT, '--db', db, '--json');
    expect(result.code).toBe(0);
    const doc = onlyJson(result.stdout);
    expect(doc).toMatchObject({ ok: true, dbPath: db, schemaVersion: latestSchemaVersion(), street: { code: '321102001', name: '解放路街道' } });
    expect(sideFiles(db)).toEqual([]);
    expect(streetRows(db)).toEqual([{ code: '321102001', name: '解放路街道' }]);
  });

  it('the global flags may stand anywhere', async () => {
    const result = await cli('--json', `--db=${db}`, ...INIT);
    expect(result.code).toBe(0);
    expect(onlyJson(result.stdout)).toMatchObject({ ok: true });
  });

  it('a bad street code: exit 1, a Chinese message, {ok:false,error} on stdout, and no street saved', async () => {
    const result = await cli('init', '--street-name', '解放路街道', '--street-code', '32110', '--db', db, '--json');
    expect(result.code).toBe(1);
    const doc = onlyJson(result.stdout);
    expect(doc).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((doc.error as { message: string }).message).toMatch(CHINESE);
    expect(result.stderr).toMatch(CHINESE);
    expect(streetRows(db)).toEqual([]);
  });

  it('a missing street name: exit 1, no street saved', async () => {
    const result = await cli('init', '--street-code', '321102001', '--db', db);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(CHINESE);
    expect(streetRows(db)).toEqual([]);
  });
});

describe('cli: usage errors exit 2', () => {
  it('an unknown command', async () => {
    const result = await cli('frobnicate', '--db', db);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('frobnicate');
    expect(result.stderr).toMatch(CHINESE);
    expect(existsSync(db)).toBe(false);
  });

  it('an unknown command with --json still prints one JSON document', async () => {
    const result = await cli('frobnicate', '--db', db, '--json');
    expect(result.code).toBe(2);
    expect(onlyJson(result.stdout)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it.each([
    [['init', '--street-name', 'x', '--street-code', '321102001', '--bogus']],
    [['info', '--nope']],
    [['check', '--verbose']],
  ])('an unknown flag: %j', async (argv) => {
    const result = await cli(...argv, '--db', db);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(CHINESE);
    expect(existsSync(db)).toBe(false);
  });

  it('--db without a path', async () => {
    const result = await cli('info', '--db');
    expect(result.code).toBe(2);
  });

  it('no command prints the usage on stderr and exits 2; --help exits 0', async () => {
    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('init');
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stderr).toContain('check');
  });
});

describe('cli: info and check', () => {
  it('info --json gives the schema version and a count per table', async () => {
    expect((await cli(...INIT, '--db', db)).code).toBe(0);
    const result = await cli('info', '--db', db, '--json');
    expect(result.code).toBe(0);
    const doc = onlyJson(result.stdout);
    expect(doc).toMatchObject({ ok: true, schemaVersion: latestSchemaVersion(), latestSchemaVersion: latestSchemaVersion(), street: { code: '321102001' } });
    const counts = doc.counts as Record<string, number>;
    expect(counts).toMatchObject({ street: 1, communities: 0, persons: 0, households: 0, users: 1 });
    expect(counts.audit_events).toBeGreaterThanOrEqual(1);
    expect(Object.keys(counts)).not.toContain('schema_migrations');
    for (const n of Object.values(counts)) expect(Number.isInteger(n)).toBe(true);
  });

  it('check --json on a healthy database: exit 0, ok:true', async () => {
    await cli(...INIT, '--db', db);
    const result = await cli('check', '--db', db, '--json');
    expect(result.code).toBe(0);
    expect(onlyJson(result.stdout)).toEqual({ ok: true, integrity: [], foreignKeys: [] });
  });

  it('check on a corrupt file: exit 1, a Chinese message, and the file unchanged', async () => {
    writeFileSync(db, randomBytes(64 * 1024));
    const before = fileFingerprint(db);
    const result = await cli('check', '--db', db, '--json');
    expect(result.code).toBe(1);
    const doc = onlyJson(result.stdout);
    expect(doc).toMatchObject({ ok: false, error: { code: 'REJECTED', details: { kind: 'corrupt' } } });
    expect((doc.error as { message: string }).message).toMatch(CHINESE);
    expect(fileFingerprint(db)).toEqual(before);
    expect(sideFiles(db)).toEqual([]);

    const human = await cli('check', '--db', db);
    expect(human.code).toBe(1);
    expect(human.stdout).toBe('');
    expect(human.stderr).toMatch(CHINESE);
    expect(fileFingerprint(db)).toEqual(before);
  });
});

describe('cli: where output goes', () => {
  it('human output goes to stdout only; failures and usage go to stderr only', async () => {
    const init = await cli(...INIT, '--db', db);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('已初始化 解放路街道（321102001）');
    expect(init.stdout.trim().startsWith('{')).toBe(false);
    expect(init.stderr).toBe('');

    const info = await cli('info', '--db', db);
    expect(info.stdout).toContain('结构版本');
    expect(info.stdout).toContain('communities');
    expect(info.stderr).toBe('');

    const check = await cli('check', '--db', db);
    expect(check.stdout).toContain('检查通过');
    expect(check.stderr).toBe('');

    const bad = await cli('init', '--street-name', 'x', '--street-code', 'bad', '--db', db);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(CHINESE);
  });

  it('progress lines go to stderr, so the --json document on stdout stays alone', async () => {
    await cli(...INIT, '--db', db);
    const target = join(dir, 'export.xlsx');
    const result = await cli('export-workbook', target, '--db', db, '--json');
    expect(result.code).toBe(0);
    expect(onlyJson(result.stdout)).toMatchObject({ ok: true, file: target });
    expect(result.stderr).toMatch(/100%/);
  });

  it('io.log and progress write to stderr; io.out writes to stdout', async () => {
    const json = await capture(async () => {
      const io = createIo(true);
      const progress = stderrProgress(io, '载入');
      progress(0, '开始');
      progress(0.5, '一半');
      progress(1, '完成');
      io.log('日志');
      io.out('人看的', { ok: true });
    });
    expect(JSON.parse(json.stdout)).toEqual({ ok: true });
    expect(json.stderr).toContain('载入 0%  开始');
    expect(json.stderr).toContain('载入 100%  完成');
    expect(json.stderr).not.toContain('一半');
    expect(json.stderr).toContain('日志');

    const human = await capture(async () => createIo(false).out('人看的', { ok: true }));
    expect(human.stdout).toBe('人看的\n');
    expect(human.stderr).toBe('');
  });
});
