/** jiangsu-2005 (community and street), zhenjiang-scored (points, hard items, veto) and jilin-stars (tiers). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ManualVerdictView } from '../../../shared/contract/assessment';
import jiangsu from '../../../shared/domain/standards/presets/jiangsu-2005.json' with { type: 'json' };
import { itemOf, kitRuntime, StreetKit, unitOf } from './street-kit';
import type { KitRuntime } from './street-kit';

let runtime: KitRuntime;
let kit: StreetKit;
beforeEach(async () => {
  runtime = await kitRuntime('2025-12-31');
  kit = new StreetKit(runtime);
});
afterEach(() => runtime.dispose());

async function judge(standardId: string, itemId: string, communityId: number | null, verdict: 'pass' | 'fail', score?: number): Promise<ManualVerdictView> {
  const result = await runtime.call('assessment.recordManual', {
    standardId,
    itemId,
    communityId,
    periodFrom: '2025-01-01',
    periodTo: '2025-12-31',
    verdict,
    ...(score === undefined ? {} : { score }),
    evidence: '现场检查，资料齐全',
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ManualVerdictView;
}

/** Head and spouse, both working until `lastDay`, then both unemployed: a double-unemployed (and zero-employment) family. */
function coupleLosingJobs(communityId: number, lastDay: string): { household: number; head: number; spouse: number } {
  const household = kit.household(communityId);
  const head = kit.person(household, { relation: 'head' });
  const spouse = kit.person(household, { relation: 'spouse', gender: 'F', birthDate: '1987-02-02' });
  kit.employ(head, '2015-01-01', lastDay);
  kit.employ(spouse, '2015-01-01', lastDay);
  return { household, head, spouse };
}

describe('jiangsu-2005', () => {
  const STD = 'jiangsu-2005';

  it('double-unemployed families: placement, tracking services; the street needs every community to pass', async () => {
    const a = kit.community('甲社区');
    const stuck = coupleLosingJobs(a, '2024-12-31');
    kit.serveHousehold(stuck.household, '2025-02-01');
    const b = kit.community('乙社区');
    const placed = coupleLosingJobs(b, '2024-12-31');
    kit.employ(placed.head, '2025-03-01');
    const gone = coupleLosingJobs(b, '2024-12-31');
    runtime.db.sqlite.prepare("UPDATE persons SET archived_on = '2025-02-01', archive_reason = '迁出' WHERE household_id = ?").run(gone.household);

    const run = await kit.assess(STD, '2025-06-30');
    const ua = unitOf(run, a);
    expect(ua.items.map((i) => i.id)).toEqual(['six-in-place-community', 'ledger-computerised', 'tracking-service-records', 'double-unemployed-placement', 'no-targeted-complaints']);
    expect(itemOf(ua, 'double-unemployed-placement')).toMatchObject({ verdict: 'fail', numerator: 0, denominator: 1, threshold: 0.98, gap: { count: 1, text: '还需 1 户实现一人就业' } });
    expect(itemOf(ua, 'double-unemployed-placement').failing[0]).toMatchObject({ kind: 'household', householdId: stuck.household });
    expect(itemOf(ua, 'tracking-service-records')).toMatchObject({ verdict: 'pass', numerator: 1, denominator: 1 });
    expect(ua.verdict).toBe('fail');

    const ub = unitOf(run, b);
    // The family that moved away is closed without counting; the other was placed.
    expect(itemOf(ub, 'double-unemployed-placement')).toMatchObject({ verdict: 'pass', numerator: 1, denominator: 1 });
    expect(itemOf(ub, 'tracking-service-records')).toMatchObject({ verdict: 'fail', numerator: 0, denominator: 2 });
    expect(itemOf(ub, 'ledger-computerised')).toMatchObject({ kind: 'auto', metric: 'ledger-completeness', unit: 'ratio' });

    expect(run.street.items.map((i) => i.id)).toEqual(['six-in-place-street', 'ledger-computerised', 'tracking-service-records', 'all-communities-pass', 'no-targeted-complaints']);
    const all = itemOf(run.street, 'all-communities-pass');
    expect(all).toMatchObject({ verdict: 'fail', numerator: 0, denominator: 2, gap: { count: 2, text: '还需 2 个社区达标' } });
    expect(all.records.map((r) => [r.kind, r.status, r.id])).toEqual([
      ['community', 'failing', a],
      ['community', 'failing', b],
    ]);
    expect(run.street.verdict).toBe('fail');
  });

  it('manual items: community ones need a community, street ones none', async () => {
    const c = kit.community();
    kit.employ(kit.single(c), '2020-01-01');
    kit.refresh();
    await judge(STD, 'six-in-place-street', null, 'pass');
    await judge(STD, 'six-in-place-community', c, 'pass');
    const wrong = await runtime.call('assessment.recordManual', { standardId: STD, itemId: 'six-in-place-community', communityId: null, periodFrom: '2025-01-01', periodTo: '2025-12-31', verdict: 'pass', evidence: '看过' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { fields: [{ path: 'communityId' }] } } });
    const auto = await runtime.call('assessment.recordManual', { standardId: STD, itemId: 'ledger-computerised', communityId: c, periodFrom: '2025-01-01', periodTo: '2025-12-31', verdict: 'pass', evidence: '看过' });
    expect(auto).toMatchObject({ ok: false, error: { details: { fields: [{ path: 'itemId' }] } } });
    const run = await kit.assess(STD, '2025-06-30');
    expect(itemOf(run.street, 'six-in-place-street').verdict).toBe('pass');
    expect(itemOf(unitOf(run, c), 'six-in-place-community').verdict).toBe('pass');
  });
});

describe('zhenjiang-scored', () => {
  const STD = 'zhenjiang-scored';

  it('a failed hard item vetoes whatever the score; otherwise the score against 85 decides', async () => {
    const vetoed = kit.community('否决社区');
    const h = kit.household(vetoed);
    kit.employ(kit.person(h), '2020-01-01');
    kit.person(h, { relation: 'spouse', birthDate: '1970-05-05', name: '五十五岁男' });
    const fine = kit.community('达标社区');
    kit.employ(kit.single(fine, { birthDate: '1970-05-05' }), '2020-01-01');
    for (const c of [vetoed, fine]) kit.demand(c, '2025-06-01');
    kit.refresh();
    for (const c of [vetoed, fine]) {
      await judge(STD, 'platform-community', c, 'pass');
      await judge(STD, 'ledgers', c, 'pass', 2);
      await judge(STD, 'public-notice', c, 'pass');
      await judge(STD, 'model-and-publicity', c, 'fail');
    }
    const run = await kit.assess(STD, '2025-06-30');
    const uv = unitOf(run, vetoed);
    const hard = itemOf(uv, 'difficult-persons-employed');
    expect(hard).toMatchObject({ verdict: 'fail', hard: true, veto: true, points: 20, earned: 0, numerator: 0, denominator: 1 });
    expect(hard.failing.map((s) => s.name)).toEqual(['五十五岁男']);
    expect(hard.failing[0]?.reason).toContain('“4050”人员');
    expect(uv).toMatchObject({ verdict: 'fail', vetoed: true, maxScore: 100, minScore: 85 });
    expect(uv.reasons.some((r) => r.startsWith('一票否决：') && r.includes('困难人员就业率'))).toBe(true);

    const uf = unitOf(run, fine);
    expect(uf.items.filter((i) => i.hard).map((i) => i.verdict)).toEqual(['pass', 'pass', 'pass']);
    // Every automatic item passes (78 points); manual: 10 + 2 (of 4) + 3 + 0 (of 5).
    expect(uf).toMatchObject({ verdict: 'pass', vetoed: false, score: 93, maxScore: 100 });
    expect(itemOf(uf, 'ledgers')).toMatchObject({ verdict: 'pass', earned: 2, points: 4 });
    expect(itemOf(uf, 'model-and-publicity')).toMatchObject({ verdict: 'fail', earned: 0 });
  });

  it('计算机动态管理 (hard): the unemployed whose 十清 items are incomplete are listed with what is missing', async () => {
    const c = kit.community();
    const complete = kit.single(c, { name: '资料齐全' });
    kit.register(complete, '2025-03-03');
    const sparse = kit.single(c, { name: '资料缺项' });
    kit.register(sparse, '2025-03-03');
    runtime.db.sqlite
      .prepare("UPDATE persons SET skills = '电工', skill_level = '中级', social_insurance = '城镇职工养老保险', policies_enjoyed = '无' WHERE id = ?")
      .run(complete);
    runtime.db.sqlite.prepare("UPDATE employment_wishes SET training_wanted = '电工培训' WHERE person_id = ?").run(complete);
    kit.demand(c, '2025-06-01');
    const item = itemOf(unitOf(await kit.assess(STD, '2025-06-30'), c), 'data-dynamic-management');
    // Two persons and the community's employers' demand (recorded): 2 of 3 shares.
    expect(item).toMatchObject({ metric: 'ledger-completeness', numerator: 2, denominator: 3, verdict: 'fail', hard: true, veto: true, records: [] });
    expect(item.failing.map((s) => s.personId)).toEqual([sparse]);
    expect(item.failing[0]?.reason).toMatch(/^十清缺：.*技能水平/);
    expect(unitOf(await kit.assess(STD, '2025-06-30'), c).vetoed).toBe(true);
  });

  it('unrecorded manual items: incomplete while the pass mark is still reachable', async () => {
    const c = kit.community();
    kit.employ(kit.single(c), '2020-01-01');
    kit.demand(c, '2025-06-01');
    const unit = unitOf(await kit.assess(STD, '2025-06-30'), c);
    expect(unit).toMatchObject({ verdict: 'incomplete', score: 78, maxPossibleScore: 100 });
  });

  it('a manual score above the item’s points is refused on the field', async () => {
    const c = kit.community();
    await kit.refused('assessment.recordManual', { standardId: STD, itemId: 'ledgers', communityId: c, periodFrom: '2025-01-01', periodTo: '2025-12-31', verdict: 'pass', score: 5, evidence: '台账齐全' }, 'INVALID_INPUT', 'score');
  });
});

describe("十清's tenth item, employers' demand in the last quarter, in the ledger items of jiangsu-2005 and zhenjiang-scored", () => {
  const ITEMS = [
    { std: 'jiangsu-2005', item: 'ledger-computerised' },
    { std: 'zhenjiang-scored', item: 'data-dynamic-management' },
  ];
  // D = 2025-06-30: the last quarter is 2025-03-31 … 2025-06-30.
  describe.each(ITEMS)('$std $item', ({ std, item }) => {
    it.each([
      { note: 'opened on the first day of the quarter (D − 3 months + 1 day)', openedOn: '2025-03-31', via: 'community' as const, recorded: true },
      { note: 'opened on D, by an employer paired with the community', openedOn: '2025-06-30', via: 'paired' as const, recorded: true },
      { note: 'opened the day before the quarter', openedOn: '2025-03-30', via: 'community' as const, recorded: false },
      { note: 'opened after D', openedOn: '2025-07-01', via: 'community' as const, recorded: false },
    ])('a community with nobody concerned and demand $note', async ({ openedOn, via, recorded }) => {
      const c = kit.community('需求社区');
      kit.employ(kit.single(c), '2020-01-01');
      kit.demand(c, openedOn, via);
      const result = itemOf(unitOf(await kit.assess(std, '2025-06-30'), c), item);
      expect(result).toMatchObject({ numerator: recorded ? 1 : 0, denominator: 1, verdict: recorded ? 'pass' : 'fail', failingCount: recorded ? 0 : 1, failing: [] });
      if (recorded) expect(result.records).toEqual([]);
      else {
        expect(result.records).toEqual([
          expect.objectContaining({ kind: 'community', id: c, name: '需求社区', status: 'failing', reason: expect.stringMatching(/^十清缺：辖区单位用工需求（2025-03-31 至 2025-06-30 没有登记；/) }),
        ]);
        expect(result.gap).toEqual({ count: 1, text: '还需补全 1 份台账资料' });
      }
    });

    it('complete persons do not make up for missing demand; the street fails with the community counted', async () => {
      const without = kit.community('无需求社区');
      const p = kit.single(without, { name: '资料齐全' });
      kit.register(p, '2025-03-03');
      runtime.db.sqlite
        .prepare("UPDATE persons SET skills = '电工', skill_level = '中级', social_insurance = '城镇职工养老保险', policies_enjoyed = '无' WHERE id = ?")
        .run(p);
      runtime.db.sqlite.prepare("UPDATE employment_wishes SET training_wanted = '电工培训' WHERE person_id = ?").run(p);
      const withDemand = kit.community('有需求社区');
      kit.employ(kit.single(withDemand), '2020-01-01');
      kit.demand(withDemand, '2025-05-01');
      const run = await kit.assess(std, '2025-06-30');
      const a = itemOf(unitOf(run, without), item);
      expect(a).toMatchObject({ numerator: 1, denominator: 2, value: 0.5, verdict: 'fail', failing: [], failingCount: 1 });
      expect(a.records[0]).toMatchObject({ kind: 'community', id: without, status: 'failing' });
      expect(a.note).toContain('辖区单位用工需求');
      expect(unitOf(run, without).verdict).toBe('fail');
      if (std === 'zhenjiang-scored') expect(unitOf(run, without).vetoed).toBe(true);
      expect(itemOf(unitOf(run, withDemand), item)).toMatchObject({ numerator: 1, denominator: 1, verdict: 'pass' });
      expect(itemOf(run.street, item)).toMatchObject({ numerator: 2, denominator: 3, verdict: 'fail', failingCount: 1, subjectsListedPerCommunity: true });
      // Recorded on D, the same community passes.
      kit.demand(without, '2025-06-30');
      expect(itemOf(unitOf(await kit.assess(std, '2025-06-30'), without), item)).toMatchObject({ numerator: 2, denominator: 2, verdict: 'pass', records: [] });
    });
  });

  it('a rule that sets employerDemand: false leaves it out of the ratio', async () => {
    const body = JSON.parse(JSON.stringify(jiangsu)) as { version: string; items: { id: string; params?: Record<string, unknown> }[] };
    body.version = '2005-不含用工需求';
    const ledger = body.items.find((i) => i.id === 'ledger-computerised');
    if (!ledger) throw new Error('ledger-computerised not in jiangsu-2005');
    ledger.params = { checklist: 'ten-clear', employerDemand: false };
    const path = join(runtime.dataDir, 'jiangsu-no-demand.json');
    writeFileSync(path, JSON.stringify(body));
    const imported = await runtime.call('standards.import', { file: runtime.files.register({ path, name: 'jiangsu-no-demand.json', direction: 'input' }) });
    expect(imported.ok).toBe(true);
    const c = kit.community();
    kit.employ(kit.single(c), '2020-01-01');
    const result = itemOf(unitOf(await kit.assess('jiangsu-2005', '2025-06-30'), c), 'ledger-computerised');
    expect(result).toMatchObject({ numerator: 0, denominator: 0, value: null, verdict: 'pass', records: [], note: expect.not.stringContaining('用工需求') });
  });

  it('chongqing-2007 is unchanged: no ledger item, nothing about demand', async () => {
    const c = kit.community();
    kit.employ(kit.single(c), '2020-01-01');
    const unit = unitOf(await kit.assess('chongqing-2007', '2025-06-30'), c);
    expect(unit.items.some((i) => i.metric === 'ledger-completeness')).toBe(false);
    expect(unit.items.flatMap((i) => i.records)).toEqual([]);
  });
});

describe('jilin-stars', () => {
  const STD = 'jilin-stars';

  function community(employed: number, total: number): number {
    const c = kit.community();
    for (let i = 0; i < total; i += 1) {
      const h = kit.household(c);
      const p = kit.person(h);
      if (i < employed) kit.employ(p, '2020-01-01');
      else kit.employ(kit.person(h, { relation: 'spouse' }), '2020-01-01');
    }
    return c;
  }

  it('the star level follows the example tiers once the community passes', async () => {
    // Households of the unemployed have an employed spouse, so LFW = total + unemployed.
    const three = community(96, 100); // (96 + 4) / 104 = 96.2%
    const five = community(99, 100); // 100 / 101 = 99.0%
    const failing = community(90, 100); // 100 / 110 = 90.9%
    kit.refresh();
    for (const c of [three, five, failing]) await judge(STD, 'platform', c, 'pass');
    const run = await kit.assess(STD, '2025-06-30');
    const u3 = unitOf(run, three);
    expect(itemOf(u3, 'employment-rate').tiers).toEqual([
      { stars: 3, threshold: 0.95, met: true },
      { stars: 4, threshold: 0.97, met: false },
      { stars: 5, threshold: 0.98, met: false },
    ]);
    expect(u3).toMatchObject({ verdict: 'pass', stars: 3, starName: '三星级（县、市、区级）示例' });
    // No recognised persons or registrations: those tier items are empty and count as met.
    expect(unitOf(run, five)).toMatchObject({ verdict: 'pass', stars: 5 });
    expect(unitOf(run, failing)).toMatchObject({ verdict: 'fail', stars: 0 });
  });

  it('72-hour commitments and 一人一策 agreements for recognised difficult persons', async () => {
    const c = kit.community();
    const onTime = kit.single(c);
    kit.recognise(onTime, '2025-05-01', { especiallyDifficult: true });
    kit.serve(onTime, '2025-05-04', 'commitment');
    kit.serve(onTime, '2025-05-06', 'assistance_agreement');
    const late = kit.single(c);
    kit.recognise(late, '2025-05-10', { especiallyDifficult: true });
    kit.serve(late, '2025-05-14', 'commitment');
    const pending = kit.single(c);
    kit.recognise(pending, '2025-06-29', { especiallyDifficult: true });
    const exited = kit.single(c);
    kit.recognise(exited, '2025-02-01', { exitedOn: '2025-04-01' });
    const unit = unitOf(await kit.assess(STD, '2025-06-30'), c);
    const commitment = itemOf(unit, 'commitment-72-hours');
    expect(commitment).toMatchObject({ numerator: 1, denominator: 2, pendingCount: 1, verdict: 'fail' });
    expect(commitment.failing[0]).toMatchObject({ personId: late, date: '2025-05-13' });
    expect(commitment.pending[0]).toMatchObject({ personId: pending, date: '2025-07-02' });
    const plan = itemOf(unit, 'one-person-one-plan');
    expect(plan).toMatchObject({ numerator: 1, denominator: 3, verdict: 'fail' });
    expect(plan.failing.map((s) => s.personId).sort()).toEqual([late, pending].sort());
    expect(itemOf(unit, 'difficult-persons-employed')).toMatchObject({ numerator: 0, denominator: 3 });
  });
});
