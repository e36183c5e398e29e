/** Saving an assessment (frozen with every value and list), listing, reading back, and comparing two. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Comparison, SavedAssessment, SavedSummary } from '../../../shared/contract/assessment';
import { itemOf, kitRuntime, StreetKit, unitOf } from './street-kit';
import type { KitRuntime } from './street-kit';

let runtime: KitRuntime;
let kit: StreetKit;
beforeEach(async () => {
  runtime = await kitRuntime('2025-12-31');
  kit = new StreetKit(runtime);
});
afterEach(() => runtime.dispose());

async function ok<T>(method: string, input: unknown): Promise<T> {
  kit.refresh();
  const result = await runtime.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

describe('saved assessments', () => {
  it('freeze every value and list; later changes do not touch them; two compare side by side', async () => {
    const a = kit.community('甲社区');
    const waiting = kit.single(a, { name: '待业者' });
    kit.employ(kit.single(a), '2020-01-01');
    const b = kit.community('乙社区');
    kit.employ(kit.single(b), '2020-01-01');

    const first = await ok<SavedSummary>('assessment.save', { standardId: 'chongqing-2007', asOf: '2025-06-30', note: '年中自查' });
    expect(first).toMatchObject({ standard: { id: 'chongqing-2007', version: '2007' }, asOf: '2025-06-30', period: { from: '2025-01-01', to: '2025-06-30' }, note: '年中自查', verdict: 'fail', communities: { pass: 0, fail: 1, incomplete: 1 } });
    const rows = runtime.db.sqlite.prepare('SELECT community_id AS c, verdict, frozen FROM assessments ORDER BY id').all();
    expect(rows).toEqual([
      { c: null, verdict: 'fail', frozen: 1 },
      { c: a, verdict: 'fail', frozen: 1 },
      { c: b, verdict: 'incomplete', frozen: 1 },
    ]);

    // The unemployed person finds a job; the organisation item is judged.
    kit.employ(waiting, '2025-06-01');
    for (const c of [a, b]) {
      await ok('assessment.recordManual', { standardId: 'chongqing-2007', itemId: 'organisation', communityId: c, periodFrom: '2025-01-01', periodTo: '2025-12-31', verdict: 'pass', evidence: '服务站、专职人员、经费、场地均到位' });
    }
    const second = await ok<SavedSummary>('assessment.save', { standardId: 'chongqing-2007', asOf: '2025-06-30' });
    expect(second).toMatchObject({ communities: { pass: 2, fail: 0, incomplete: 0 }, note: null });

    const list = await ok<SavedSummary[]>('assessment.listSaved', {});
    expect(list.map((s) => s.id)).toEqual([second.id, first.id]);
    expect(await ok<SavedSummary[]>('assessment.listSaved', { standardId: 'jilin-stars' })).toEqual([]);

    const frozen = await ok<SavedAssessment>('assessment.getSaved', { id: first.id });
    const item = itemOf(unitOf(frozen.run, a), 'employment-rate');
    expect(item).toMatchObject({ verdict: 'fail', numerator: 1, denominator: 2 });
    expect(item.failing.map((s) => s.name)).toEqual(['待业者']);
    expect(frozen.run.communities.map((c) => c.code)).toEqual([...frozen.run.communities.map((c) => c.code)].sort());
    expect(frozen.summary).toEqual(list[1]);

    const comparison = await ok<Comparison>('assessment.compare', { a: first.id, b: second.id });
    expect(comparison.rows.map((r) => r.scope)).toEqual(['street', 'community', 'community']);
    const rowA = comparison.rows.find((r) => r.name === '甲社区');
    expect(rowA).toMatchObject({ a: { verdict: 'fail' }, b: { verdict: 'pass' }, verdictChanged: true });
    expect(rowA?.items.find((i) => i.id === 'employment-rate')).toMatchObject({ a: { numerator: 1, denominator: 2, verdict: 'fail' }, b: { numerator: 2, denominator: 2, verdict: 'pass' }, changed: true });
    expect(rowA?.items.find((i) => i.id === 'no-valid-complaints')?.changed).toBe(false);

    expect(runtime.db.sqlite.prepare("SELECT COUNT(*) FROM audit_events WHERE entity = 'assessment'").pluck().get()).toBe(2);
  });

  it('an unknown saved assessment is NOT_FOUND', async () => {
    await kit.refused('assessment.getSaved', { id: 4242 }, 'NOT_FOUND', 'id');
  });

  it('a save is refused like a run (and writes nothing)', async () => {
    const c = kit.community();
    kit.employ(kit.single(c), '2020-01-01');
    await kit.refused('assessment.save', { standardId: 'chongqing-2007', asOf: '2026-02-01' }, 'INVALID_INPUT', 'asOf');
    expect(runtime.db.sqlite.prepare('SELECT COUNT(*) FROM assessments').pluck().get()).toBe(0);
  });
});
