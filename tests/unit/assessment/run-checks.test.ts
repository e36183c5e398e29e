/** assessment.run: refused dates and references, an empty community, one community, and dates beyond the calendar. */
import { afterEach, describe, expect, it } from 'vitest';
import type { AssessmentRun } from '../../../shared/contract/assessment';
import { itemOf, kitRuntime, StreetKit, unitOf } from './street-kit';
import type { KitRuntime } from './street-kit';

let runtime: KitRuntime | null = null;
afterEach(() => runtime?.dispose());

async function kitAt(today: string): Promise<StreetKit> {
  runtime = await kitRuntime(today);
  return new StreetKit(runtime);
}

describe('refused', () => {
  it.each([
    { note: 'an as-of date after today', input: { asOf: '2026-01-01' }, code: 'INVALID_INPUT', path: 'asOf', message: /晚于今天（2025-12-31）/ },
    { note: 'a period starting after the as-of date', input: { asOf: '2025-06-30', from: '2025-07-01' }, code: 'INVALID_INPUT', path: 'from', message: /开始日 2025-07-01 晚于截止日 2025-06-30/ },
    { note: 'an as-of date before any record', input: { asOf: '2019-12-31' }, code: 'INVALID_INPUT', path: 'asOf', message: /早于本街道最早的记录（2020-01-01）/ },
    { note: 'a date that does not exist', input: { asOf: '2025-02-29' }, code: 'INVALID_INPUT', path: 'asOf', message: /有效/ },
    { note: 'an unknown standard', input: { standardId: 'beijing-2030', asOf: '2025-06-30' }, code: 'NOT_FOUND', path: 'standardId', message: /没有编号为 beijing-2030 的考核标准/ },
    { note: 'an unknown version', input: { version: '1999', asOf: '2025-06-30' }, code: 'NOT_FOUND', path: 'version', message: /1999 版/ },
    { note: 'an unknown community', input: { asOf: '2025-06-30', communityId: 99999 }, code: 'NOT_FOUND', path: 'communityId', message: /找不到该社区/ },
  ])('$note', async ({ input, code, path, message }) => {
    const kit = await kitAt('2025-12-31');
    const c = kit.community();
    kit.employ(kit.single(c), '2020-01-01');
    const error = await kit.refused('assessment.run', { standardId: 'chongqing-2007', ...input }, code as 'INVALID_INPUT', path);
    expect(error.message).toMatch(message);
  });
});

describe('a community with no residents', () => {
  it('fails and says why, with no ratio divided by zero', async () => {
    const kit = await kitAt('2025-12-31');
    const empty = kit.community('新建社区');
    const moved = kit.community('搬空社区');
    kit.single(moved, { archivedOn: '2025-01-10' });
    const lived = kit.community('有人社区');
    kit.employ(kit.single(lived), '2020-01-01');
    const run = await kit.assess('chongqing-2007', '2025-06-30');
    for (const id of [empty, moved]) {
      const unit = unitOf(run, id);
      expect(unit).toMatchObject({ verdict: 'fail', hasResidents: false, labourResources: 0 });
      expect(unit.reasons[0]).toContain('本社区截止日没有居民');
      expect(itemOf(unit, 'employment-rate')).toMatchObject({ verdict: 'fail', value: null, numerator: 0, denominator: 0 });
      expect(itemOf(unit, 'employment-rate').note).toContain('有就业愿望的人数为 0');
      expect(itemOf(unit, 'dibao-unemployed-share')).toMatchObject({ verdict: 'pass', value: null });
    }
    expect(unitOf(run, lived).hasResidents).toBe(true);
    expect(JSON.stringify(run)).not.toMatch(/NaN|Infinity/);
  });
});

describe('one community', () => {
  it('lists only that community; the street still covers all of them', async () => {
    const kit = await kitAt('2025-12-31');
    const a = kit.community();
    kit.employ(kit.single(a), '2020-01-01');
    const b = kit.community();
    kit.single(b);
    kit.refresh();
    const result = await kit.runtime.call('assessment.run', { standardId: 'chongqing-2007', asOf: '2025-06-30', communityId: b });
    if (!result.ok) throw new Error(result.error.message);
    const run = result.value as AssessmentRun;
    expect(run.communities.map((c) => c.communityId)).toEqual([b]);
    expect(itemOf(run.street, 'employment-rate')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(run.period).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(run.standard).toMatchObject({ id: 'chongqing-2007', version: '2007' });
  });
});

describe('dates beyond the working calendar', () => {
  it('warns in the result, in the item and on the registration; the verdict uses the plain week', async () => {
    const kit = await kitAt('2027-03-31');
    const c = kit.community();
    const p = kit.single(c);
    // Wednesday 2026-12-30: Thursday (1), Friday 2027-01-01 — unknown in 2027, counted as a workday (2), Monday (3).
    kit.register(p, '2026-12-30');
    const q = kit.single(c);
    kit.register(q, '2027-01-04');
    kit.serve(q, '2027-01-05');
    const run = await kit.assess('chongqing-2007', '2027-01-15', '2026-12-01');
    expect(run.warnings.some((w) => w.includes('截止日 2027-01-15 超出工作日历已有的年份（2004–2026 年）'))).toBe(true);
    const item = itemOf(unitOf(run, c), 'guidance-3-working-days');
    expect(item.warnings[0]).toContain('有 2 条登记的指导期限落在 2027 年');
    expect(run.warnings).toContain(item.warnings[0]);
    expect(item).toMatchObject({ numerator: 1, denominator: 2, verdict: 'fail' });
    expect(item.failing[0]?.reason).toContain('指导期限 2027-01-04（期限按普通周末推算，待导入日历确认）');
    expect(run.calendar).toEqual({ firstYear: 2004, lastYear: 2026 });
  });

  it('no warning inside the calendar’s years', async () => {
    const kit = await kitAt('2025-12-31');
    const c = kit.community();
    const p = kit.single(c);
    kit.register(p, '2025-03-03');
    kit.serve(p, '2025-03-04');
    const run = await kit.assess('chongqing-2007', '2025-06-30');
    expect(run.warnings).toEqual([]);
  });
});
