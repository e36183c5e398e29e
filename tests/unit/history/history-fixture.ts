/** A runtime with a pinned today, and communities, households and persons written straight into the database. */
import { rmSync } from 'node:fs';
import { expect } from 'vitest';
import { migrationsDir } from '../../../db/migrations-dir';
import { insertCommunity } from '../../../db/repositories/communities/communities-repo';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import { makeIdNumber } from '../../../shared/domain/id-number';
import type { ApiError } from '../../../shared/result';
import { dbFingerprint } from '../support/db-fingerprint';
import { tempDir } from '../support/temp-runtime';

export const TODAY = '2025-06-30';

export type Runtime = DeskRuntime & { dispose(): void };

export async function historyRuntime(): Promise<Runtime> {
  const dataDir = tempDir();
  const runtime = openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser', today: () => TODAY });
  const result = await runtime.call('system.setupStreet', { name: '解放路街道', code: '321102001' });
  if (!result.ok) throw new Error(result.error.message);
  return Object.assign(runtime, {
    dispose() {
      runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

let communitySeq = 0;
export function addCommunity(runtime: Runtime, name = '金山社区'): number {
  communitySeq += 1;
  const code = `321102001${String(communitySeq).padStart(3, '0')}`;
  return insertCommunity(runtime.db, { code, name, kind: 'community', contact: null }).id;
}

let householdSeq = 0;
export function addHousehold(runtime: Runtime, communityId: number): number {
  householdSeq += 1;
  const now = new Date().toISOString();
  const info = runtime.db.sqlite
    .prepare('INSERT INTO households (number, community_id, created_at, updated_at) VALUES (?, ?, ?, ?)')
    .run(`H${householdSeq}`, communityId, now, now);
  return Number(info.lastInsertRowid);
}

export interface PersonSeed {
  householdId: number;
  name?: string;
  birthDate?: string;
  gender?: 'M' | 'F';
  archivedOn?: string | null;
  skills?: string | null;
}

let personSeq = 0;
export function addPerson(runtime: Runtime, seed: PersonSeed): number {
  personSeq += 1;
  const birthDate = seed.birthDate ?? '1980-05-20';
  const gender = seed.gender ?? 'M';
  const sequence = personSeq * 2 + (gender === 'M' ? 1 : 0);
  const now = new Date().toISOString();
  const info = runtime.db.sqlite
    .prepare(
      `INSERT INTO persons (id_number, name, gender, birth_date, household_id, relation, work_ability, skills,
                            archived_on, archive_reason, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'head', 'full', ?, ?, ?, ?, ?)`,
    )
    .run(
      makeIdNumber('321102', birthDate, sequence % 1000),
      seed.name ?? `居民${personSeq}`,
      gender,
      birthDate,
      seed.householdId,
      seed.skills ?? null,
      seed.archivedOn ?? null,
      seed.archivedOn ? '迁出' : null,
      now,
      now,
    );
  runtime.db.sqlite
    .prepare(
      `INSERT INTO household_memberships (person_id, household_id, relation, from_date, to_date)
       VALUES (?, ?, 'head', NULL, CASE WHEN ? IS NULL THEN NULL ELSE date(?, '-1 day') END)`,
    )
    .run(info.lastInsertRowid, seed.householdId, seed.archivedOn ?? null, seed.archivedOn ?? null);
  return Number(info.lastInsertRowid);
}

/** A community with one household: the usual start of a test. */
export function addFamily(runtime: Runtime): { communityId: number; householdId: number } {
  const communityId = addCommunity(runtime);
  return { communityId, householdId: addHousehold(runtime, communityId) };
}

/** Calls a method that must succeed and returns its value. */
export async function ok<T>(runtime: Runtime, method: string, input: unknown): Promise<T> {
  const result = await runtime.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Calls a method that must fail with `code`, naming `path` when given, and must leave the database unchanged. */
export async function refused(
  runtime: Runtime,
  method: string,
  input: unknown,
  code: ApiError['code'],
  path?: string,
): Promise<ApiError> {
  const before = dbFingerprint(runtime);
  const result = await runtime.call(method, input);
  expect(result.ok, `${method} should have been refused`).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.error.code, result.error.message).toBe(code);
  expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/);
  if (path !== undefined) expect(result.error.details?.fields?.map((f) => f.path)).toContain(path);
  expect(dbFingerprint(runtime)).toBe(before);
  return result.error;
}

export function auditCount(runtime: Runtime, entity: string): number {
  return Number(runtime.db.sqlite.prepare('SELECT COUNT(*) FROM audit_events WHERE entity = ?').pluck().get(entity));
}
