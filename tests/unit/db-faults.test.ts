/**
 * The database when something is wrong with the file or its surroundings: a damaged index (the full `check` finds
 * it, quick_check at start does not), a read-only file, a file locked by another program, a mistyped path. Each
 * gets one clear answer, and the file is left exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../shared/domain/id-number';
import { cli, onlyJson } from './support/cli-capture';
import { tempDir } from './support/temp-runtime';

const INIT = ['init', '--street-name', '解放路街道', '--street-code', '321102001'];
let dir: string;
let db: string;

beforeEach(async () => {
  dir = tempDir('desk-faults-');
  db = join(dir, 'desk.sqlite');
  expect((await cli(...INIT, '--db', db)).code).toBe(0);
  // One community, household and person, so that the persons' unique index holds something.
  const s = new Database(db);
  s.exec(`INSERT INTO communities (code, name, kind, created_at, updated_at) VALUES ('321102001001', '金山社区', 'community', 'x', 'x');
          INSERT INTO households (number, community_id, created_at, updated_at) VALUES ('H1', 1, 'x', 'x');
          INSERT INTO persons (id_number, name, gender, birth_date, household_id, relation, work_ability, created_at, updated_at)
            VALUES ('${makeIdNumber('321102', '1980-05-20', 11)}', '张伟', 'M', '1980-05-20', 1, 'head', 'full', 'x', 'x');
          INSERT INTO household_memberships (person_id, household_id, relation) VALUES (1, 1, 'head');`);
  s.close();
});
afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Changes one digit of the ID number stored in the persons' unique index (its own page in the file), leaving the
 * page well-formed: the index no longer matches the table — which quick_check does not look at.
 */
function damageIdIndex(path: string): void {
  const s = new Database(path, { readonly: true });
  const rootpage = Number(s.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'persons_id_number_uq'").pluck().get());
  const pageSize = Number(s.pragma('page_size', { simple: true }));
  const idNumber = String(s.prepare('SELECT id_number FROM persons LIMIT 1').pluck().get());
  s.close();
  const bytes = readFileSync(path);
  const start = (rootpage - 1) * pageSize;
  const at = bytes.indexOf(idNumber, start, 'latin1');
  if (at < 0 || at >= start + pageSize) throw new Error('the ID number is not in the index page');
  bytes[at + 10] = bytes[at + 10] === 0x39 ? 0x38 : (bytes[at + 10] ?? 0x30) + 1;
  writeFileSync(path, bytes);
}

describe('check: the full integrity check', () => {
  it('finds a damaged unique index that quick_check passes, naming the table and the index; the file untouched', async () => {
    damageIdIndex(db);
    const quick = new Database(db);
    expect(quick.pragma('quick_check', { simple: true })).toBe('ok');
    quick.close();
    const before = sha(db);
    const result = await cli('check', '--db', db, '--json');
    expect(result.code).toBe(1);
    const doc = onlyJson(result.stdout);
    expect(Object.keys(doc).sort()).toEqual(['foreignKeys', 'integrity', 'ok']);
    expect(doc.ok).toBe(false);
    expect(doc.integrity).toContainEqual(expect.objectContaining({ table: 'persons', index: 'persons_id_number_uq' }));
    expect(sha(db)).toBe(before);
    expect(readdirSync(dir).filter((f) => f.startsWith('desk.sqlite-'))).toEqual([]);
    const text = await cli('check', '--db', db);
    expect(text.stdout).toMatch(/完整性：表 persons，索引 persons_id_number_uq：/);
  });
});

describe('a path that holds no database', () => {
  it.each(['info', 'check', 'assess', 'worklist', 'export-workbook'])('%s: exit 1, 找不到数据库, nothing created', async (command) => {
    const missing = join(dir, 'typo', 'desk.sqlite');
    const args = command === 'assess' ? ['assess', '--standard', 'chongqing-2007', '--as-of', '2026-06-30'] : command === 'worklist' ? ['worklist', '--as-of', '2026-06-30'] : command === 'export-workbook' ? ['export-workbook', join(dir, 'out.xlsx')] : [command];
    const result = await cli(...args, '--db', missing, '--json');
    expect(result.code).toBe(1);
    const doc = onlyJson(result.stdout);
    expect(doc).toMatchObject({ ok: false, error: { code: 'REJECTED', details: { kind: 'missing' } } });
    expect((doc.error as { message: string }).message).toMatch(/^找不到数据库/);
    expect(existsSync(join(dir, 'typo'))).toBe(false);
  });
});

describe('a file locked by another program', () => {
  it('is called locked (正被其他程序使用), not damaged; the file untouched', async () => {
    const holder = new Database(db);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    holder.prepare("UPDATE street SET name = name WHERE id = 1").run();
    try {
      const result = await cli('info', '--db', db, '--json');
      expect(result.code).toBe(1);
      const doc = onlyJson(result.stdout);
      expect(doc).toMatchObject({ ok: false, error: { details: { kind: 'locked' } } });
      expect((doc.error as { message: string }).message).toMatch(/数据库正被其他程序使用/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });
});

// A read-only file: as root every file is writable, so the CLI runs as another user (nobody) in a child process.
const asNobody = process.getuid?.() === 0;
describe.skipIf(!asNobody)('a read-only file (the CLI as a user who may not write it)', () => {
  function run(...args: string[]): { code: number; stdout: string; stderr: string } {
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const child = spawnSync(tsx, ['electron/cli/main.ts', ...args], { uid: 65534, gid: 65534, encoding: 'utf8', env: { ...process.env, HOME: dir } });
    return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
  }

  it('info reads it (one JSON document, no -wal/-shm left); a write is refused as 数据库文件只读; the file unchanged', () => {
    chmodSync(db, 0o444);
    chmodSync(dir, 0o777);
    const before = sha(db);
    const info = run('info', '--db', db, '--json');
    expect(info.code, info.stderr).toBe(0);
    expect(onlyJson(info.stdout)).toMatchObject({ ok: true, street: { code: '321102001' } });
    expect(readdirSync(dir).filter((f) => f.startsWith('desk.sqlite-'))).toEqual([]);
    const write = run('calendar', 'import', join(dir, 'none.csv'), '--db', db, '--json');
    expect(write.code).toBe(1);
    const doc = onlyJson(write.stdout);
    expect(doc).toMatchObject({ ok: false, error: { details: { kind: 'readonly' } } });
    expect((doc.error as { message: string }).message).toMatch(/^数据库文件只读/);
    expect(sha(db)).toBe(before);
    expect(readdirSync(dir).filter((f) => f.startsWith('desk.sqlite-'))).toEqual([]);
  });
});
