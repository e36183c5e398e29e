import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Employer, EmployerSummary, Vacancy, VacancyReferral } from '../../../shared/contract/employers';
import { dbFingerprint } from '../support/db-fingerprint';
import { addCommunity, addHousehold, addPerson, auditCount, historyRuntime, ok, refused } from './history-fixture';
import type { Runtime } from './history-fixture';

let runtime: Runtime;
let jinshan: number;
let yinshan: number;

beforeEach(async () => {
  runtime = await historyRuntime();
  jinshan = addCommunity(runtime, '金山社区');
  yinshan = addCommunity(runtime, '银山社区');
});
afterEach(() => runtime.dispose());

const vacancyInput = (employerId: number, over: Record<string, unknown> = {}) => ({
  employerId, communityId: jinshan, title: '保洁员', posts: 2, skills: '家政、清洁', wage: 2600, openedOn: '2025-05-01', publicWelfare: false, developedByCommunity: true, ...over,
});

function lastAudit(entity: string): { before: unknown; after: unknown; username: string } {
  const row = runtime.db.sqlite
    .prepare('SELECT before AS b, after AS a, username FROM audit_events WHERE entity = ? ORDER BY id DESC LIMIT 1')
    .get(entity) as { b: string | null; a: string | null; username: string };
  return { before: row.b && JSON.parse(row.b), after: row.a && JSON.parse(row.a), username: row.username };
}

describe('employers.list and employers.get', () => {
  it('shows the 结对 community and counts open vacancies and posts; filters by words, community and open vacancies', async () => {
    const a = await ok<Employer>(runtime, 'employers.create', { name: '金山物业', contact: '王经理 13800000000', pairedCommunityId: jinshan, pairedOn: '2025-01-01' });
    const b = await ok<Employer>(runtime, 'employers.create', { name: '银山超市', pairedCommunityId: yinshan });
    await ok<Employer>(runtime, 'employers.create', { name: '东风机械' });
    await ok(runtime, 'vacancies.create', vacancyInput(a.id, { posts: 3 }));
    await ok(runtime, 'vacancies.create', vacancyInput(a.id, { title: '保安', posts: 2 }));
    const filled = await ok<Vacancy>(runtime, 'vacancies.create', vacancyInput(a.id, { title: '绿化工', posts: 5 }));
    await ok(runtime, 'vacancies.fill', { id: filled.id, version: 0, filledOn: '2025-06-01' });

    const before = dbFingerprint(runtime);
    const all = await ok<EmployerSummary[]>(runtime, 'employers.list', {});
    expect(dbFingerprint(runtime)).toBe(before);
    expect(all.map((e) => e.name).sort()).toEqual(['东风机械', '金山物业', '银山超市'].sort());
    expect(all.find((e) => e.id === a.id)).toEqual({
      id: a.id, name: '金山物业', contact: '王经理 13800000000', pairedCommunityId: jinshan, pairedCommunityName: '金山社区',
      pairedOn: '2025-01-01', version: 0, openVacancies: 2, openPosts: 5, totalVacancies: 3,
    });
    expect(all.find((e) => e.id === b.id)).toMatchObject({ pairedCommunityName: '银山社区', pairedOn: null, openVacancies: 0, openPosts: 0, totalVacancies: 0 });
    expect(all.find((e) => e.name === '东风机械')).toMatchObject({ pairedCommunityId: null, pairedCommunityName: null });

    const names = async (input: Record<string, unknown>) => (await ok<EmployerSummary[]>(runtime, 'employers.list', input)).map((e) => e.name);
    expect(await names({ pairedCommunityId: yinshan })).toEqual(['银山超市']);
    expect(await names({ withOpenVacancies: true })).toEqual(['金山物业']);
    expect(await names({ query: '超市' })).toEqual(['银山超市']);
    expect(await names({ query: '13800000000' })).toEqual(['金山物业']);
    expect(await names({ query: '  ' })).toHaveLength(3);
    expect(await names({ limit: 1 })).toHaveLength(1);

    const one = await ok<EmployerSummary>(runtime, 'employers.get', { id: a.id });
    expect(one).toMatchObject({ name: '金山物业', openVacancies: 2, totalVacancies: 3 });
    await refused(runtime, 'employers.get', { id: 999 }, 'NOT_FOUND', 'id');
    await refused(runtime, 'employers.list', { query: '字'.repeat(41) }, 'INVALID_INPUT', 'query');
    await refused(runtime, 'employers.list', { pairedCommunityId: 0 }, 'INVALID_INPUT', 'pairedCommunityId');
  });
});

describe('employers.update', () => {
  it('changes name, contact and 结对 at once, versioned and audited', async () => {
    const e = await ok<Employer>(runtime, 'employers.create', { name: '金山物业', pairedCommunityId: jinshan, pairedOn: '2025-01-01' });
    const changed = await ok<Employer>(runtime, 'employers.update', {
      id: e.id, version: 0, name: '金山物业管理有限公司', contact: '李 0511-1234567', pairedCommunityId: yinshan, pairedOn: '2025-06-01',
    });
    expect(changed).toEqual({ id: e.id, name: '金山物业管理有限公司', contact: '李 0511-1234567', pairedCommunityId: yinshan, pairedOn: '2025-06-01', version: 1 });
    const audit = lastAudit('employer');
    expect(audit.before).toMatchObject({ name: '金山物业', pairedCommunityId: jinshan, version: 0 });
    expect(audit.after).toMatchObject({ name: '金山物业管理有限公司', pairedCommunityId: yinshan, version: 1 });
    const unpaired = await ok<Employer>(runtime, 'employers.update', { id: e.id, version: 1, name: '金山物业管理有限公司', contact: null, pairedCommunityId: null, pairedOn: null });
    expect(unpaired).toMatchObject({ pairedCommunityId: null, pairedOn: null, contact: null, version: 2 });
    // Keeping its own name is not a clash.
    await ok(runtime, 'employers.update', { id: e.id, version: 2, name: '金山物业管理有限公司', contact: null, pairedCommunityId: jinshan, pairedOn: null });
    expect(auditCount(runtime, 'employer')).toBe(4);
  });

  it('refuses a stale version, a taken name, a bad 结对 and an unknown employer, writing nothing', async () => {
    const e = await ok<Employer>(runtime, 'employers.create', { name: '金山物业' });
    await ok<Employer>(runtime, 'employers.create', { name: '银山超市' });
    const fields = { id: e.id, version: 0, name: '金山物业', contact: null, pairedCommunityId: jinshan, pairedOn: '2025-01-01' };
    await ok(runtime, 'employers.update', fields);
    const stale = await refused(runtime, 'employers.update', { ...fields, contact: '另一位经办人的修改' }, 'CONFLICT');
    expect(stale.message).toContain('已被他人修改');
    const current = { ...fields, version: 1 };
    await refused(runtime, 'employers.update', { ...current, name: '银山超市' }, 'CONFLICT', 'name');
    await refused(runtime, 'employers.update', { ...current, name: ' ' }, 'INVALID_INPUT', 'name');
    await refused(runtime, 'employers.update', { ...current, pairedCommunityId: 999 }, 'INVALID_INPUT', 'pairedCommunityId');
    await refused(runtime, 'employers.update', { ...current, pairedCommunityId: null }, 'INVALID_INPUT', 'pairedOn');
    await refused(runtime, 'employers.update', { ...current, pairedOn: '2025-07-01' }, 'INVALID_INPUT', 'pairedOn');
    await refused(runtime, 'employers.update', { ...current, pairedOn: '2025-02-30' }, 'INVALID_INPUT', 'pairedOn');
    await refused(runtime, 'employers.update', { ...current, id: 999 }, 'NOT_FOUND', 'id');
    await refused(runtime, 'employers.update', { id: e.id, version: 1, name: '金山物业' }, 'INVALID_INPUT');
  });
});

describe('vacancies.update and vacancies.get', () => {
  it('changes a vacancy (not its employer or 招满日期), versioned and audited', async () => {
    const e = await ok<Employer>(runtime, 'employers.create', { name: '金山物业' });
    const v = await ok<Vacancy>(runtime, 'vacancies.create', vacancyInput(e.id));
    const fields = {
      id: v.id, version: 0, communityId: yinshan, title: '保洁主管', posts: 1, skills: '管理', wage: null, openedOn: '2025-04-01', publicWelfare: true, developedByCommunity: false,
    };
    const changed = await ok<Vacancy>(runtime, 'vacancies.update', fields);
    expect(changed).toEqual({
      id: v.id, employerId: e.id, employerName: '金山物业', communityId: yinshan, title: '保洁主管', posts: 1, skills: '管理', wage: null,
      openedOn: '2025-04-01', filledOn: null, publicWelfare: true, developedByCommunity: false, version: 1,
    });
    expect(await ok<Vacancy>(runtime, 'vacancies.get', { id: v.id })).toEqual(changed);
    expect(lastAudit('vacancy').before).toMatchObject({ title: '保洁员', version: 0 });
    await ok(runtime, 'vacancies.fill', { id: v.id, version: 1, filledOn: '2025-05-01' });
    const afterFill = await ok<Vacancy>(runtime, 'vacancies.update', { ...fields, version: 2, openedOn: '2025-05-01', posts: 2 });
    expect(afterFill).toMatchObject({ filledOn: '2025-05-01', openedOn: '2025-05-01', posts: 2, version: 3 });
    expect(auditCount(runtime, 'vacancy')).toBe(4);
  });

  it('refuses a stale version, bad fields and an opening after the filling, writing nothing', async () => {
    const e = await ok<Employer>(runtime, 'employers.create', { name: '金山物业' });
    const v = await ok<Vacancy>(runtime, 'vacancies.create', vacancyInput(e.id));
    const fields = {
      id: v.id, version: 0, communityId: jinshan, title: '保洁员', posts: 2, skills: null, wage: 2600, openedOn: '2025-05-01', publicWelfare: false, developedByCommunity: true,
    };
    await refused(runtime, 'vacancies.update', { ...fields, version: 1 }, 'CONFLICT');
    await refused(runtime, 'vacancies.update', { ...fields, posts: 0 }, 'INVALID_INPUT', 'posts');
    await refused(runtime, 'vacancies.update', { ...fields, wage: -1 }, 'INVALID_INPUT', 'wage');
    await refused(runtime, 'vacancies.update', { ...fields, title: '' }, 'INVALID_INPUT', 'title');
    await refused(runtime, 'vacancies.update', { ...fields, communityId: 999 }, 'INVALID_INPUT', 'communityId');
    await refused(runtime, 'vacancies.update', { ...fields, openedOn: '2025-07-01' }, 'INVALID_INPUT', 'openedOn');
    await refused(runtime, 'vacancies.update', { ...fields, employerId: e.id }, 'INVALID_INPUT');
    await refused(runtime, 'vacancies.update', { ...fields, id: 999 }, 'NOT_FOUND', 'id');
    await ok(runtime, 'vacancies.fill', { id: v.id, version: 0, filledOn: '2025-05-10' });
    await refused(runtime, 'vacancies.update', { ...fields, version: 1, openedOn: '2025-05-11' }, 'INVALID_INPUT', 'openedOn');
    await refused(runtime, 'vacancies.get', { id: 999 }, 'NOT_FOUND', 'id');
  });
});

describe('vacancies.referrals', () => {
  it('lists the referrals to a vacancy, newest first, ID numbers masked', async () => {
    const e = await ok<Employer>(runtime, 'employers.create', { name: '金山物业' });
    const v = await ok<Vacancy>(runtime, 'vacancies.create', vacancyInput(e.id));
    const other = await ok<Vacancy>(runtime, 'vacancies.create', vacancyInput(e.id, { title: '保安' }));
    const household = addHousehold(runtime, jinshan);
    const zhang = addPerson(runtime, { householdId: household, name: '张三' });
    const li = addPerson(runtime, { householdId: household, name: '李四' });
    const refer = (personId: number, vacancyId: number, date: string, referralResult: string) =>
      ok(runtime, 'services.record', { kind: 'referral', subject: { personId }, date, clerk: '王芳', vacancyId, referralResult });
    await refer(zhang, v.id, '2025-06-01', 'pending');
    await refer(li, v.id, '2025-06-10', 'refused');
    await refer(li, other.id, '2025-06-11', 'pending');

    const before = dbFingerprint(runtime);
    const list = await ok<VacancyReferral[]>(runtime, 'vacancies.referrals', { vacancyId: v.id });
    expect(dbFingerprint(runtime)).toBe(before);
    expect(list.map((r) => [r.name, r.date, r.referralResult, r.clerk, r.communityName])).toEqual([
      ['李四', '2025-06-10', 'refused', '王芳', '金山社区'],
      ['张三', '2025-06-01', 'pending', '王芳', '金山社区'],
    ]);
    for (const r of list) expect(r.idNumberMasked).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    await refused(runtime, 'vacancies.referrals', { vacancyId: 999 }, 'NOT_FOUND', 'vacancyId');
  });
});
