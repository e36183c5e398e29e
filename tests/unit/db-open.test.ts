import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationsDir } from '../../db/migrations-dir';
import { DatabaseOpenError, MAIN_MMAP_BYTES, openDatabase, readThroughMemoryMap } from '../../db/open-database';
import { openWorkerConnection } from '../../db/open-worker-connection';
import type { DeskDatabase, OpenOptions } from '../../db/open-database';
import { fileFingerprint, latestSchemaVersion, migrationsWithExtra, sideFiles, tempDir } from './support/temp-runtime';

const CHINESE = /[\u4e00-\u9fa5]/;
const LATEST = latestSchemaVersion();

const cleanup: string[] = [];
function scratch(): string {
  const dir = tempDir('desk-db-open-');
  cleanup.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function open(path: string, options: Partial<OpenOptions> = {}): DeskDatabase {
  return openDatabase(path, { migrationsDir: migrationsDir(), ...options });
}

/** Opens `path` expecting a DatabaseOpenError, and returns it. */
function openError(path: string, options: Partial<OpenOptions> = {}): DatabaseOpenError {
  let db: DeskDatabase | null = null;
  try {
    db = open(path, options);
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error;
    throw error;
  } finally {
    db?.close();
  }
  throw new Error(`expected ${path} to be refused`);
}

/** SQL that is valid from schema version 1 on: the street and one community. */
function insertStreetAndCommunity(db: DeskDatabase): void {
  db.sqlite.exec(`
    INSERT INTO street (id, code, name, created_at, updated_at) VALUES (1, '321102001', '解放路街道', '2026-01-01', '2026-01-01');
    INSERT INTO communities (code, name, kind, created_at, updated_at) VALUES ('321102001001', '金山社区', 'community', '2026-01-01', '2026-01-01');
  `);
}

function streetAndCommunity(sqlite: Database.Database): { street: unknown; communities: unknown } {
  return {
    street: sqlite.prepare('SELECT code, name FROM street').all(),
    communities: sqlite.prepare('SELECT code, name, kind FROM communities').all(),
  };
}

const EXPECTED_ROWS = {
  street: [{ code: '321102001', name: '解放路街道' }],
  communities: [{ code: '321102001001', name: '金山社区', kind: 'community' }],
};

function readOnly<T>(path: string, fn: (sqlite: Database.Database) => T): T {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return fn(sqlite);
  } finally {
    sqlite.close();
  }
}

/** A migrated database with a street, a community and ~1 MB of audit rows, closed cleanly. */
function populatedDatabase(dir: string): string {
  const path = join(dir, 'desk.sqlite');
  const db = open(path);
  insertStreetAndCommunity(db);
  const insert = db.sqlite.prepare("INSERT INTO audit_events (at, username, action, entity, after) VALUES ('2026-01-01', 'admin', 'test', 'filler', ?)");
  db.sqlite.transaction(() => {
    for (let i = 0; i < 2000; i += 1) insert.run(`${i}:${'填'.repeat(200)}`);
  })();
  db.close();
  expect(sideFiles(path)).toEqual([]);
  return path;
}

describe('openDatabase: a new database', () => {
  it('creates the folder and file, migrates to the latest version and sets WAL, foreign keys, FULL sync and the memory map', () => {
    const path = join(scratch(), 'nested', 'folder', 'desk.sqlite');
    const db = open(path);
    try {
      expect(existsSync(path)).toBe(true);
      expect(LATEST).toBeGreaterThanOrEqual(1);
      expect(db.schemaVersion).toBe(LATEST);
      expect(db.latestSchemaVersion).toBe(LATEST);
      expect(db.sqlite.pragma('user_version', { simple: true })).toBe(LATEST);
      expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.sqlite.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.sqlite.pragma('mmap_size', { simple: true })).toBe(MAIN_MMAP_BYTES);
      expect(db.backupPath).toBeNull();
      expect(db.sqlite.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(LATEST);
    } finally {
      db.close();
    }
    expect(sideFiles(path)).toEqual([]);
    expect(existsSync(join(path, '..', 'backups'))).toBe(false);
  });

  it('maps only the street\'s own file read-write: a read-only open reads it without the memory map', () => {
    const path = join(scratch(), 'desk.sqlite');
    open(path).close();
    const db = open(path, { readOnly: true });
    try {
      expect(db.sqlite.pragma('mmap_size', { simple: true })).toBe(0);
    } finally {
      db.close();
    }
  });

  it('a worker connection reads without the map until the derived-state step turns it on', () => {
    const path = join(scratch(), 'desk.sqlite');
    open(path).close();
    const worker = openWorkerConnection(path);
    try {
      expect(worker.sqlite.pragma('mmap_size', { simple: true })).toBe(0);
      readThroughMemoryMap(worker);
      expect(worker.sqlite.pragma('mmap_size', { simple: true })).toBe(MAIN_MMAP_BYTES);
    } finally {
      worker.close();
    }
  });

  it('treats an empty (0-byte) file as new', () => {
    const path = join(scratch(), 'desk.sqlite');
    writeFileSync(path, '');
    const db = open(path);
    expect(db.schemaVersion).toBe(LATEST);
    db.close();
  });
});

describe('openDatabase: files it must not touch', () => {
  it.each([
    ['random bytes', 100_000],
    ['a short text file', 0],
  ])('refuses %s as corrupt, in Chinese, leaving the file byte-for-byte unchanged', (_label, size) => {
    const dir = scratch();
    const path = join(dir, 'desk.sqlite');
    writeFileSync(path, size > 0 ? randomBytes(size) : Buffer.from('这不是数据库 / not a database\n'.repeat(50)));
    const before = fileFingerprint(path);
    const error = openError(path);
    expect(error.kind).toBe('corrupt');
    expect(error.message).toMatch(CHINESE);
    expect(error.message).toContain(path);
    expect(fileFingerprint(path)).toEqual(before);
    expect(sideFiles(path)).toEqual([]);
    expect(readdirSync(dir)).toEqual(['desk.sqlite']);
  });

  it('refuses a real database whose middle pages are garbage, leaving it unchanged and creating no -wal/-shm', () => {
    const dir = scratch();
    const path = populatedDatabase(dir);
    const size = statSync(path).size;
    const pageSize = 4096;
    const middle = Math.floor(size / 2 / pageSize) * pageSize;
    expect(middle).toBeGreaterThan(pageSize * 8);
    const fd = openSync(path, 'r+');
    try {
      writeSync(fd, randomBytes(pageSize * 8), 0, pageSize * 8, middle);
    } finally {
      closeSync(fd);
    }
    const before = fileFingerprint(path);
    expect(before.size).toBe(size);

    const error = openError(path);
    expect(error.kind).toBe('corrupt');
    expect(error.message).toMatch(CHINESE);
    expect(fileFingerprint(path)).toEqual(before);
    expect(sideFiles(path)).toEqual([]);
    expect(readdirSync(dir)).toEqual(['desk.sqlite']);

    // Refused again on the next attempt, still untouched.
    expect(openError(path).kind).toBe('corrupt');
    expect(fileFingerprint(path)).toEqual(before);
  });

  it('refuses a database from a newer version of the app, leaving it unchanged', () => {
    const dir = scratch();
    const path = join(dir, 'desk.sqlite');
    const db = open(path);
    insertStreetAndCommunity(db);
    db.sqlite.pragma(`user_version = ${LATEST + 1}`);
    db.close();
    const before = fileFingerprint(path);

    const error = openError(path);
    expect(error.kind).toBe('newer');
    expect(error.message).toMatch(CHINESE);
    expect(error.message).toContain(String(LATEST + 1));
    expect(fileFingerprint(path)).toEqual(before);
    expect(sideFiles(path)).toEqual([]);
    expect(readdirSync(dir)).toEqual(['desk.sqlite']);
  });
});

describe('openDatabase: a migration that fails', () => {
  const broken = () =>
    migrationsWithExtra('9999_broken', [
      'CREATE TABLE `created_by_broken` (`id` integer PRIMARY KEY NOT NULL)',
      'INSERT INTO `created_by_broken` (`id`) VALUES (1)',
      'INSERT INTO `no_such_table` (`id`) VALUES (1)',
    ]);

  it('rolls back to the previous version with the data, after writing a backup that holds the data', () => {
    const dir = scratch();
    const path = join(dir, 'desk.sqlite');
    const db = open(path);
    insertStreetAndCommunity(db);
    db.close();
    const brokenDir = broken();
    cleanup.push(join(brokenDir, '..'));

    const error = openError(path, { migrationsDir: brokenDir });
    expect(error.kind).toBe('migration');
    expect(error.message).toMatch(CHINESE);
    expect(error.message).toContain('9999_broken');
    expect(error.backupPath).not.toBeNull();
    const backupPath = error.backupPath ?? '';
    expect(error.message).toContain(backupPath);
    expect(existsSync(backupPath)).toBe(true);
    expect(readOnly(backupPath, streetAndCommunity)).toEqual(EXPECTED_ROWS);
    expect(readOnly(backupPath, (s) => s.pragma('user_version', { simple: true }))).toBe(LATEST);

    readOnly(path, (sqlite) => {
      expect(sqlite.pragma('user_version', { simple: true })).toBe(LATEST);
      expect(streetAndCommunity(sqlite)).toEqual(EXPECTED_ROWS);
      expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'created_by_broken'").all()).toEqual([]);
      expect(sqlite.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(LATEST);
    });

    // The app of the old version still opens it as before, without another backup.
    const reopened = open(path);
    expect(reopened.schemaVersion).toBe(LATEST);
    expect(reopened.backupPath).toBeNull();
    expect(streetAndCommunity(reopened.sqlite)).toEqual(EXPECTED_ROWS);
    reopened.close();
  });

  it('a second attempt right after gets the same kind of error and its own backup file', () => {
    const dir = scratch();
    const path = join(dir, 'desk.sqlite');
    const db = open(path);
    insertStreetAndCommunity(db);
    db.close();
    const brokenDir = broken();
    cleanup.push(join(brokenDir, '..'));

    const first = openError(path, { migrationsDir: brokenDir });
    const second = openError(path, { migrationsDir: brokenDir });
    expect([first.kind, second.kind]).toEqual(['migration', 'migration']);
    expect(second.backupPath).not.toBe(first.backupPath);
    expect(existsSync(first.backupPath ?? '')).toBe(true);
    expect(existsSync(second.backupPath ?? '')).toBe(true);
    expect(readOnly(path, (s) => s.pragma('user_version', { simple: true }))).toBe(LATEST);
  });
});

describe('openDatabase: upgrades', () => {
  it('for every older version k, data written at version k survives the upgrade, with a backup when anything was pending', () => {
    for (let k = 1; k <= LATEST; k += 1) {
      const dir = scratch();
      const path = join(dir, 'desk.sqlite');
      const older = open(path, { migrateUpTo: k });
      expect(older.schemaVersion).toBe(k);
      insertStreetAndCommunity(older);
      older.close();

      const upgraded = open(path);
      try {
        expect(upgraded.schemaVersion).toBe(LATEST);
        expect(streetAndCommunity(upgraded.sqlite)).toEqual(EXPECTED_ROWS);
        if (k < LATEST) {
          expect(upgraded.backupPath).not.toBeNull();
          expect(readOnly(upgraded.backupPath ?? '', streetAndCommunity)).toEqual(EXPECTED_ROWS);
          expect(readOnly(upgraded.backupPath ?? '', (s) => s.pragma('user_version', { simple: true }))).toBe(k);
        } else {
          expect(upgraded.backupPath).toBeNull();
        }
      } finally {
        upgraded.close();
      }
    }
  });

  it('an added migration is applied to an existing database after a backup of the old version', () => {
    const dir = scratch();
    const path = join(dir, 'desk.sqlite');
    const db = open(path);
    insertStreetAndCommunity(db);
    db.close();
    const extraDir = migrationsWithExtra('9999_extra', [
      'CREATE TABLE `added_later` (`id` integer PRIMARY KEY NOT NULL, `note` text)',
      'ALTER TABLE `communities` ADD `added_column` text',
    ]);
    cleanup.push(join(extraDir, '..'));

    const upgraded = open(path, { migrationsDir: extraDir });
    try {
      expect(upgraded.schemaVersion).toBe(LATEST + 1);
      expect(streetAndCommunity(upgraded.sqlite)).toEqual(EXPECTED_ROWS);
      expect(upgraded.sqlite.prepare('SELECT added_column FROM communities').pluck().all()).toEqual([null]);
      expect(upgraded.backupPath).not.toBeNull();
      expect(upgraded.backupPath).toContain(`-v${LATEST}-`);
      expect(readOnly(upgraded.backupPath ?? '', streetAndCommunity)).toEqual(EXPECTED_ROWS);
      expect(readOnly(upgraded.backupPath ?? '', (s) => s.pragma('user_version', { simple: true }))).toBe(LATEST);
    } finally {
      upgraded.close();
    }
  });

  it('makes no backup when nothing is pending', () => {
    const dir = scratch();
    const path = join(dir, 'desk.sqlite');
    const first = open(path);
    insertStreetAndCommunity(first);
    first.close();
    for (let i = 0; i < 2; i += 1) {
      const again = open(path);
      expect(again.backupPath).toBeNull();
      expect(again.schemaVersion).toBe(LATEST);
      again.close();
    }
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('migrateUpTo never goes past the latest migration', () => {
    const db = open(join(scratch(), 'desk.sqlite'), { migrateUpTo: LATEST + 5 });
    expect(db.schemaVersion).toBe(LATEST);
    db.close();
  });
});
