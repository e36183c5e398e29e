/**
 * assessment.trend on a crafted street: twelve month-end points (the as-of date for its own month), with a person
 * turning 16, a spell ending and another starting on a month's last day, a registration cancelled that day, an
 * archive on a month's last day, a dated wish, a student; zero-employment families appearing and ending — checked
 * by hand and against population.snapshot on every date; one community alone; refused inputs.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssessmentTrend } from '../../../shared/contract/assessment-trend';
import type { StreetSnapshot } from '../../../shared/contract/population';
import { trendDates } from '../../../shared/domain/assessment/trend-dates';
import { kitRuntime, StreetKit } from './street-kit';
import type { KitRuntime } from './street-kit';

let runtime: KitRuntime;
let kit: StreetKit;
beforeEach(async () => {
  runtime = await kitRuntime('2025-12-31');
  kit = new StreetKit(runtime);
});
afterEach(() => runtime.dispose());

async function trend(asOf: string, communityId?: number): Promise<AssessmentTrend> {
  kit.refresh();
  const result = await runtime.call('assessment.trend', { asOf, ...(communityId === undefined ? {} : { communityId }) });
  if (!result.ok) throw new Error(`assessment.trend: ${result.error.message}`);
  return result.value as AssessmentTrend;
}

async function snapshot(asOf: string, communityId: number | null): Promise<StreetSnapshot['total']> {
  const result = await runtime.call('population.snapshot', { asOf, communityId });
  if (!result.ok) throw new Error(`population.snapshot: ${result.error.message}`);
  return (result.value as StreetSnapshot).total;
}

describe('trendDates', () => {
  it('twelve month ends, oldest first, the as-of date for its own month', () => {
    const dates = trendDates('2024-11-20');
    expect(dates).toHaveLength(12);
    expect(dates[0]).toEqual({ month: '2023-12', date: '2023-12-31' });
    expect(dates[2]).toEqual({ month: '2024-02', date: '2024-02-29' });
    expect(dates[10]).toEqual({ month: '2024-10', date: '2024-10-31' });
    expect(dates[11]).toEqual({ month: '2024-11', date: '2024-11-20' });
    expect(trendDates('2025-01-31', 3)).toEqual([
      { month: '2024-11', date: '2024-11-30' },
      { month: '2024-12', date: '2024-12-31' },
      { month: '2025-01', date: '2025-01-31' },
    ]);
  });
});

describe('assessment.trend', () => {
  it('counts LFW, E∩LFW, registered unemployed and zero-employment families on each month end, as the snapshot does', async () => {
    const a = kit.community('甲社区');
    // Employed all along.
    const p1 = kit.single(a, { birthDate: '1985-04-10' });
    kit.employ(p1, '2020-01-01');
    // Out of work from 2025-03-10 (registered that day) until a new job on 2025-06-30, the day the registration is cancelled.
    const p2 = kit.single(a, { birthDate: '1990-02-02' });
    kit.employ(p2, '2015-01-01', '2025-03-09');
    kit.register(p2, '2025-03-10', '2025-06-30');
    kit.employ(p2, '2025-06-30');
    // Turns 16 on a month's last day, looking for work.
    kit.single(a, { birthDate: '2009-05-31' });
    // Unemployed, moved away on a month's last day.
    kit.single(a, { birthDate: '1980-01-15', archivedOn: '2025-07-31' });
    // No wish until one recorded on 2025-09-10.
    const p5 = kit.single(a, { birthDate: '1988-08-08', wish: null });
    kit.wish(p5, '2024-01-01', false);
    kit.wish(p5, '2025-09-10', true);
    // A full-time student is not in labour resources.
    kit.single(a, { birthDate: '2004-03-03', isStudent: true });
    const b = kit.community('乙社区');
    kit.employ(kit.single(b), '2021-05-01');

    const result = await trend('2025-11-20', a);
    expect(result.community).toMatchObject({ id: a, name: '甲社区' });
    expect(result.points.map((p) => p.date)).toEqual([
      '2024-12-31', '2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31',
      '2025-06-30', '2025-07-31', '2025-08-31', '2025-09-30', '2025-10-31', '2025-11-20',
    ]);
    expect(result.points.map((p) => p.lfw)).toEqual([3, 3, 3, 3, 3, 4, 4, 3, 3, 4, 4, 4]);
    expect(result.points.map((p) => p.employedLfw)).toEqual([2, 2, 2, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(result.points.map((p) => p.registeredUnemployed)).toEqual([0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(result.points.map((p) => p.zeroEmploymentFamilies)).toEqual([1, 1, 1, 2, 2, 3, 2, 1, 1, 2, 2, 2]);
    expect(result.points[3]?.employmentRate).toBeCloseTo(1 / 3, 10);
    expect(result.points[11]).toMatchObject({ month: '2025-11', employmentRate: 0.5 });

    const street = await trend('2025-11-20');
    expect(street.community).toBeNull();
    expect(street.points.map((p) => p.lfw)).toEqual([4, 4, 4, 4, 4, 5, 5, 4, 4, 5, 5, 5]);
    expect(street.points.map((p) => p.employedLfw)).toEqual([3, 3, 3, 2, 2, 2, 3, 3, 3, 3, 3, 3]);

    for (const [points, communityId] of [[result.points, a], [street.points, null]] as const) {
      for (const point of points) {
        const s = await snapshot(point.date, communityId);
        expect({ date: point.date, lfw: point.lfw, employedLfw: point.employedLfw, ru: point.registeredUnemployed, zero: point.zeroEmploymentFamilies }).toEqual({
          date: point.date,
          lfw: s.lfw,
          employedLfw: s.employedLfw,
          ru: s.registeredUnemployed,
          zero: s.zeroEmploymentFamilies,
        });
      }
    }
  });

  it('a community without residents: zeros and no rate', async () => {
    const empty = kit.community('空社区');
    kit.employ(kit.single(kit.community('乙社区')), '2021-05-01');
    const result = await trend('2025-06-30', empty);
    expect(result.points).toHaveLength(12);
    for (const p of result.points) expect(p).toMatchObject({ employmentRate: null, lfw: 0, employedLfw: 0, zeroEmploymentFamilies: 0, registeredUnemployed: 0 });
  });

  it('refuses a date after today and an unknown community, naming the field', async () => {
    const a = kit.community();
    kit.employ(kit.single(a), '2021-05-01');
    const future = await kit.refused('assessment.trend', { asOf: '2026-01-05' }, 'INVALID_INPUT', 'asOf');
    expect(future.message).toContain('晚于今天');
    await kit.refused('assessment.trend', { asOf: '2025-06-30', communityId: 9999 }, 'NOT_FOUND', 'communityId');
    await kit.refused('assessment.trend', { asOf: '2025-02-30' }, 'INVALID_INPUT', 'asOf');
  });
});
