/**
 * 作废 (issue #14): a voided record counts nowhere — one test per rule family (assessment items, worklist rules,
 * population and family episodes, the person's timeline), each comparing the same street before and after voiding.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VoidableEntity } from '../../../shared/contract/corrections';
import type { HouseholdPopulation } from '../../../shared/contract/population';
import type { TimelineEntry } from '../../../shared/contract/registry';
import type { WorklistList } from '../../../shared/contract/worklist';
import { itemOf, kitRuntime, StreetKit, unitOf } from '../assessment/street-kit';
import type { KitRuntime } from '../assessment/street-kit';

const STD = 'chongqing-2007';
let runtime: KitRuntime;
let kit: StreetKit;
beforeEach(async () => {
  runtime = await kitRuntime('2025-12-31');
  kit = new StreetKit(runtime);
});
afterEach(() => runtime.dispose());

async function voidIt(entity: VoidableEntity, id: number, reason = '录入错误'): Promise<void> {
  const result = await runtime.call('corrections.void', { entity, id, reason });
  if (!result.ok) throw new Error(`corrections.void: ${result.error.message}`);
}

const lastId = (table: string): number => Number(runtime.db.sqlite.prepare(`SELECT MAX(id) FROM ${table}`).pluck().get());

async function guidanceItem(community: number) {
  return itemOf(unitOf(await kit.assess(STD, '2025-06-30'), community), 'guidance-3-working-days');
}

describe('assessment items', () => {
  it('guidance on time: a voided registration leaves the denominator; a voided guidance makes its registration late', async () => {
    const c = kit.community();
    const late = kit.single(c);
    const lateReg = kit.register(late, '2025-03-03');
    const guided = kit.single(c);
    kit.register(guided, '2025-04-01');
    kit.serve(guided, '2025-04-01');
    const guidanceId = lastId('service_records');
    expect(await guidanceItem(c)).toMatchObject({ numerator: 1, denominator: 2 });

    await voidIt('unemployment_registration', lateReg);
    expect(await guidanceItem(c)).toMatchObject({ numerator: 1, denominator: 1, verdict: 'pass' });

    await voidIt('service_record', guidanceId);
    expect(await guidanceItem(c)).toMatchObject({ numerator: 0, denominator: 1, verdict: 'fail' });
  });

  it('employment rate: a voided spell no longer employs its person', async () => {
    const c = kit.community();
    const p = kit.single(c);
    kit.employ(p, '2020-01-01');
    const spellId = lastId('employment_spells');
    const q = kit.single(c);
    kit.employ(q, '2020-01-01');
    const rate = async () => itemOf(unitOf(await kit.assess(STD, '2025-06-30'), c), 'employment-rate');
    expect(await rate()).toMatchObject({ numerator: 2, denominator: 2 });
    await voidIt('employment_spell', spellId);
    expect(await rate()).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('employment rate: a voided wish takes its person out of the denominator', async () => {
    const c = kit.community();
    const p = kit.single(c);
    kit.employ(p, '2020-01-01');
    const q = kit.single(c, { wish: null });
    kit.wish(q, '2024-01-01', true);
    const wishId = lastId('employment_wishes');
    const rate = async () => itemOf(unitOf(await kit.assess(STD, '2025-06-30'), c), 'employment-rate');
    expect(await rate()).toMatchObject({ numerator: 1, denominator: 2 });
    await voidIt('employment_wish', wishId);
    expect(await rate()).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('no valid complaints: a voided valid complaint no longer fails the item', async () => {
    const c = kit.community();
    const id = kit.complaint(c, '2025-03-01', true);
    const item = async () => itemOf(unitOf(await kit.assess(STD, '2025-06-30'), c), 'no-valid-complaints');
    expect(await item()).toMatchObject({ verdict: 'fail' });
    await voidIt('complaint', id);
    expect(await item()).toMatchObject({ verdict: 'pass', value: 0 });
  });

  it('no long-term unemployed: a voided open registration is not long-term', async () => {
    const c = kit.community();
    const p = kit.single(c);
    const reg = kit.register(p, '2024-01-02');
    const item = async () => itemOf(unitOf(await kit.assess(STD, '2025-06-30'), c), 'no-long-term-unemployed');
    expect(await item()).toMatchObject({ value: 1 });
    await voidIt('unemployment_registration', reg);
    expect(await item()).toMatchObject({ value: 0, verdict: 'pass' });
  });
});

describe('worklist rules', () => {
  it('guidance due: a voided registration takes the row away; a voided guidance brings it back', async () => {
    const c = kit.community();
    const p = kit.single(c, { birthDate: '1990-04-04' });
    const reg = kit.register(p, '2025-09-30');
    kit.refresh();
    const rows = async () => {
      const result = await runtime.call('worklist.list', { asOf: '2025-12-31', kinds: ['guidance'] });
      if (!result.ok) throw new Error(result.error.message);
      return (result.value as WorklistList).rows.filter((r) => r.subject.id === p);
    };
    expect(await rows()).toHaveLength(1);
    kit.serve(p, '2025-10-09');
    const guidance = lastId('service_records');
    expect(await rows()).toHaveLength(0);
    await voidIt('service_record', guidance);
    expect(await rows()).toHaveLength(1);
    await voidIt('unemployment_registration', reg);
    expect(await rows()).toHaveLength(0);
  });
});

describe('population and family episodes', () => {
  it('voiding the only member’s spell re-derives the household: a zero-employment family appears', async () => {
    const c = kit.community();
    const h = kit.household(c);
    const p = kit.person(h, { birthDate: '1980-01-01' });
    kit.employ(p, '2020-01-01');
    const spellId = lastId('employment_spells');
    kit.refresh();
    const episodes = async () => {
      const result = await runtime.call('population.household', { householdId: h, asOf: '2025-06-30' });
      if (!result.ok) throw new Error(result.error.message);
      return (result.value as HouseholdPopulation).episodes.filter((e) => e.kind === 'zero_employment' && (e.ended === null || e.ended > '2025-06-30'));
    };
    expect(await episodes()).toHaveLength(0);
    await voidIt('employment_spell', spellId);
    expect(await episodes()).toHaveLength(1);
  });
});

describe('the voided record itself', () => {
  it('stays in the audit (before and after) and in the timeline, struck through with the reason; a second void is refused', async () => {
    const c = kit.community();
    const p = kit.single(c);
    const reg = kit.register(p, '2025-03-03');
    await voidIt('unemployment_registration', reg, '登记日期录错，已重新登记');
    const audit = runtime.db.sqlite
      .prepare("SELECT action, before, after FROM audit_events WHERE entity = 'unemployment_registration' AND entity_key = ?")
      .all(String(reg)) as { action: string; before: string; after: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]?.action).toBe('void');
    expect(JSON.parse(audit[0]?.before ?? '{}')).toMatchObject({ registeredOn: '2025-03-03' });
    expect(JSON.parse(audit[0]?.after ?? '{}')).toMatchObject({ voided: true, reason: '登记日期录错，已重新登记' });
    const timeline = await runtime.call('persons.timeline', { id: p });
    if (!timeline.ok) throw new Error(timeline.error.message);
    const entry = (timeline.value as TimelineEntry[]).find((e) => e.voided);
    expect(entry).toMatchObject({ date: '2025-03-03', title: '失业登记', voided: { reason: '登记日期录错，已重新登记' } });
    const again = await runtime.call('corrections.void', { entity: 'unemployment_registration', id: reg, reason: '重复' });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toContain('找不到该失业登记');
  });

  it('a void without a reason is refused', async () => {
    const c = kit.community();
    const reg = kit.register(kit.single(c), '2025-03-03');
    const result = await runtime.call('corrections.void', { entity: 'unemployment_registration', id: reg, reason: '  ' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('作废原因');
  });
});
