/**
 * 待办: the navigation badge (worklist.counts) and the page's 共 N 条 (worklist.list) agree. They once differed (49 vs
 * 55 on the demo) because the badge left out the upcoming rows — entering 4050, retirement — that the page lists.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorklistCounts } from '../../../shared/contract/worklist';
import { tallyWorklist } from '../../../shared/domain/worklist/tally';
import { community, household, ok, person, register, streetRuntime, wish, worklist } from '../worklist/street-fixture';
import type { Runtime } from '../worklist/street-fixture';

let runtime: Runtime;
beforeEach(async () => {
  runtime = await streetRuntime('2025-06-02');
});
afterEach(() => runtime.dispose());

describe('the badge equals the page count', () => {
  it('with overdue, due and upcoming rows: counts.open is the unfiltered list total, upcoming included', async () => {
    const jinshan = await community(runtime, '金山社区');
    const h = await household(runtime, jinshan, { urban: false });
    const woman = await person(runtime, h, { birthDate: '1985-07-01', gender: 'F' });
    await wish(runtime, woman.id, '2025-01-02');
    const h2 = await household(runtime, jinshan, { urban: false });
    const man = await person(runtime, h2, { birthDate: '1990-03-03' });
    await wish(runtime, man.id, '2025-01-02');
    await register(runtime, man.id, '2025-05-06');

    const list = await worklist(runtime, '2025-06-02');
    const counts = await ok<WorklistCounts>(runtime, 'worklist.counts', { asOf: '2025-06-02' });
    const tally = tallyWorklist(list.rows);
    expect(tally.upcoming).toBeGreaterThan(0);
    expect(tally.overdue).toBeGreaterThan(0);
    expect(counts.open).toBe(list.total);
    expect(counts.open).toBe(tally.total);
    expect(counts.overdue).toBe(tally.overdue);
    expect(counts.upcoming).toBe(tally.upcoming);
  });

  it('tallies an empty list as zero and each status once', () => {
    expect(tallyWorklist([])).toEqual({ total: 0, overdue: 0, due: 0, upcoming: 0 });
    expect(tallyWorklist([{ status: 'overdue' }, { status: 'due' }, { status: 'upcoming' }, { status: 'upcoming' }])).toEqual({ total: 4, overdue: 1, due: 1, upcoming: 2 });
  });
});
