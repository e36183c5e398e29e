/**
 * Sign-in at a door with an injected clock (lock after 5, refused until the lock ends, idle lock), the community
 * clerk's scope (refused and logged for another community's person; lists narrowed), the audit trail's before/after,
 * and that the trail cannot be edited.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsDir } from '../../../db/migrations-dir';
import { loadDemoStreet } from '../../../electron/services/demo/demo-service';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import { tempDir } from '../support/temp-runtime';
import { LEDGER_KINDS } from '../../../shared/domain/ledgers/kinds';
import { todayIso } from '../../../shared/clock';
import { addDays } from '../../../shared/domain/dates';

let now = Date.parse('2026-11-20T01:00:00.000Z');
const clock = () => now;
let runtime: DeskRuntime;
let dataDir: string;
let ownPerson: number;
let otherPerson: number;

async function ok<T>(promise: ReturnType<DeskRuntime['call']>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

function auditRows(where: string): { username: string; action: string; entity: string; entityKey: string | null; before: string | null; after: string | null }[] {
  return runtime.db.sqlite.prepare(`SELECT username, action, entity, entity_key AS entityKey, before, after FROM audit_events WHERE ${where} ORDER BY id`).all() as never;
}

beforeAll(async () => {
  dataDir = tempDir();
  runtime = openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser', clock });
  loadDemoStreet(runtime.db, runtime.caller(), { size: 'small', seed: 7, asOf: '2026-11-20', today: '2026-11-20' });
  const pick = (community: number) => Number(runtime.db.sqlite.prepare('SELECT p.id FROM persons p JOIN households h ON h.id = p.household_id WHERE h.community_id = ? AND p.archived_on IS NULL ORDER BY p.id LIMIT 1').pluck().get(community));
  ownPerson = pick(1);
  otherPerson = pick(2);
  await ok(runtime.call('users.create', { username: 'li', displayName: '李', role: 'community_clerk', communityId: 1, password: 'clerk-password-1' }));
  await ok(runtime.call('users.create', { username: 'wang', displayName: '王', role: 'inspector', communityId: null, password: 'inspect-password-1' }));
}, 120_000);

afterAll(() => {
  runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('sign-in at a door', () => {
  it('nobody signed in: only the sign-in screen’s methods answer', async () => {
    const result = await runtime.doorCall('browser', 'persons.get', { id: ownPerson });
    expect(result.ok ? null : result.error.code).toBe('UNAUTHORIZED');
    const status = await ok<{ hasAdmin: boolean; user: null }>(runtime.doorCall('browser', 'auth.status', {}));
    expect(status).toMatchObject({ user: null });
  });

  it('5 wrong passwords lock the account; the right one is refused until the lock ends, then accepted', async () => {
    for (let i = 1; i <= 5; i += 1) {
      const result = await runtime.doorCall('browser', 'auth.signIn', { username: 'wang', password: 'wrong-password' });
      expect(result.ok ? '' : result.error.message).toMatch(i < 5 ? /用户名或密码不正确（再错 \d 次/ : /已被锁定，请 15 分钟后再试/);
    }
    now += 15 * 60_000 - 1_000;
    const early = await runtime.doorCall('browser', 'auth.signIn', { username: 'wang', password: 'inspect-password-1' });
    expect(early.ok ? '' : early.error.message).toMatch(/已被锁定，请 1 分钟后再试/);
    now += 1_000;
    const status = await ok<{ user: { username: string } }>(runtime.doorCall('browser', 'auth.signIn', { username: 'wang', password: 'inspect-password-1' }));
    expect(status.user.username).toBe('wang');
    const actions = auditRows("entity = 'user' AND entity_key = 'wang'").map((r) => r.action);
    expect(actions).toEqual(['create', 'sign_in_failed', 'sign_in_failed', 'sign_in_failed', 'sign_in_failed', 'sign_in_failed', 'locked', 'sign_in_failed', 'sign_in']);
  });

  it('an inspector reads masked numbers, and every write or reveal is refused (and logged)', async () => {
    const person = await ok<{ idNumber: string; phone: string | null }>(runtime.doorCall('browser', 'persons.get', { id: ownPerson }));
    expect(person.idNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    const write = await runtime.doorCall('browser', 'wishes.record', { personId: ownPerson, recordedOn: '2026-11-20', hasWish: true, wishedJob: null, wishedWage: null, trainingWanted: null, noWishReason: null });
    expect(write.ok ? '' : write.error.code).toBe('FORBIDDEN');
    const reveal = await runtime.doorCall('browser', 'persons.reveal', { personId: ownPerson, field: 'idNumber' });
    expect(reveal.ok ? '' : reveal.error.code).toBe('FORBIDDEN');
    expect(auditRows("action = 'refused' AND username = 'wang'").map((r) => r.entityKey)).toEqual(['wishes.record', 'persons.reveal']);
  });

  it('idle longer than the setting: the session is locked and the sign-in screen says so', async () => {
    now += 16 * 60_000;
    const result = await runtime.doorCall('browser', 'persons.get', { id: ownPerson });
    expect(result.ok ? '' : result.error.code).toBe('UNAUTHORIZED');
    expect(await ok<{ user: null; lockedForIdle: boolean }>(runtime.doorCall('browser', 'auth.status', {}))).toMatchObject({ user: null, lockedForIdle: true });
  });
});

describe('a community clerk’s scope', () => {
  it('another community’s person, by id: refused and logged; the own community’s: read', async () => {
    await ok(runtime.doorCall('electron', 'auth.signIn', { username: 'li', password: 'clerk-password-1' }));
    const other = await runtime.doorCall('electron', 'persons.get', { id: otherPerson });
    expect(other.ok ? '' : other.error.code).toBe('FORBIDDEN');
    expect(other.ok ? '' : other.error.message).toContain('本社区');
    const refusal = auditRows("action = 'refused' AND username = 'li'").at(-1);
    expect(refusal).toMatchObject({ entity: 'method', entityKey: 'persons.get' });
    expect(await ok<{ id: number }>(runtime.doorCall('electron', 'persons.get', { id: ownPerson }))).toMatchObject({ id: ownPerson });
    // Writes about another community's person are refused, nothing written.
    const before = runtime.db.sqlite.prepare('SELECT COUNT(*) FROM employment_wishes').pluck().get();
    const write = await runtime.doorCall('electron', 'wishes.record', { personId: otherPerson, recordedOn: '2026-11-20', hasWish: true, wishedJob: null, wishedWage: null, trainingWanted: null, noWishReason: null });
    expect(write.ok ? '' : write.error.code).toBe('FORBIDDEN');
    expect(runtime.db.sqlite.prepare('SELECT COUNT(*) FROM employment_wishes').pluck().get()).toBe(before);
  });

  it('lists and searches show the own community only; asking for another is refused', async () => {
    const hits = await ok<{ communityName: string }[]>(runtime.doorCall('electron', 'search.persons', { q: '王', limit: 50 }));
    const own = String(runtime.db.sqlite.prepare('SELECT name FROM communities WHERE id = 1').pluck().get());
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.communityName))).toEqual(new Set([own]));
    const other = await runtime.doorCall('electron', 'households.list', { communityId: 2, offset: 0, limit: 10 });
    expect(other.ok ? '' : other.error.code).toBe('FORBIDDEN');
    const worklist = await ok<{ rows: { communityId: number }[] }>(runtime.doorCall('electron', 'worklist.list', { asOf: '2026-11-20' }));
    expect(new Set(worklist.rows.map((r) => r.communityId))).toEqual(new Set([1]));
    const snapshot = await ok<{ communities: { communityId: number }[] }>(runtime.doorCall('electron', 'population.snapshot', { asOf: '2026-11-20' }));
    expect(snapshot.communities.map((c) => c.communityId)).toEqual([1]);
    // Ledgers: the whole street asked for, the own community given; another community refused.
    const ledger = await ok<{ scope: { communityId: number | null }; total: number }>(runtime.doorCall('electron', 'ledgers.page', { kind: LEDGER_KINDS[0], asOf: '2026-11-20', communityId: null }));
    expect(ledger.scope.communityId).toBe(1);
    const otherLedger = await runtime.doorCall('electron', 'ledgers.page', { kind: LEDGER_KINDS[0], asOf: '2026-11-20', communityId: 2 });
    expect(otherLedger.ok ? '' : otherLedger.error.code).toBe('FORBIDDEN');
    const exported = await runtime.doorCall('electron', 'workbook.export', { file: null });
    expect(exported.ok ? '' : exported.error.code).toBe('FORBIDDEN');
    // 六到位: the own community's may be recorded; another's is refused and nothing is written.
    const versionOf = (id: number) => Number(runtime.db.sqlite.prepare('SELECT version FROM communities WHERE id = ?').pluck().get(id));
    const otherPlatform = await runtime.doorCall('electron', 'communities.setPlatform', { id: 2, version: versionOf(2), platform: { staff: { ok: true, note: null } } });
    expect(otherPlatform.ok ? '' : otherPlatform.error.code).toBe('FORBIDDEN');
    expect(runtime.db.sqlite.prepare('SELECT platform_checklist FROM communities WHERE id = 2').pluck().get()).not.toContain('"staff":{"ok":true,"note":null}');
    await ok(runtime.doorCall('electron', 'communities.setPlatform', { id: 1, version: versionOf(1), platform: { staff: { ok: true, note: null } } }));
  });
});

describe('an inspector’s view', () => {
  it('every ID and phone number in any answer is masked (the worklist’s subjects, search hits, households)', async () => {
    await ok(runtime.doorCall('third', 'auth.signIn', { username: 'wang', password: 'inspect-password-1' }));
    for (const [method, input] of [
      ['worklist.list', { asOf: '2026-11-20' }],
      ['search.persons', { q: '王', limit: 50 }],
      ['households.get', { id: 1 }],
    ] as const) {
      const text = JSON.stringify(await ok(runtime.doorCall('third', method, input)));
      expect([method, /\d{17}[\dX]/.test(text)]).toEqual([method, false]);
      expect([method, /1[3-9]\d{9}/.test(text)]).toEqual([method, false]);
    }
    const ledgerExport = await runtime.doorCall('third', 'ledgers.exportXlsx', { kind: LEDGER_KINDS[0], asOf: '2026-11-20', communityId: null, file: null });
    expect(ledgerExport.ok ? '' : ledgerExport.error.code).toBe('FORBIDDEN');
    const full = JSON.stringify(await ok(runtime.call('worklist.list', { asOf: '2026-11-20' })));
    expect(/\d{17}[\dX]/.test(full)).toBe(true);
  });
});

describe('the audit trail', () => {
  it('a write records who, when, entity, key, before and after; a reveal records who saw which field (not the value)', async () => {
    const person = await ok<{ id: number; version: number; name: string }>(runtime.call('persons.get', { id: ownPerson }));
    const full = runtime.db.sqlite.prepare('SELECT * FROM persons WHERE id = ?').get(ownPerson) as Record<string, unknown>;
    await ok(
      runtime.call('persons.update', {
        id: person.id,
        version: person.version,
        fields: {
          name: person.name, relation: full.relation, phone: '13900001111', education: full.education, workAbility: full.work_ability, isStudent: full.is_student === 1, isRetired: full.is_retired === 1,
          retirementBase: full.retirement_base, migrantWorker: full.migrant_worker === 1, veteran: full.veteran === 1, graduationYear: full.graduation_year, skills: full.skills, skillLevel: full.skill_level,
          socialInsurance: full.social_insurance, policiesEnjoyed: full.policies_enjoyed,
        },
      }),
    );
    const row = auditRows(`entity = 'person' AND entity_key = '${ownPerson}' AND action = 'update'`).at(-1);
    expect(row?.username).toBe('local-admin');
    expect(JSON.parse(row?.after ?? '{}')).toMatchObject({ phone: '13900001111' });
    expect(JSON.parse(row?.before ?? '{}')).toMatchObject({ phone: full.phone });
    const revealed = await ok<{ value: string }>(runtime.call('persons.reveal', { personId: ownPerson, field: 'phone' }));
    expect(revealed.value).toBe('13900001111');
    const reveal = auditRows("action = 'reveal'").at(-1);
    expect(reveal?.after).not.toContain('13900001111');
    // The person's history and the 审计日志 show numbers masked.
    const history = await ok<{ action: string; after: { phone?: string } }[]>(runtime.call('audit.ofPerson', { personId: ownPerson }));
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['update', 'reveal']));
    expect(history.find((h) => h.action === 'update')?.after.phone).toBe('139****1111');
    const page = await ok<{ rows: { username: string }[] }>(runtime.call('audit.list', { username: 'li', action: 'refused', from: todayIso(), to: todayIso(), limit: 10 }));
    expect(page.rows.length).toBeGreaterThan(0);
    expect(new Set(page.rows.map((r) => r.username))).toEqual(new Set(['li']));
    expect((await ok<{ rows: unknown[] }>(runtime.call('audit.list', { from: addDays(todayIso(), 1), limit: 10 }))).rows).toEqual([]);
  });

  it('settings and users: each change audited with before and after; a reset forces a new password at the next sign-in', async () => {
    await ok(runtime.call('adminSettings.set', { autoLockMinutes: 5, backupKeep: 7 }));
    const setting = auditRows("entity = 'settings' AND entity_key = 'admin'").at(-1);
    expect(JSON.parse(setting?.before ?? '{}')).toEqual({ autoLockMinutes: 15, backupKeep: 10 });
    expect(JSON.parse(setting?.after ?? '{}')).toEqual({ autoLockMinutes: 5, backupKeep: 7 });
    const bad = await runtime.call('adminSettings.set', { autoLockMinutes: 0, backupKeep: 7 });
    expect(bad.ok ? '' : bad.error.message).toContain('自动锁定时间至少 1 分钟');
    const users = await ok<{ id: number; username: string }[]>(runtime.call('users.list', {}));
    const li = users.find((u) => u.username === 'li');
    await ok(runtime.call('users.resetPassword', { id: li?.id, password: 'temporary-pass-1' }));
    expect(auditRows("entity = 'user' AND entity_key = 'li' AND action = 'password'").at(-1)?.after).not.toContain('temporary');
    await ok(runtime.doorCall('reset', 'auth.signIn', { username: 'li', password: 'temporary-pass-1' }));
    const blocked = await runtime.doorCall('reset', 'persons.get', { id: ownPerson });
    expect(blocked.ok ? '' : blocked.error.message).toContain('请先设置新密码');
    await ok(runtime.doorCall('reset', 'auth.changePassword', { current: 'temporary-pass-1', next: 'my-own-password-1' }));
    expect((await runtime.doorCall('reset', 'persons.get', { id: ownPerson })).ok).toBe(true);
    const boss = await ok<{ id: number }>(runtime.call('users.create', { username: 'boss', displayName: '街道管理员', role: 'admin', communityId: null, password: 'boss-password-1' }));
    const demoted = await runtime.call('users.update', { id: boss.id, displayName: '街道管理员', role: 'inspector', communityId: null, active: true });
    expect(demoted.ok ? '' : demoted.error.message).toContain('唯一的街道管理员');
  });

  it('cannot be edited or deleted, not even with SQL through the app’s connection', () => {
    expect(() => runtime.db.sqlite.prepare("UPDATE audit_events SET username = 'x'").run()).toThrow(/审计日志不能修改/);
    expect(() => runtime.db.sqlite.prepare('DELETE FROM audit_events').run()).toThrow(/审计日志不能删除/);
  });

  it('SQL-looking and script-looking text is stored and shown as text', async () => {
    const nasty = ["'); DROP TABLE persons; --", '<script>alert(1)</script>'];
    for (const [i, name] of nasty.entries()) {
      await ok(runtime.call('communities.create', { code: `32110200109${i}`, name, kind: 'community', contact: `<img src=x onerror=alert(1)> ${name}` }));
    }
    const names = (await ok<{ name: string; contact: string | null }[]>(runtime.call('communities.list', {}))).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(nasty));
    expect(Number(runtime.db.sqlite.prepare('SELECT COUNT(*) FROM persons').pluck().get())).toBeGreaterThan(0);
    const rows = await ok<{ rows: { after: { name?: string } }[] }>(runtime.call('audit.list', { entity: 'community', action: 'create', limit: 5 }));
    expect(rows.rows.map((r) => r.after.name)).toEqual(expect.arrayContaining(nasty));
  });
});
