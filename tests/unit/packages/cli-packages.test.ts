/**
 * The package commands are a public contract (issue #18 item 6): their names, flags and --json fields exactly, and
 * verify-package opens no database.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsDir } from '../../../db/migrations-dir';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import { cli, onlyJson } from '../support/cli-capture';
import { dbFingerprint } from '../support/db-fingerprint';
import { tempDir } from '../support/temp-runtime';

let dir: string;
let a: string;
let b: string;
const T = ['--today', '2026-11-20'];

function fingerprintOf(db: string): string {
  const runtime = openDeskRuntime({ dataDir: dir, dbPath: db, migrationsDir: migrationsDir(), transport: 'browser' });
  try {
    return dbFingerprint(runtime);
  } finally {
    runtime.close();
  }
}

beforeAll(async () => {
  dir = tempDir('desk-cli-pkg-');
  a = join(dir, 'a.sqlite');
  b = join(dir, 'b.sqlite');
  expect((await cli('init', '--street-name', '解放路街道', '--street-code', '321102001', '--db', a, ...T)).code).toBe(0);
  expect((await cli('init', '--street-name', '解放路街道', '--street-code', '321102001', '--db', b, ...T)).code).toBe(0);
  const runtime = openDeskRuntime({ dataDir: dir, dbPath: a, migrationsDir: migrationsDir(), transport: 'browser' });
  await runtime.call('communities.create', { code: '321102001001', name: '江滨社区', kind: 'community', contact: null });
  runtime.close();
  process.env.TEST_PACKAGE_PASS = 'correct-horse-1';
});
afterAll(() => {
  delete process.env.TEST_PACKAGE_PASS;
});

describe('export-package', () => {
  it('--json prints the written package: file, kind, hashes, size, sealed, manifest, log id', async () => {
    const out = join(dir, 'codes.cfjy');
    const run = await cli('export-package', '--kind', 'code-list', out, '--json', '--db', a, ...T);
    expect(run.code).toBe(0);
    const doc = onlyJson(run.stdout);
    expect(Object.keys(doc).sort()).toEqual(['bytes', 'contentSha256', 'file', 'kind', 'logId', 'manifest', 'notes', 'ok', 'sealed', 'sha256', 'workbook']);
    expect(doc).toMatchObject({ ok: true, file: out, kind: 'code-list', sealed: false, manifest: { kind: 'code-list', recipient: { code: '*' }, issuer: { code: '321102001' } } });
    expect(existsSync(out)).toBe(true);
  });

  it('a transfer must name its recipient; an annual submission must be sealed; a missing passphrase variable is a usage error', async () => {
    const transfer = await cli('export-package', '--kind', 'community-transfer', '--community', '321102001001', join(dir, 't.cfjy'), '--json', '--db', a, ...T);
    expect(transfer.code).toBe(1);
    expect(onlyJson(transfer.stdout)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/须指定接收方/) } });
    const annual = await cli('export-package', '--kind', 'annual-submission', '--year', '2026', join(dir, 'y.cfjy'), '--json', '--db', a, ...T);
    expect(annual.code).toBe(1);
    expect(onlyJson(annual.stdout)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/含个人信息，必须加密/) } });
    const unset = await cli('export-package', '--kind', 'standard', join(dir, 's.cfjy'), '--passphrase-env', 'NOT_SET_ANYWHERE', '--json', '--db', a, ...T);
    expect(unset.code).toBe(2);
    expect(onlyJson(unset.stdout)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/环境变量 NOT_SET_ANYWHERE 没有设置/) } });
    expect((await cli('export-package', '--kind', 'everything', join(dir, 'e.cfjy'), '--json', '--db', a)).code).toBe(2);
    expect(existsSync(join(dir, 't.cfjy')) || existsSync(join(dir, 'y.cfjy')) || existsSync(join(dir, 's.cfjy'))).toBe(false);
  });
});

describe('verify-package', () => {
  it('checks everything that needs no database, and opens none (not even the one --db names)', async () => {
    const out = join(dir, 'sealed-codes.cfjy');
    expect((await cli('export-package', '--kind', 'code-list', out, '--passphrase-env', 'TEST_PACKAGE_PASS', '--db', a, ...T)).code).toBe(0);
    const nowhere = join(dir, 'no-such-folder', 'desk.sqlite');
    const run = await cli('verify-package', out, '--passphrase-env', 'TEST_PACKAGE_PASS', '--json', '--db', nowhere, ...T);
    expect(run.code).toBe(0);
    const doc = onlyJson(run.stdout);
    expect(Object.keys(doc).sort()).toEqual(['contentSha256', 'errors', 'kind', 'manifest', 'needsPassphrase', 'ok', 'rows', 'sealed', 'sha256']);
    expect(doc).toMatchObject({ ok: true, kind: 'code-list', sealed: true, needsPassphrase: false, rows: { communities: 1 }, errors: [] });
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);

    const locked = await cli('verify-package', out, '--json', ...T);
    expect(locked.code).toBe(1);
    expect(onlyJson(locked.stdout)).toMatchObject({ ok: false, sealed: true, needsPassphrase: true, errors: [{ message: expect.stringMatching(/已加密/) }] });
    process.env.TEST_WRONG_PASS = 'incorrect-horse';
    const wrong = await cli('verify-package', out, '--passphrase-env', 'TEST_WRONG_PASS', '--json', ...T);
    expect(onlyJson(wrong.stdout)).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/口令错误或文件已损坏/) }] });
    delete process.env.TEST_WRONG_PASS;
    expect(readdirSync(dir).filter((n) => n.endsWith('.sqlite')).sort()).toEqual(['a.sqlite', 'b.sqlite']);
  });
});

describe('import-package', () => {
  it('--json is exactly { ok, alreadyImported, kind, manifest, summary, errors }; --dry-run writes nothing; again says when', async () => {
    const out = join(dir, 'codes-for-b.cfjy');
    expect((await cli('export-package', '--kind', 'code-list', out, '--db', a, ...T)).code).toBe(0);
    const before = fingerprintOf(b);
    const dry = await cli('import-package', out, '--dry-run', '--json', '--db', b, ...T);
    expect(dry.code).toBe(0);
    const doc = onlyJson(dry.stdout);
    expect(Object.keys(doc)).toEqual(['ok', 'alreadyImported', 'kind', 'manifest', 'summary', 'errors']);
    expect(doc).toMatchObject({ ok: true, alreadyImported: null, kind: 'code-list', summary: { communities: { new: 1, changed: 0, unchanged: 0, conflicts: 0 } }, errors: [] });
    expect(Object.keys((doc.summary as Record<string, object>).communities ?? {})).toEqual(['new', 'changed', 'unchanged', 'conflicts']);
    expect(fingerprintOf(b)).toBe(before);

    const real = await cli('import-package', out, '--json', '--db', b, ...T);
    expect(real.code).toBe(0);
    expect(onlyJson(real.stdout)).toMatchObject({ ok: true, alreadyImported: null });
    const after = fingerprintOf(b);
    expect(after).not.toBe(before);

    const again = await cli('import-package', out, '--json', '--db', b, ...T);
    expect(again.code).toBe(0);
    expect(onlyJson(again.stdout)).toMatchObject({ ok: true, alreadyImported: { by: 'local-admin', fileName: 'codes-for-b.cfjy' }, summary: {}, errors: [] });
    expect(again.stdout).not.toContain('已于');
    const human = await cli('import-package', out, '--db', b, ...T);
    expect(human.stdout).toMatch(/已于 2026-11-20 \d\d:\d\d 由 local-admin 导入.*本次未写入任何数据/);
    expect(fingerprintOf(b)).toBe(after);
  });

  it('refused: exit 1 with located errors and nothing written; a missing file too', async () => {
    const forOther = join(dir, 'verdicts-other.cfjy');
    const before = fingerprintOf(b);
    const missing = await cli('import-package', forOther, '--json', '--db', b, ...T);
    expect(missing.code).toBe(1);
    expect(onlyJson(missing.stdout)).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/找不到文件/) }] });
    const sealed = join(dir, 'sealed-codes.cfjy');
    const noPass = await cli('import-package', sealed, '--json', '--db', b, ...T);
    expect(noPass.code).toBe(1);
    expect(onlyJson(noPass.stdout)).toMatchObject({ ok: false, kind: 'code-list', errors: [{ message: expect.stringMatching(/已加密/) }] });
    expect(fingerprintOf(b)).toBe(before);
  });
});
