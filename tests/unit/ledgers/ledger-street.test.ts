/**
 * Each ledger on a crafted street (written through the API, as the app writes it): who is in, who is out, on which
 * date, with the community of the date (未分配 for a person gone by then), and the CLI's JSON shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerPage } from '../../../shared/contract/ledgers';
import type { PersonDetail } from '../../../shared/contract/registry';
import type { Recognition } from '../../../shared/contract/recognitions';
import { makeIdNumber } from '../../../shared/domain/id-number';
import type { LedgerKind } from '../../../shared/domain/ledgers/kinds';
import { ledgerDocument } from '../../../electron/cli/commands/ledger-command';
import { community, household, ok, register, spell, streetRuntime, wish } from '../worklist/street-fixture';
import type { Runtime } from '../worklist/street-fixture';

let runtime: Runtime;
let north: number;
let south: number;
let seq = 0;
const ids = new Map<string, string>();

interface Seed {
  birthDate: string;
  gender?: 'M' | 'F';
  relation?: 'head' | 'spouse' | 'child';
  isStudent?: boolean;
  veteran?: boolean;
  migrantWorker?: boolean;
  graduationYear?: number;
  phone?: string;
}

async function person(householdId: number, name: string, seed: Seed): Promise<PersonDetail> {
  seq += 1;
  const gender = seed.gender ?? 'M';
  const idNumber = makeIdNumber('321102', seed.birthDate, (seq * 2 + (gender === 'M' ? 1 : 0)) % 1000);
  ids.set(name, idNumber);
  return ok<PersonDetail>(runtime, 'persons.create', {
    householdId,
    idNumber,
    name,
    relation: seed.relation ?? 'head',
    workAbility: 'full',
    isStudent: seed.isStudent ?? false,
    isRetired: false,
    migrantWorker: seed.migrantWorker ?? false,
    veteran: seed.veteran ?? false,
    ...(seed.graduationYear === undefined ? {} : { graduationYear: seed.graduationYear }),
    ...(seed.phone === undefined ? {} : { phone: seed.phone }),
  });
}

async function ledger(kind: LedgerKind, asOf: string, communityId: number | null = null, extra: Record<string, unknown> = {}): Promise<LedgerPage> {
  return ok<LedgerPage>(runtime, 'ledgers.page', { kind, asOf, communityId, offset: 0, limit: 1000, idNumbers: 'full', ...extra });
}

const names = (page: LedgerPage) => page.rows.map((r) => String(r.values.name));
const row = (page: LedgerPage, name: string) => page.rows.find((r) => r.values.name === name);

beforeAll(async () => {
  runtime = await streetRuntime('2026-11-20');
  north = await community(runtime, '北社区');
  south = await community(runtime, '南社区');

  // 北社区, household A (urban): 甲 unemployed (wish, no spell, registered); 乙 employed; 丙 a student.
  const a = await household(runtime, north);
  const jia = await person(a, '甲', { birthDate: '1980-03-03', gender: 'F', phone: '13800000001' });
  await wish(runtime, jia.id, '2026-01-05', { wishedJob: '保洁' });
  await register(runtime, jia.id, '2026-02-01');
  const yi = await person(a, '乙', { birthDate: '1978-04-04', relation: 'spouse' });
  await wish(runtime, yi.id, '2026-01-05');
  await spell(runtime, yi.id, '2025-01-01', null);
  await person(a, '丙', { birthDate: '2008-05-05', relation: 'child', isStudent: true });

  // 北社区, household B: 丁 employed until 2026-06-29 (unemployed from the 30th); 戊 turns 16 on 2026-07-01.
  const b = await household(runtime, north);
  const ding = await person(b, '丁', { birthDate: '1990-01-01', veteran: true });
  await wish(runtime, ding.id, '2026-01-05');
  await spell(runtime, ding.id, '2024-01-01', '2026-06-29');
  const wu = await person(b, '戊', { birthDate: '2010-07-01', relation: 'child' });
  await wish(runtime, wu.id, '2026-01-05');

  // 南社区, household C (低保): 己 migrant, employed; 庚 no wish; 辛 graduate registered until cancelled on 2026-06-30.
  const c = await household(runtime, south, { dibao: true });
  const ji = await person(c, '己', { birthDate: '1985-06-06', migrantWorker: true });
  await wish(runtime, ji.id, '2026-01-05');
  await spell(runtime, ji.id, '2026-01-01', null);
  const geng = await person(c, '庚', { birthDate: '1986-07-07', gender: 'F', relation: 'spouse' });
  await wish(runtime, geng.id, '2026-01-05', { hasWish: false, noWishReason: '料理家务' });
  const xin = await person(c, '辛', { birthDate: '2002-08-08', relation: 'child', graduationYear: 2024 });
  await wish(runtime, xin.id, '2026-01-05');
  const reg = await register(runtime, xin.id, '2026-03-01');
  await ok(runtime, 'registrations.cancel', { id: reg.id, cancelledOn: '2026-06-30', cancelReason: '就业' });
  await spell(runtime, xin.id, '2026-06-30', null);

  // 南社区, household D: a double-unemployed couple (壬 and 癸, both wishing, neither employed).
  const d = await household(runtime, south);
  const ren = await person(d, '壬', { birthDate: '1975-09-09' });
  await wish(runtime, ren.id, '2026-01-05');
  const gui = await person(d, '癸', { birthDate: '1976-10-10', gender: 'F', relation: 'spouse' });
  await wish(runtime, gui.id, '2026-01-05');

  // Records of the period: 甲's training on the first and last day and just outside; 丁 guidance and a referral;
  // 己 a benefit; a follow-up (in no record ledger).
  for (const date of ['2025-12-31', '2026-01-01', '2026-06-30', '2026-07-01']) {
    await ok(runtime, 'services.record', { subject: { personId: jia.id }, date, kind: 'training', clerk: '李经办', course: `课程${date}`, hours: 8 });
  }
  await ok(runtime, 'services.record', { subject: { personId: ding.id }, date: '2026-03-03', kind: 'guidance', clerk: '李经办' });
  await ok(runtime, 'services.record', { subject: { personId: ding.id }, date: '2026-03-04', kind: 'referral', clerk: '李经办', referralResult: 'pending' });
  await ok(runtime, 'services.record', { subject: { personId: ding.id }, date: '2026-03-05', kind: 'follow_up', clerk: '李经办' });
  await ok(runtime, 'services.record', {
    subject: { personId: ji.id },
    date: '2026-04-01',
    kind: 'policy_benefit',
    clerk: '李经办',
    benefitType: '社保补贴',
    amount: 1200.5,
    benefitPeriod: '2026年',
    approvalNumber: '=HYPERLINK("x")',
  });

  // 甲 is recognised a difficult person on 2026-03-01, exits on 2026-09-01.
  const applied = await ok<Recognition>(runtime, 'recognitions.apply', {
    personId: jia.id,
    category: '4050',
    appliedOn: '2026-02-20',
    especiallyDifficult: false,
    fiveClear: { skills: { clear: true }, jobWish: { clear: true }, family: { clear: true }, employment: { clear: true }, policies: { clear: true } },
  });
  const recognised = await ok<Recognition>(runtime, 'recognitions.review', { id: applied.id, version: applied.version, decision: 'recognised', reviewedOn: '2026-03-01', reviewer: '张科长' });
  await ok(runtime, 'recognitions.exit', { id: recognised.id, version: recognised.version, exitedOn: '2026-09-01', exitReason: '已就业' });

  // A vacancy of 北社区 filled on 2026-01-01 (in the period), one filled in 2025 (out), one opened after D (out).
  const employer = await ok<{ id: number }>(runtime, 'employers.create', { name: '金山物业', pairedCommunityId: north, pairedOn: '2025-01-01' });
  for (const [title, openedOn, filledOn] of [
    ['保洁员', '2025-05-01', '2026-01-01'],
    ['门卫', '2025-05-01', '2025-12-31'],
    ['绿化工', '2026-07-01', null],
    ['=SUM(A1)', '2026-02-01', null],
  ] as const) {
    const vacancy = await ok<{ id: number; version: number }>(runtime, 'vacancies.create', {
      employerId: employer.id,
      communityId: north,
      title,
      posts: 2,
      openedOn,
      publicWelfare: false,
      developedByCommunity: true,
    });
    if (filledOn) await ok(runtime, 'vacancies.fill', { id: vacancy.id, version: vacancy.version, filledOn });
  }

  // 丁 moves out of the street on 2026-10-01 (迁出): on 2026-11-20 his records are 未分配.
  const dingNow = await ok<PersonDetail>(runtime, 'persons.get', { id: ding.id });
  await ok(runtime, 'persons.archive', { id: ding.id, version: dingNow.version, date: '2026-10-01', reason: '迁往外省' });
});

afterAll(() => runtime?.dispose());

describe('person ledgers on a crafted street', () => {
  it('劳动力资源 on 2026-06-30: the working-age, able, non-student persons with their state; the 16th birthday counts from that day', async () => {
    const before = await ledger('labour-resources', '2026-06-30');
    expect(names(before).sort()).toEqual(['丁', '乙', '壬', '己', '庚', '甲', '癸', '辛'].sort());
    expect(row(before, '乙')?.values.state).toBe('已就业');
    expect(row(before, '丁')?.values.state).toBe('未就业');
    expect(row(before, '庚')?.values.state).toBe('无就业愿望');
    expect(row(before, '甲')?.values.community).toBe('北社区');
    expect(row(before, '甲')?.values.idNumber).toBe(ids.get('甲'));
    const after = await ledger('labour-resources', '2026-07-01');
    expect(names(after)).toContain('戊');
  });

  it('下岗失业人员: in U on D, registered or not; 失业时间 the day after the last spell', async () => {
    const page = await ledger('unemployed', '2026-06-30');
    expect(names(page).sort()).toEqual(['丁', '壬', '甲', '癸'].sort());
    expect(row(page, '甲')?.values.registeredOn).toBe('2026-02-01');
    expect(row(page, '甲')?.values.reason).toBe('失业');
    expect(row(page, '甲')?.values.wish).toBe('有：保洁');
    expect(row(page, '丁')?.values.unemployedSince).toBe('2026-06-30');
    expect(row(page, '壬')?.values.registeredOn).toBeNull();
    // The last day of 丁's spell he is still employed; 辛 starts work on the 30th.
    expect(names(await ledger('unemployed', '2026-06-29'))).not.toContain('丁');
    expect(names(await ledger('unemployed', '2026-06-29'))).toContain('辛');
  });

  it('one community only; an unknown community is an error', async () => {
    const page = await ledger('unemployed', '2026-06-30', south);
    expect(names(page).sort()).toEqual(['壬', '癸']);
    expect(page.scope.name).toBe('南社区');
    const missing = await runtime.call('ledgers.page', { kind: 'unemployed', asOf: '2026-06-30', communityId: 999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(missing.ok ? '' : missing.error.message).toContain('不在本街道');
    const badKind = await runtime.call('ledgers.page', { kind: 'nope', asOf: '2026-06-30', communityId: null });
    expect(badKind.ok ? '' : badKind.error.message).toContain('台账类别');
  });

  it('登记失业高校毕业生: an open registration on D — the cancellation day is out', async () => {
    expect(names(await ledger('graduates', '2026-06-29'))).toEqual(['辛']);
    expect(names(await ledger('graduates', '2026-06-30'))).toEqual([]);
    expect(names(await ledger('graduates', '2026-02-28'))).toEqual([]);
  });

  it('复转军人 and 农民工 in LF on D, with the state and whether served in the period', async () => {
    expect(names(await ledger('veterans', '2026-06-30'))).toEqual(['丁']);
    const migrants = await ledger('migrant-workers', '2026-06-30');
    expect(names(migrants)).toEqual(['己']);
    expect(row(migrants, '己')?.values.servedInPeriod).toBe('是');
    expect(row(migrants, '己')?.values.state).toBe('已就业');
    expect(row(await ledger('migrant-workers', '2026-03-31'), '己')?.values.servedInPeriod).toBe('否');
  });

  it('就业困难群体: every member of a zero-employment family, the 低保 household’s LF members, the 4050 unemployed', async () => {
    const page = await ledger('difficult-groups', '2026-06-30');
    const bySection = (section: string) => page.rows.filter((r) => r.section === section).map((r) => String(r.values.name)).sort();
    // Household B from the day 丁's spell is over (戊, not yet 16, is listed as a member); the couple's household D.
    expect(bySection('zero-employment')).toEqual(['丁', '壬', '戊', '癸'].sort());
    expect(row(page, '戊')?.values.state).toBe('非劳动力');
    expect(row(page, '丁')?.values.appeared).toBe('2026-06-30');
    const before = await ledger('difficult-groups', '2026-06-29');
    expect(before.rows.filter((r) => r.section === 'zero-employment').map((r) => String(r.values.name)).sort()).toEqual(['壬', '癸'].sort());
    expect(bySection('dibao')).toEqual(['庚', '己', '辛'].sort());
    // Women from 40, men from 50: 甲 (46, F), 壬 (51, M), 癸 (49, F); 丁 (36) is not.
    expect(bySection('age-4050')).toEqual(['壬', '甲', '癸'].sort());
    expect(page.sections.map((s) => [s.key, s.count])).toEqual([
      ['zero-employment', bySection('zero-employment').length],
      ['dibao', 3],
      ['age-4050', 3],
    ]);
  });

  it('双下岗双失业家庭: the couple both unemployed on D', async () => {
    const page = await ledger('double-unemployed-families', '2026-06-30');
    expect(page.rows.map((r) => [r.values.headName, r.values.spouseName])).toEqual([['壬', '癸']]);
    expect(page.rows[0]?.values.headIdNumber).toBe(ids.get('壬'));
    expect(page.rows[0]?.values.memberCount).toBe(2);
  });

  it('就业困难人员花名册: recognised on D and not exited by D', async () => {
    expect(names(await ledger('difficult-persons', '2026-02-28'))).toEqual([]);
    const page = await ledger('difficult-persons', '2026-03-01');
    expect(names(page)).toEqual(['甲']);
    expect(row(page, '甲')?.values.category).toBe('4050 人员');
    expect(names(await ledger('difficult-persons', '2026-08-31'))).toEqual(['甲']);
    expect(names(await ledger('difficult-persons', '2026-09-01'))).toEqual([]);
  });
});

describe('record ledgers on a crafted street', () => {
  it('培训: records of 1 January … D, one row each', async () => {
    const page = await ledger('training', '2026-06-30');
    expect(page.rows.map((r) => r.values.date)).toEqual(['2026-01-01', '2026-06-30']);
    expect(page.totals.hours).toBe(16);
    expect((await ledger('training', '2026-12-31')).total).toBe(3);
  });

  it('就业服务: guidance and referrals (not follow-ups), the referral’s result; 政策落实: benefits', async () => {
    const services = await ledger('services', '2026-06-30');
    expect(services.rows.map((r) => [r.values.serviceKind, r.values.referralResult])).toEqual([
      ['职业指导', null],
      ['职业介绍', '待定'],
    ]);
    const policies = await ledger('policies', '2026-06-30');
    expect(policies.rows.map((r) => [r.values.name, r.values.amount])).toEqual([['己', 1200.5]]);
    expect(policies.totals.amount).toBe(1200.5);
  });

  it('a person who left the street by D is listed under 未分配', async () => {
    const page = await ledger('services', '2026-11-20');
    expect(page.rows.map((r) => r.communityName)).toEqual(['未分配', '未分配']);
    expect(page.communities).toEqual([{ communityId: null, name: '未分配', count: 2 }]);
    expect((await ledger('services', '2026-09-30')).rows.map((r) => r.communityName)).toEqual(['北社区', '北社区']);
  });

  it('岗位开发: open on some day of the period; filled after D shows as still open', async () => {
    const page = await ledger('vacancies', '2026-06-30');
    expect(page.rows.map((r) => [r.values.title, r.values.status, r.values.filledOn])).toEqual([
      ['保洁员', '已招满', '2026-01-01'],
      ['=SUM(A1)', '招聘中', null],
    ]);
    expect(page.totals.posts).toBe(4);
  });
});

describe('screen lists and the CLI document', () => {
  it('masks 身份证号码 on screen; the CLI JSON has every column in order and full numbers', async () => {
    const masked = await ok<LedgerPage>(runtime, 'ledgers.page', { kind: 'unemployed', asOf: '2026-06-30', communityId: null });
    for (const r of masked.rows) expect(String(r.values.idNumber)).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    const full = await ledger('unemployed', '2026-06-30');
    const doc = ledgerDocument(full) as { kind: string; title: string; asOf: string; columns: { key: string; label: string }[]; rows: Record<string, unknown>[]; total: number };
    expect(Object.keys(doc)).toEqual(['kind', 'title', 'asOf', 'columns', 'rows', 'total']);
    expect(doc.columns[0]).toEqual({ key: 'seq', label: '序号' });
    expect(Object.keys(doc.rows[0] ?? {})).toEqual(doc.columns.map((c) => c.key));
    expect(doc.rows.map((r) => r.idNumber)).toContain(ids.get('甲'));
    expect(doc.total).toBe(4);
  });

  it('filters and sort: by a column’s value, by text, by a column', async () => {
    const women = await ledger('unemployed', '2026-06-30', null, { filters: { gender: '女' } });
    expect(names(women).sort()).toEqual(['甲', '癸'].sort());
    expect(women.ledgerTotal).toBe(4);
    expect(names(await ledger('unemployed', '2026-06-30', null, { query: '保洁' }))).toEqual(['甲']);
    const sorted = await ledger('unemployed', '2026-06-30', null, { sort: { key: 'birthMonth', descending: true } });
    expect(names(sorted)).toEqual(['丁', '甲', '癸', '壬']);
    const bad = await runtime.call('ledgers.page', { kind: 'unemployed', asOf: '2026-06-30', communityId: null, filters: { name: '甲' } });
    expect(bad.ok).toBe(false);
  });

  it('the office’s column layout is saved (and audited) and applied', async () => {
    await ok(runtime, 'ledgers.saveLayout', { kind: 'unemployed', order: ['phone', 'name'], hidden: ['address'] });
    const page = await ledger('unemployed', '2026-06-30');
    expect(page.columns.slice(0, 3).map((c) => c.key)).toEqual(['seq', 'phone', 'name']);
    expect(page.columns.find((c) => c.key === 'address')?.hidden).toBe(true);
    const audit = runtime.db.sqlite.prepare("SELECT COUNT(*) FROM audit_events WHERE entity = 'ledger-layout'").pluck().get();
    expect(audit).toBe(1);
    await ok(runtime, 'ledgers.saveLayout', { kind: 'unemployed', order: [], hidden: [] });
    expect((await ledger('unemployed', '2026-06-30')).columns.every((c) => !c.hidden)).toBe(true);
  });

  it('revealing full numbers is audited', () => {
    const reveals = runtime.db.sqlite.prepare("SELECT COUNT(*) FROM audit_events WHERE action = 'reveal' AND entity = 'ledger'").pluck().get() as number;
    expect(reveals).toBeGreaterThan(0);
  });
});
