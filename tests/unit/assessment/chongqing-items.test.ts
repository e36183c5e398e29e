/** chongqing-2007, item by item at its boundaries, on small crafted streets (DOMAIN.md §3–§4). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWorkingCalendar } from '../../../electron/services/calendar/load-calendar';
import { itemOf, kitRuntime, StreetKit, unitOf } from './street-kit';
import type { KitRuntime } from './street-kit';

const STD = 'chongqing-2007';
let runtime: KitRuntime;
let kit: StreetKit;
beforeEach(async () => {
  runtime = await kitRuntime('2025-12-31');
  kit = new StreetKit(runtime);
});
afterEach(() => runtime.dispose());

/** `employed` persons with a wish and an open spell, each in a household of their own. */
function employedPersons(communityId: number, employed: number): void {
  for (let i = 0; i < employed; i += 1) {
    const p = kit.single(communityId);
    kit.employ(p, '2020-01-01');
  }
}

describe('employment-rate: |E∩LFW| / |LFW| ≥ 95%', () => {
  it('exactly 95% (19 of 20) passes; 18 of 20 fails with the gap and the unemployed listed', async () => {
    const a = kit.community('甲社区');
    employedPersons(a, 18);
    const hA = kit.household(a);
    kit.employ(kit.person(hA), '2020-01-01');
    kit.person(hA, { relation: 'spouse', name: '待业甲' });
    const b = kit.community('乙社区');
    employedPersons(b, 17);
    const hB = kit.household(b);
    kit.employ(kit.person(hB), '2020-01-01');
    kit.person(hB, { relation: 'spouse', name: '待业乙' });
    kit.person(hB, { relation: 'child', name: '待业丙', birthDate: '2000-02-02' });

    const run = await kit.assess(STD, '2025-06-30');
    const ia = itemOf(unitOf(run, a), 'employment-rate');
    expect(ia).toMatchObject({ verdict: 'pass', value: 0.95, numerator: 19, denominator: 20, gap: null, threshold: 0.95, unit: 'ratio' });
    expect(ia.failing.map((s) => s.name)).toEqual(['待业甲']);
    const ib = itemOf(unitOf(run, b), 'employment-rate');
    expect(ib).toMatchObject({ verdict: 'fail', value: 0.9, numerator: 18, denominator: 20, gap: { count: 1, text: '还需 1 人实现就业' } });
    expect(ib.failing.map((s) => s.name).sort()).toEqual(['待业丙', '待业乙']);
    expect(ib.failing[0]).toMatchObject({ kind: 'person', key: expect.stringMatching(/^\d{17}[\dX]$/), personId: expect.any(Number), householdId: hB });
    expect(unitOf(run, b).reasons.join('\n')).toContain('第 1 项（就业率）不达标：90%（18/20），要求不低于 95%；还需 1 人实现就业');
    // The street adds the communities up, and lists the persons under each community only.
    const street = itemOf(run.street, 'employment-rate');
    expect(street).toMatchObject({ numerator: 37, denominator: 40, failingCount: 3, subjectsListedPerCommunity: true, failing: [] });
  });

  it.each([
    { who: 'a 50-base woman past 50 (born 1972-03)', o: { gender: 'F' as const, birthDate: '1972-03-10', retirementBase: 50 as const }, counted: false },
    { who: 'a 55-base woman born 1972-03 (retires at 55y7m under the reform)', o: { gender: 'F' as const, birthDate: '1972-03-10', retirementBase: 55 as const }, counted: true },
    { who: 'a man born 1964-06 (retired at 60)', o: { birthDate: '1964-06-01' }, counted: false },
    { who: 'a man born 1965-03-15 the day before his 60y1m retirement', o: { birthDate: '1965-03-15' }, counted: true, asOf: '2025-04-14' },
    { who: 'a man born 1965-03-15 on his retirement day', o: { birthDate: '1965-03-15' }, counted: false, asOf: '2025-04-15' },
    { who: 'a full-time student', o: { isStudent: true }, counted: false },
    { who: 'a person unable to work', o: { workAbility: 'none' as const }, counted: false },
    { who: 'a person without a wish', o: { wish: false }, counted: false },
    { who: 'a person who moved away', o: { archivedOn: '2025-03-01' }, counted: false },
    { who: 'a 16-year-old on the 16th birthday', o: { birthDate: '2009-06-30' }, counted: true },
    { who: 'a 15-year-old the day before', o: { birthDate: '2009-07-01' }, counted: false },
  ])('LFW boundary: $who', async ({ o, counted, asOf }) => {
    const c = kit.community();
    employedPersons(c, 19);
    const h = kit.household(c);
    kit.employ(kit.person(h), '2020-01-01');
    kit.person(h, { relation: 'spouse', ...o });
    const run = await kit.assess(STD, asOf ?? '2025-06-30');
    expect(itemOf(unitOf(run, c), 'employment-rate')).toMatchObject({ numerator: 20, denominator: counted ? 21 : 20 });
  });
});

describe('zero-employment-families: present over one calendar month fails, within it is pending', () => {
  /** A one-person urban household whose only member's job ended the day before `appears`. */
  function familyAppearingOn(communityId: number, lastDayEmployed: string, flags: { businessIncome?: boolean; urban?: boolean } = {}): number {
    const h = kit.household(communityId, flags);
    kit.employ(kit.person(h), '2015-01-01', lastDayEmployed);
    return h;
  }

  it.each([
    { asOf: '2025-02-15', pending: 1, failing: 0, verdict: 'pass', note: 'exactly one calendar month after appearing (01-15 → 02-15)' },
    { asOf: '2025-02-16', pending: 0, failing: 1, verdict: 'fail', note: 'one day more' },
  ])('$note', async ({ asOf, pending, failing, verdict }) => {
    const c = kit.community();
    employedPersons(c, 30);
    const h = familyAppearingOn(c, '2025-01-14');
    const run = await kit.assess(STD, asOf);
    const item = itemOf(unitOf(run, c), 'zero-employment-families');
    expect(item).toMatchObject({ verdict, value: 1, pendingCount: pending, failingCount: failing, numerator: null, denominator: null });
    const listed = [...item.failing, ...item.pending][0];
    expect(listed).toMatchObject({ kind: 'household', householdId: h, key: expect.stringMatching(/^K\d+$/), date: '2025-01-15' });
    expect(listed?.reason).toContain('2025-02-15 前消除');
  });

  it('the month clamps to its end: appeared 01-31 is due 02-28', async () => {
    const c = kit.community();
    familyAppearingOn(c, '2025-01-30');
    expect(itemOf(unitOf(await kit.assess(STD, '2025-02-28'), c), 'zero-employment-families').pendingCount).toBe(1);
    expect(itemOf(unitOf(await kit.assess(STD, '2025-03-01'), c), 'zero-employment-families').failingCount).toBe(1);
  });

  it('a household with business income, or a rural one, is not a zero-employment family', async () => {
    const c = kit.community();
    familyAppearingOn(c, '2025-01-14', { businessIncome: true });
    familyAppearingOn(c, '2025-01-14', { urban: false });
    const item = itemOf(unitOf(await kit.assess(STD, '2025-06-30'), c), 'zero-employment-families');
    expect(item).toMatchObject({ verdict: 'pass', value: 0, failingCount: 0, pendingCount: 0 });
  });

  it('a family eliminated by a job before D is gone', async () => {
    const c = kit.community();
    const h = kit.household(c);
    const p = kit.person(h);
    kit.employ(p, '2015-01-01', '2025-01-14');
    kit.employ(p, '2025-03-01');
    expect(itemOf(unitOf(await kit.assess(STD, '2025-02-28'), c), 'zero-employment-families').failingCount).toBe(1);
    expect(itemOf(unitOf(await kit.assess(STD, '2025-03-01'), c), 'zero-employment-families').value).toBe(0);
  });
});

describe('dibao-unemployed-share: |U∩低保| / |LF∩低保| ≤ 30%', () => {
  function dibaoMembers(communityId: number, employed: number, unemployed: number, noWish = 0): void {
    for (let i = 0; i < employed + unemployed + noWish; i += 1) {
      const h = kit.household(communityId, { dibao: true });
      const p = kit.person(h, { wish: i < employed + unemployed });
      if (i < employed) kit.employ(p, '2020-01-01');
      // Keep the household out of the zero-employment item: another member works.
      kit.employ(kit.person(h, { relation: 'spouse' }), '2020-01-01');
    }
  }

  it('exactly 30% passes, more fails with the gap; members without a wish stay in the denominator only', async () => {
    // Each 低保 household: the member described + an employed spouse (2 in LF).
    const exactly = kit.community();
    dibaoMembers(exactly, 2, 3); // LF 10, U 3
    const over = kit.community();
    dibaoMembers(over, 1, 3); // LF 8, U 3
    const noWish = kit.community();
    dibaoMembers(noWish, 0, 0, 2); // LF 4, U 0
    const run = await kit.assess(STD, '2025-06-30');
    const ie = itemOf(unitOf(run, exactly), 'dibao-unemployed-share');
    expect(ie).toMatchObject({ numerator: 3, denominator: 10, value: 0.3, verdict: 'pass', comparator: '<=' });
    expect(ie.failing).toHaveLength(3);
    expect(itemOf(unitOf(run, over), 'dibao-unemployed-share')).toMatchObject({
      numerator: 3,
      denominator: 8,
      verdict: 'fail',
      gap: { count: 1, text: '还需 1 名低保家庭成员实现就业' },
    });
    expect(itemOf(unitOf(run, noWish), 'dibao-unemployed-share')).toMatchObject({ numerator: 0, denominator: 4, verdict: 'pass' });
  });

  it('the 低保 flag is read on D (dated flags)', async () => {
    const c = kit.community();
    const h = kit.household(c, { dibao: false });
    kit.flag(h, 'dibao', true, '2025-07-01');
    kit.person(h);
    kit.employ(kit.person(h, { relation: 'spouse' }), '2020-01-01');
    expect(itemOf(unitOf(await kit.assess(STD, '2025-06-30'), c), 'dibao-unemployed-share')).toMatchObject({ denominator: 0, verdict: 'pass' });
    expect(itemOf(unitOf(await kit.assess(STD, '2025-07-01'), c), 'dibao-unemployed-share')).toMatchObject({ numerator: 1, denominator: 2, verdict: 'fail' });
  });

  it('no 低保 members: passes and says why', async () => {
    const c = kit.community();
    employedPersons(c, 3);
    const item = itemOf(unitOf(await kit.assess(STD, '2025-06-30'), c), 'dibao-unemployed-share');
    expect(item).toMatchObject({ verdict: 'pass', value: null, numerator: 0, denominator: 0 });
    expect(item.note).toContain('低保家庭中没有劳动力资源');
  });
});

describe('guidance-3-working-days (registration day = day 0, calendar from the database)', () => {
  it('the calendar gives the deadlines used below (春节 2025 and its 调休 days)', () => {
    const calendar = loadWorkingCalendar(runtime.db);
    // Friday 01-24: Sunday 01-26 is a make-up workday (1), Monday 01-27 (2), 01-28…02-04 off, Wednesday 02-05 (3).
    expect(calendar.addWorkingDays('2025-01-24', 3)).toMatchObject({ certain: true, value: '2025-02-05' });
    // Wednesday 02-05: Thursday (1), Friday (2), Saturday 02-08 is a make-up workday (3).
    expect(calendar.addWorkingDays('2025-02-05', 3)).toMatchObject({ certain: true, value: '2025-02-08' });
  });

  interface Case {
    note: string;
    registeredOn: string;
    cancelledOn?: string;
    services?: [string, 'guidance' | 'referral' | 'follow_up'][];
    status: 'on_time' | 'late' | 'pending' | 'excluded';
  }
  const cases: Case[] = [
    { note: 'guidance on the 3rd working day across the holiday', registeredOn: '2025-01-24', services: [['2025-02-05', 'guidance']], status: 'on_time' },
    { note: 'guidance the day after that deadline', registeredOn: '2025-01-24', services: [['2025-02-06', 'guidance']], status: 'late' },
    { note: 'guidance on the 调休 Saturday that is the 3rd working day', registeredOn: '2025-02-05', services: [['2025-02-08', 'guidance']], status: 'on_time' },
    { note: 'guidance the Monday after that Saturday', registeredOn: '2025-02-05', services: [['2025-02-10', 'guidance']], status: 'late' },
    { note: 'guidance on the registration day itself', registeredOn: '2025-03-03', services: [['2025-03-03', 'guidance']], status: 'on_time' },
    { note: 'guidance only before the registration day', registeredOn: '2025-03-03', services: [['2025-02-28', 'guidance']], status: 'late' },
    { note: 'a referral (not guidance) in time does not count', registeredOn: '2025-03-03', services: [['2025-03-04', 'referral'], ['2025-03-04', 'follow_up']], status: 'late' },
    { note: 'no guidance at all, deadline passed', registeredOn: '2025-03-03', status: 'late' },
    { note: 'cancelled before the deadline without guidance: excluded', registeredOn: '2025-03-03', cancelledOn: '2025-03-05', status: 'excluded' },
    { note: 'cancelled on the deadline without guidance: excluded', registeredOn: '2025-03-03', cancelledOn: '2025-03-06', status: 'excluded' },
    { note: 'cancelled after the deadline without guidance: late', registeredOn: '2025-03-03', cancelledOn: '2025-03-07', status: 'late' },
    { note: 'deadline is D, no guidance yet: pending', registeredOn: '2025-06-25', status: 'pending' },
    { note: 'deadline after D: pending', registeredOn: '2025-06-27', status: 'pending' },
    { note: 'registered before the period: not counted', registeredOn: '2024-12-30', status: 'excluded' },
  ];

  it.each(cases)('$note → $status', async (c) => {
    const community = kit.community();
    const p = kit.single(community);
    kit.register(p, c.registeredOn, c.cancelledOn ?? null);
    for (const [date, kind] of c.services ?? []) kit.serve(p, date, kind);
    // Another registration guided on time keeps the denominator non-empty.
    const q = kit.single(community);
    kit.register(q, '2025-04-01');
    kit.serve(q, '2025-04-01');
    const item = itemOf(unitOf(await kit.assess(STD, '2025-06-30'), community), 'guidance-3-working-days');
    const expected = {
      on_time: { numerator: 2, denominator: 2, failingCount: 0, pendingCount: 0, verdict: 'pass' },
      late: { numerator: 1, denominator: 2, failingCount: 1, pendingCount: 0, verdict: 'fail' },
      pending: { numerator: 1, denominator: 1, failingCount: 0, pendingCount: 1, verdict: 'pass' },
      excluded: { numerator: 1, denominator: 1, failingCount: 0, pendingCount: 0, verdict: 'pass' },
    }[c.status];
    expect(item).toMatchObject(expected);
    if (c.status === 'late') {
      expect(item.failing[0]).toMatchObject({ personId: p });
      expect(item.gap?.text).toContain('本期已有 1 人次逾期指导');
    }
    if (c.status === 'pending') expect(item.pending[0]?.reason).toMatch(/须在 2025-0[67]-\d\d 前进行职业指导/);
  });

  it('no registration in the period: passes and says why', async () => {
    const c = kit.community();
    employedPersons(c, 2);
    const item = itemOf(unitOf(await kit.assess(STD, '2025-06-30'), c), 'guidance-3-working-days');
    expect(item).toMatchObject({ verdict: 'pass', value: null, denominator: 0 });
    expect(item.note).toContain('没有已到期限的失业登记');
  });
});

describe('no-long-term-unemployed: open registration more than 12 months', () => {
  it.each([
    { asOf: '2025-06-30', longTerm: 0, note: '365 days after registering (the anniversary)' },
    { asOf: '2025-07-01', longTerm: 1, note: '366 days after registering' },
  ])('$note', async ({ asOf, longTerm }) => {
    const c = kit.community();
    const p = kit.single(c);
    kit.register(p, '2024-06-30');
    const other = kit.single(c);
    kit.register(other, '2024-01-01', '2024-06-01');
    const item = itemOf(unitOf(await kit.assess(STD, asOf), c), 'no-long-term-unemployed');
    expect(item).toMatchObject({ value: longTerm, failingCount: longTerm, verdict: longTerm ? 'fail' : 'pass' });
    if (longTerm) expect(item.failing[0]).toMatchObject({ personId: p, date: '2024-06-30' });
  });
});

describe('no-valid-complaints in the period', () => {
  it('a valid complaint dated the year before the period does not count; one on 1 January does; unjudged ones are pending', async () => {
    const a = kit.community();
    kit.complaint(a, '2024-12-31', true);
    kit.complaint(a, '2025-03-01', false);
    const b = kit.community();
    kit.complaint(b, '2025-01-01', true);
    const c = kit.community();
    kit.complaint(c, '2025-05-01', null);
    const run = await kit.assess(STD, '2025-06-30');
    expect(itemOf(unitOf(run, a), 'no-valid-complaints')).toMatchObject({ verdict: 'pass', value: 0, records: [] });
    const ib = itemOf(unitOf(run, b), 'no-valid-complaints');
    expect(ib).toMatchObject({ verdict: 'fail', value: 1, failingCount: 1 });
    expect(ib.records[0]).toMatchObject({ kind: 'complaint', status: 'failing', date: '2025-01-01' });
    expect(ib.gap?.text).toContain('本期已有 1 件有效投诉');
    const ic = itemOf(unitOf(run, c), 'no-valid-complaints');
    expect(ic).toMatchObject({ verdict: 'pass', value: 0, pendingCount: 1 });
    expect(ic.records[0]).toMatchObject({ status: 'pending' });
    // A period from 2024-12-01 takes the earlier complaint in.
    const wider = await kit.assess(STD, '2025-06-30', '2024-12-01');
    expect(itemOf(unitOf(wider, a), 'no-valid-complaints')).toMatchObject({ verdict: 'fail', value: 1 });
  });
});

describe('no-valid-complaints: a judgement counts from the day it was made', () => {
  it.each([
    { note: 'judged valid on D counts', judgedOn: '2025-06-30', verdict: 'fail', value: 1, pending: 0 },
    { note: 'judged valid on D + 1 is still pending on D', judgedOn: '2025-07-01', verdict: 'pass', value: 0, pending: 1 },
  ])('$note', async ({ judgedOn, verdict, value, pending }) => {
    const c = kit.community();
    kit.complaint(c, '2025-05-01', true, judgedOn);
    const item = itemOf(unitOf(await kit.assess(STD, '2025-06-30'), c), 'no-valid-complaints');
    expect(item).toMatchObject({ verdict, value, failingCount: value, pendingCount: pending });
    expect(item.records[0]).toMatchObject({ kind: 'complaint', date: '2025-05-01', status: value ? 'failing' : 'pending' });
    if (value) expect(item.records[0]?.reason).toContain('于 2025-06-30 认定有效');
  });

  it('a later judgement leaves an earlier assessment as it was; one judged invalid later is pending until then', async () => {
    const c = kit.community();
    const id = kit.complaint(c, '2025-03-01', null);
    const before = itemOf(unitOf(await kit.assess(STD, '2025-04-30'), c), 'no-valid-complaints');
    const judged = await runtime.call('complaints.judge', { id, version: 0, valid: true, reason: '经核实属实', judgedOn: '2025-05-10' });
    expect(judged.ok).toBe(true);
    const again = itemOf(unitOf(await kit.assess(STD, '2025-04-30'), c), 'no-valid-complaints');
    expect(again).toEqual(before);
    expect(again).toMatchObject({ verdict: 'pass', pendingCount: 1 });
    expect(itemOf(unitOf(await kit.assess(STD, '2025-05-09'), c), 'no-valid-complaints')).toMatchObject({ verdict: 'pass', pendingCount: 1 });
    expect(itemOf(unitOf(await kit.assess(STD, '2025-05-10'), c), 'no-valid-complaints')).toMatchObject({ verdict: 'fail', value: 1, pendingCount: 0 });

    const d = kit.community();
    kit.complaint(d, '2025-03-01', false, '2025-05-10');
    expect(itemOf(unitOf(await kit.assess(STD, '2025-05-09'), d), 'no-valid-complaints')).toMatchObject({ verdict: 'pass', pendingCount: 1 });
    expect(itemOf(unitOf(await kit.assess(STD, '2025-05-10'), d), 'no-valid-complaints')).toMatchObject({ verdict: 'pass', pendingCount: 0, records: [] });
  });
});

describe('active-job-preparation: U served in the last 90 days, migrant workers in LF served in the period', () => {
  it.each([
    { note: 'served on D − 89 (inside the 90 days)', date: '2025-04-02', ok: true },
    { note: 'served on D − 90 (outside)', date: '2025-04-01', ok: false },
    { note: 'served after D', date: '2025-07-01', ok: false },
  ])('unemployed $note', async ({ date, ok }) => {
    const c = kit.community();
    const p = kit.single(c);
    kit.serve(p, date, 'follow_up');
    kit.employ(kit.single(c), '2020-01-01');
    const item = itemOf(unitOf(await kit.assess(STD, '2025-06-30'), c), 'active-job-preparation');
    expect(item).toMatchObject({ numerator: ok ? 1 : 0, denominator: 1, verdict: ok ? 'pass' : 'fail', window: { from: '2025-04-02', to: '2025-06-30' } });
    if (!ok) expect(item.failing[0]?.reason).toContain('2025-04-02 至 2025-06-30 没有任何服务记录');
  });

  it('a service to the whole household counts for its members', async () => {
    const c = kit.community();
    const h = kit.household(c);
    kit.person(h);
    kit.serveHousehold(h, '2025-06-01');
    expect(itemOf(unitOf(await kit.assess(STD, '2025-06-30'), c), 'active-job-preparation')).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('an employed migrant worker needs a service in the period; an unemployed one both', async () => {
    const c = kit.community();
    const served = kit.single(c, { migrant: true });
    kit.employ(served, '2020-01-01');
    kit.serve(served, '2025-01-02', 'training');
    const unserved = kit.single(c, { migrant: true });
    kit.employ(unserved, '2020-01-01');
    kit.serve(unserved, '2024-12-31', 'training');
    const item = itemOf(unitOf(await kit.assess(STD, '2025-06-30'), c), 'active-job-preparation');
    expect(item).toMatchObject({ numerator: 1, denominator: 2, verdict: 'fail', gap: { count: 1, text: '还需为 1 人提供服务' } });
    expect(item.failing.map((s) => s.personId)).toEqual([unserved]);
    expect(item.failing[0]?.reason).toContain('农民工，2025-01-01 至 2025-06-30 没有任何服务记录');
  });
});

describe('organisation (manual) and the overall verdict', () => {
  it('unrecorded makes an otherwise passing community incomplete; the clerk’s verdict decides it', async () => {
    const c = kit.community();
    employedPersons(c, 5);
    let unit = unitOf(await kit.assess(STD, '2025-06-30'), c);
    expect(itemOf(unit, 'organisation')).toMatchObject({ kind: 'manual', verdict: 'unrecorded', manual: null, threshold: null, value: null });
    expect(unit.verdict).toBe('incomplete');
    expect(unit.reasons).toContain('第 8 项（组织机构建设到位）尚未评定');

    const record = async (verdict: 'pass' | 'fail', evidence: string) => {
      const result = await runtime.call('assessment.recordManual', { standardId: STD, itemId: 'organisation', communityId: c, periodFrom: '2025-01-01', periodTo: '2025-12-31', verdict, evidence });
      expect(result.ok, JSON.stringify(result)).toBe(true);
    };
    await record('pass', '服务站挂牌，专职 2 人，经费列入预算');
    unit = unitOf(await kit.assess(STD, '2025-06-30'), c);
    expect(itemOf(unit, 'organisation')).toMatchObject({ verdict: 'pass', manual: { verdict: 'pass', evidence: '服务站挂牌，专职 2 人，经费列入预算', recordedBy: expect.any(String) } });
    expect(unit.verdict).toBe('pass');
    expect(unit.reasons).toEqual(['各项均达标']);

    await record('fail', '经费未列入预算');
    unit = unitOf(await kit.assess(STD, '2025-06-30'), c);
    expect(unit.verdict).toBe('fail');
    expect(unit.reasons.join('\n')).toContain('第 8 项（组织机构建设到位）不达标：人工评定为不达标（经费未列入预算）');
    // A verdict applies to the dates its period covers only.
    expect(itemOf(unitOf(await kit.assess(STD, '2025-06-30', '2024-07-01'), c), 'organisation').verdict).toBe('fail');
    const earlier = kit.single(c);
    kit.employ(earlier, '2015-01-01');
    expect(itemOf(unitOf(await kit.assess(STD, '2024-12-31'), c), 'organisation').verdict).toBe('unrecorded');
    const audits = runtime.db.sqlite.prepare("SELECT COUNT(*) FROM audit_events WHERE entity = 'manual_verdict'").pluck().get();
    expect(audits).toBe(2);
  });

  it('a failing automatic item fails the community even with the manual item unrecorded', async () => {
    const c = kit.community();
    kit.single(c);
    const unit = unitOf(await kit.assess(STD, '2025-06-30'), c);
    expect(unit.verdict).toBe('fail');
    expect(unit.score).toBeNull();
    expect(unit.stars).toBeNull();
  });
});
