/**
 * The CLI's [admin] commands as the issue states them: `user add …`, `--as U --password-env VAR` on every command
 * (the user's role and scope; local admin mode without it, audited as local-admin), `backup OUT`, `restore FILE`,
 * `audit [--from D] [--to D] [--user U] --json`.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, onlyJson } from '../support/cli-capture';
import { tempDir } from '../support/temp-runtime';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = tempDir();
  db = join(dir, 'desk.sqlite');
  process.env.DESK_TEST_ADMIN_PW = 'admin-password-9';
  process.env.DESK_TEST_CLERK_PW = 'clerk-password-9';
  process.env.DESK_TEST_WRONG_PW = 'not-the-password';
  const demo = await cli('demo', '--size', 'small', '--db', db, '--json');
  expect(demo.code).toBe(0);
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env.DESK_TEST_ADMIN_PW;
  delete process.env.DESK_TEST_CLERK_PW;
  delete process.env.DESK_TEST_WRONG_PW;
});

describe('CLI: users, --as, backup, restore, audit', () => {
  it('user add (local admin mode), with the documented --json shape', async () => {
    const admin = await cli('user', 'add', '--username', 'boss', '--role', 'street-admin', '--password-env', 'DESK_TEST_ADMIN_PW', '--db', db, '--json');
    expect(admin.code).toBe(0);
    expect(onlyJson(admin.stdout)).toMatchObject({ ok: true, user: { username: 'boss', role: 'admin', communityId: null } });
    const clerk = await cli('user', 'add', '--username', 'cc', '--role', 'community-clerk', '--community', '321102001001', '--password-env', 'DESK_TEST_CLERK_PW', '--db', db, '--json');
    expect(onlyJson(clerk.stdout)).toMatchObject({ ok: true, user: { username: 'cc', role: 'community_clerk', communityId: 1 } });
  });

  it('bad input: a missing variable, a community clerk without a community, an unknown role, an unknown community', async () => {
    expect((await cli('user', 'add', '--username', 'x1', '--role', 'inspector', '--password-env', 'NOT_SET_ANYWHERE', '--db', db)).stderr).toContain('环境变量 NOT_SET_ANYWHERE 未设置');
    expect((await cli('user', 'add', '--username', 'x2', '--role', 'community-clerk', '--password-env', 'DESK_TEST_CLERK_PW', '--db', db)).code).toBe(2);
    expect((await cli('user', 'add', '--username', 'x3', '--role', 'boss', '--password-env', 'DESK_TEST_CLERK_PW', '--db', db)).code).toBe(2);
    const unknown = await cli('user', 'add', '--username', 'x4', '--role', 'community-clerk', '--community', '321102001999', '--password-env', 'DESK_TEST_CLERK_PW', '--db', db, '--json');
    expect(onlyJson(unknown.stdout)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('--as runs with the user’s role and scope: a community clerk’s worklist is the own community; no user add', async () => {
    const all = onlyJson((await cli('worklist', '--as-of', '2026-11-20', '--db', db, '--json')).stdout) as { rows: { communityCode: string }[] };
    const own = onlyJson((await cli('--as', 'cc', '--password-env', 'DESK_TEST_CLERK_PW', 'worklist', '--as-of', '2026-11-20', '--db', db, '--json')).stdout) as { rows: { communityCode: string }[] };
    expect(new Set(own.rows.map((r) => r.communityCode))).toEqual(new Set(['321102001001']));
    expect(all.rows.length).toBeGreaterThan(own.rows.length);
    const refused = await cli('--as', 'cc', '--password-env', 'DESK_TEST_CLERK_PW', 'user', 'add', '--username', 'x5', '--role', 'inspector', '--password-env', 'DESK_TEST_CLERK_PW', '--db', db, '--json');
    expect(refused.code).toBe(1);
    expect(onlyJson(refused.stdout)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const wrong = await cli('--as', 'cc', '--password-env', 'DESK_TEST_WRONG_PW', 'info', '--db', db, '--json');
    expect(onlyJson(wrong.stdout)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect((await cli('--as', 'cc', 'info', '--db', db)).code).toBe(2);
  });

  it('backup OUT and restore FILE (as the street admin); audit --json lists them with local-admin for local mode', async () => {
    const out = join(dir, 'stick', 'desk.deskbak');
    const backup = await cli('--as', 'boss', '--password-env', 'DESK_TEST_ADMIN_PW', 'backup', out, '--db', db, '--json');
    expect(backup.code, backup.stderr).toBe(1);
    mkdirSync(join(dir, 'stick'));
    const made = onlyJson((await cli('--as', 'boss', '--password-env', 'DESK_TEST_ADMIN_PW', 'backup', out, '--db', db, '--json')).stdout);
    expect(made).toMatchObject({ ok: true, file: out, backup: { schemaVersion: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    const restored = onlyJson((await cli('restore', out, '--db', db, '--json')).stdout) as { ok: boolean; safetyBackup: string };
    expect(restored.ok).toBe(true);
    expect(existsSync(restored.safetyBackup)).toBe(true);
    const clerk = await cli('--as', 'cc', '--password-env', 'DESK_TEST_CLERK_PW', 'restore', out, '--db', db, '--json');
    expect(onlyJson(clerk.stdout)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const auditRun = await cli('audit', '--db', db, '--json');
    expect(auditRun.code, auditRun.stderr).toBe(0);
    const audit = onlyJson(auditRun.stdout) as { ok: boolean; total: number; rows: { username: string; action: string; entity: string }[] };
    expect(audit.ok).toBe(true);
    expect(audit.rows.length).toBe(audit.total);
    expect(audit.rows).toEqual(expect.arrayContaining([expect.objectContaining({ username: 'local-admin', action: 'restore', entity: 'database' }), expect.objectContaining({ username: 'cc', action: 'refused' })]));
    const byUserRun = await cli('audit', '--user', 'boss', '--from', '2020-01-01', '--to', '2099-12-31', '--db', db, '--json');
    expect(byUserRun.code, byUserRun.stdout).toBe(0);
    const byUser = onlyJson(byUserRun.stdout) as { rows: { username: string }[] };
    expect(byUser.rows.length).toBeGreaterThan(0);
    expect(new Set(byUser.rows.map((r) => r.username))).toEqual(new Set(['boss']));
    expect(Object.keys(byUser.rows[0] ?? {})).toEqual(['id', 'at', 'username', 'action', 'entity', 'entityKey', 'before', 'after']);
  });
});
