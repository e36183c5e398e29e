/** completeness.person / completeness.community and the assessment engine's function, on a crafted street. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeCompleteness } from '../../../electron/services/completeness/compute-completeness';
import { dataCompletenessByCommunity } from '../../../electron/services/completeness/completeness-service';
import { reemployedInPeriod } from '../../../electron/services/population/reemployed';
import { reemployedOn } from '../../../db/repositories/registry/labour-force-repo';
import { DEFAULT_POPULATION_SETTINGS } from '../../../shared/domain/population/settings';
import type { CompletenessSummary, PersonCompleteness } from '../../../shared/contract/completeness';
import { community, household, ok, person, recognise, register, spell, streetRuntime, wish } from '../worklist/street-fixture';
import type { Runtime } from '../worklist/street-fixture';

let runtime: Runtime;
let jinshan: number;
let xinhe: number;
beforeEach(async () => {
  runtime = await streetRuntime('2025-12-31');
  jinshan = await community(runtime, '金山社区');
  xinhe = await community(runtime, '新河社区');
});
afterEach(() => runtime.dispose());

const FULL = { skills: '电工', skillLevel: '中级工', socialInsurance: '城镇职工养老保险', policiesEnjoyed: '无' };
const personItems = (personId: number, asOf: string) => ok<PersonCompleteness>(runtime, 'completeness.person', { personId, asOf });
const missingOf = (c: PersonCompleteness) => [...c.tenClear.items, ...c.fiveClear.items].filter((i) => i.status === 'missing').map((i) => i.item);

describe('completeness.person', () => {
  it('an unemployed person: what is missing, what to record; recording it completes the person', async () => {
    const h = await household(runtime, jinshan);
    const p = await person(runtime, h, { birthDate: '1985-03-03', skills: '电工' });
    await wish(runtime, p.id, '2025-02-01');
    let c = await personItems(p.id, '2025-06-30');
    expect(c.tenClear.role).toBe('unemployed');
    expect(missingOf(c)).toEqual(['duration', 'reason', 'training', 'policies', 'insurance']);
    expect(c.missingCount).toBe(5);
    expect(c.tenClear.items.find((i) => i.item === 'training')?.toRecord).toContain('培训意愿');
    expect(c.fiveClear).toMatchObject({ recognisedOn: null, items: [] });

    await register(runtime, p.id, '2025-03-01');
    await wish(runtime, p.id, '2025-03-01', { trainingWanted: '电工培训' });
    await ok(runtime, 'persons.update', { id: p.id, version: p.version, fields: { ...editable(p), socialInsurance: '未参保', policiesEnjoyed: '无' } });
    c = await personItems(p.id, '2025-06-30');
    expect(missingOf(c)).toEqual([]);
    expect(c.tenClear.items.find((i) => i.item === 'duration')?.value).toContain('自 2025-03-01 起');
  });

  it('a person in work is not concerned; re-employed this year from registration: the destination only', async () => {
    const h = await household(runtime, jinshan);
    const p = await person(runtime, h, { birthDate: '1985-03-03', ...FULL });
    await wish(runtime, p.id, '2025-01-02');
    await register(runtime, p.id, '2025-02-01');
    await spell(runtime, p.id, '2025-05-01', null);
    const c = await personItems(p.id, '2025-06-30');
    expect(c.tenClear.role).toBe('reemployed');
    expect(missingOf(c)).toEqual(['destination']);
    expect((await personItems(p.id, '2025-04-30')).tenClear.role).toBe('unemployed');
    const employedLongAgo = await person(runtime, await household(runtime, jinshan), { birthDate: '1980-01-01' });
    await spell(runtime, employedLongAgo.id, '2020-01-01', null);
    expect((await personItems(employedLongAgo.id, '2025-06-30')).tenClear).toMatchObject({ role: null, why: expect.stringContaining('不适用') });
  });

  it('one definition of re-employed in the period (DOMAIN §5): registration cancelled on the first day, job from that day: neither', async () => {
    const h = await household(runtime, jinshan);
    // Registered through 2024, cancelled on 2025-01-01 — the period's first day — and employed from that day.
    const cancelled = await person(runtime, h, { birthDate: '1985-03-03', ...FULL });
    await wish(runtime, cancelled.id, '2024-01-02');
    const first = await register(runtime, cancelled.id, '2024-06-01');
    await ok(runtime, 'registrations.cancel', { id: first.id, cancelledOn: '2025-01-01', cancelReason: '就业' });
    await spell(runtime, cancelled.id, '2025-01-01', null);
    expect((await personItems(cancelled.id, '2025-06-30')).tenClear.role).toBeNull();
    // Cancelled the day after: registered on the first day of the period, so re-employed in it.
    const nextDay = await person(runtime, await household(runtime, jinshan), { birthDate: '1986-04-04', ...FULL });
    await wish(runtime, nextDay.id, '2024-01-02');
    const second = await register(runtime, nextDay.id, '2024-06-01');
    await ok(runtime, 'registrations.cancel', { id: second.id, cancelledOn: '2025-01-02', cancelReason: '就业' });
    await spell(runtime, nextDay.id, '2025-01-01', null);
    expect((await personItems(nextDay.id, '2025-06-30')).tenClear.role).toBe('reemployed');
    // The street-wide view agrees with the person page and with the re-employment rate's numerator.
    const street = computeCompleteness(runtime.db, { asOf: '2025-06-30', communityId: null });
    expect(street.tenClear.filter((t) => t.role.kind === 'reemployed').map((t) => t.person.id)).toEqual([nextDay.id]);
    const numerator = reemployedInPeriod(runtime.db, '2025-06-30', '2025-01-01', DEFAULT_POPULATION_SETTINGS).map((r) => r.personId);
    expect(numerator).toEqual([nextDay.id]);
  });

  it('a recognised difficult person: 五清 from the records and the marks of the recognition', async () => {
    const h = await household(runtime, xinhe);
    const p = await person(runtime, h, { birthDate: '1975-06-06', gender: 'F' });
    await wish(runtime, p.id, '2025-01-02');
    const marks = { skills: { clear: true, note: '无技能' }, jobWish: { clear: false }, family: { clear: false }, employment: { clear: false }, policies: { clear: false } };
    await recognise(runtime, p.id, '2025-03-30', false, marks);
    const c = await personItems(p.id, '2025-06-30');
    expect(c.fiveClear.recognisedOn).toBe('2025-03-30');
    expect(c.fiveClear.items.map((i) => [i.item, i.status])).toEqual([
      ['skills', 'present'],
      ['jobWish', 'present'],
      ['family', 'present'],
      ['employment', 'missing'],
      ['policies', 'missing'],
    ]);
  });

  it('an unknown person is NOT_FOUND, a bad date names the field', async () => {
    const missing = await runtime.call('completeness.person', { personId: 99999, asOf: '2025-06-30' });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    const bad = await runtime.call('completeness.person', { personId: 1, asOf: '2025-13-01' });
    expect(bad.ok ? null : bad.error.details?.fields?.[0]?.path).toBe('asOf');
  });
});

describe('completeness.community and the assessment engine’s function', () => {
  it('rate = complete / concerned per community; no division by zero', async () => {
    const done = await person(runtime, await household(runtime, jinshan), { birthDate: '1985-03-03', ...FULL });
    await wish(runtime, done.id, '2025-01-02', { trainingWanted: '无' });
    await register(runtime, done.id, '2025-02-01');
    const gap = await person(runtime, await household(runtime, jinshan), { birthDate: '1986-03-03', ...FULL, skills: null, skillLevel: null });
    await wish(runtime, gap.id, '2025-01-02', { trainingWanted: '无' });
    await register(runtime, gap.id, '2025-02-01');

    const summary = await ok<CompletenessSummary>(runtime, 'completeness.community', { asOf: '2025-06-30' });
    const js = summary.communities.find((c) => c.communityId === jinshan);
    expect(js).toMatchObject({ concerned: 2, complete: 1, rate: 0.5, missingByItem: { skill: 1, reason: 0 }, employerDemand: { status: 'missing' } });
    expect(summary.communities.find((c) => c.communityId === xinhe)).toMatchObject({ concerned: 0, complete: 0, rate: null });
    expect(summary.street).toMatchObject({ concerned: 2, complete: 1, rate: 0.5, fiveClearRate: null });
    expect(summary.demandWindow).toEqual({ from: '2025-03-31', to: '2025-06-30' });

    const one = await ok<CompletenessSummary>(runtime, 'completeness.community', { asOf: '2025-06-30', communityId: xinhe });
    expect(one.communities.map((c) => c.communityId)).toEqual([xinhe]);

    const forEngine = dataCompletenessByCommunity(runtime.db, '2025-06-30', jinshan);
    expect(forEngine).toHaveLength(1);
    expect(forEngine[0]).toMatchObject({ concerned: 2, complete: 1, rate: 0.5, employerDemandRecorded: false });
    const gapId = String(runtime.db.sqlite.prepare('SELECT id_number FROM persons WHERE id = ?').pluck().get(gap.id));
    expect(forEngine[0]?.incomplete).toEqual([{ kind: 'person', personId: gap.id, key: gapId, name: gap.name, reason: '十清缺：技能水平' }]);
  });
});

describe('policies enjoyed recorded as a policy-benefit service', () => {
  it('counts street-wide (the digest is read for the unemployed without policies on the person)', async () => {
    const p = await person(runtime, await household(runtime, xinhe), { birthDate: '1985-03-03', ...FULL, policiesEnjoyed: null });
    await wish(runtime, p.id, '2025-01-02', { trainingWanted: '无' });
    await register(runtime, p.id, '2025-02-01');
    expect(dataCompletenessByCommunity(runtime.db, '2025-06-30', xinhe)[0]?.incomplete.map((i) => i.reason)).toEqual(['十清缺：政策享受']);
    await ok(runtime, 'services.record', {
      subject: { personId: p.id },
      date: '2025-03-01',
      kind: 'policy_benefit',
      clerk: '李经办',
      benefitType: '社保补贴',
      amount: 600,
      benefitPeriod: '2025年3月',
      approvalNumber: '镇人社〔2025〕12号',
    });
    expect(dataCompletenessByCommunity(runtime.db, '2025-06-30', xinhe)[0]).toMatchObject({ concerned: 1, complete: 1, incomplete: [] });
    const c = await personItems(p.id, '2025-06-30');
    expect(c.tenClear.items.find((i) => i.item === 'policies')).toMatchObject({ status: 'present', value: '社保补贴（2025-03-01）' });
  });
});

function editable(p: Awaited<ReturnType<typeof person>>) {
  return {
    name: p.name,
    relation: p.relation,
    phone: p.phone,
    education: p.education,
    workAbility: p.workAbility,
    isStudent: p.isStudent,
    isRetired: p.isRetired,
    retirementBase: p.retirementBase,
    migrantWorker: p.migrantWorker,
    veteran: p.veteran,
    graduationYear: p.graduationYear,
    skills: p.skills,
    skillLevel: p.skillLevel,
    socialInsurance: p.socialInsurance,
    policiesEnjoyed: p.policiesEnjoyed,
  };
}

describe('the assessment engine may pass the unemployed it computed', () => {
  it('gives the same result as reading them', async () => {
    const a = await person(runtime, await household(runtime, jinshan), { birthDate: '1985-03-03', ...FULL, skills: null, skillLevel: null });
    await wish(runtime, a.id, '2025-01-02', { trainingWanted: '无' });
    await register(runtime, a.id, '2025-02-01');
    const read = dataCompletenessByCommunity(runtime.db, '2025-06-30', null);
    expect(dataCompletenessByCommunity(runtime.db, '2025-06-30', null, { unemployedIds: [a.id] })).toEqual(read);
    expect(read.find((c) => c.communityId === jinshan)?.incomplete).toHaveLength(1);
  });
});

describe('the re-employed read for themselves (the worklist) and from the street population (the assessment)', () => {
  it('agree: wish in force, spell open on D, registration open in the period, community on D', async () => {
    const employedFrom = async (communityId: number, seed: { birthDate: string }, wishes: [string, boolean][], registered: string, job: [string, string | null]) => {
      const p = await person(runtime, await household(runtime, communityId), { ...seed, ...FULL });
      for (const [on, hasWish] of wishes) await wish(runtime, p.id, on, hasWish ? {} : { hasWish: false });
      await register(runtime, p.id, registered);
      await spell(runtime, p.id, job[0], job[1]);
      return p.id;
    };
    const jin = await employedFrom(jinshan, { birthDate: '1985-03-03' }, [['2024-01-02', true]], '2025-02-01', ['2025-04-01', null]);
    const xin = await employedFrom(xinhe, { birthDate: '1980-05-05' }, [['2024-01-02', true]], '2024-11-01', ['2025-03-01', null]);
    // The wish in force on D says no (a later dated one): not in LFW.
    await employedFrom(jinshan, { birthDate: '1982-07-07' }, [['2024-01-02', true], ['2025-05-01', false]], '2025-02-01', ['2025-04-01', null]);
    // The job ended before D.
    await employedFrom(xinhe, { birthDate: '1983-08-08' }, [['2024-01-02', true]], '2025-02-01', ['2025-03-01', '2025-05-31']);
    // Registered only after D.
    await employedFrom(jinshan, { birthDate: '1984-09-09' }, [['2024-01-02', true]], '2025-08-01', ['2025-04-01', null]);
    const fromPopulation = reemployedInPeriod(runtime.db, '2025-06-30', '2025-01-01', DEFAULT_POPULATION_SETTINGS);
    expect(fromPopulation.map((r) => [r.personId, r.communityId])).toEqual([
      [jin, jinshan],
      [xin, xinhe],
    ]);
    expect(reemployedOn(runtime.db, '2025-06-30', '2025-01-01')).toEqual(fromPopulation);
    const read = computeCompleteness(runtime.db, { asOf: '2025-06-30', communityId: null });
    expect(read.tenClear.filter((t) => t.role.kind === 'reemployed').map((t) => t.person.id)).toEqual([jin, xin]);
    // After a write only that person is looked at again (the kept read patched): still the population's answer.
    await wish(runtime, jin, '2025-06-01', { hasWish: false });
    const after = reemployedInPeriod(runtime.db, '2025-06-30', '2025-01-01', DEFAULT_POPULATION_SETTINGS);
    expect(after.map((r) => r.personId)).toEqual([xin]);
    expect(reemployedOn(runtime.db, '2025-06-30', '2025-01-01')).toEqual(after);
  });
});
