/** The pure assessment rules: exact comparisons and gaps, guidance and durations, the overall verdict and stars. */
import { describe, expect, it } from 'vitest';
import { countGap, formatPercent, ratioGap, ratioMeets } from '../../../shared/domain/assessment/compare';
import { validityOn } from '../../../shared/domain/assessment/complaint-validity';
import { clearanceDeadline, isLongTermOn, isOverdueFamily } from '../../../shared/domain/assessment/durations';
import { commitmentStatus, guidanceStatus } from '../../../shared/domain/assessment/guidance';
import { starLevel, unitOutcome } from '../../../shared/domain/assessment/unit-verdict';
import type { ItemForVerdict } from '../../../shared/domain/assessment/unit-verdict';

describe('ratioMeets: exact, whatever the floating-point product', () => {
  it.each([
    [19, 20, '>=', 0.95, true],
    [18, 20, '>=', 0.95, false],
    [57, 60, '>=', 0.95, true],
    [3, 10, '<=', 0.3, true],
    [31, 100, '<=', 0.3, false],
    [7, 10, '>=', 0.7, true],
    [1, 3, '<=', 0.333333, false],
    [2, 2, '>=', 1, true],
    [1, 2, '>', 0.5, false],
    [1, 2, '==', 0.5, true],
  ] as const)('%i/%i %s %f → %s', (n, d, c, t, expected) => {
    expect(ratioMeets(n, d, c, t)).toBe(expected);
  });

  it('refuses a zero denominator (callers explain an empty ratio instead)', () => {
    expect(() => ratioMeets(0, 0, '>=', 0.95)).toThrow(RangeError);
  });
});

describe('gap to pass', () => {
  it.each([
    [18, 20, '>=', 0.95, 1],
    [81645, 88375, '>=', 0.95, 2312],
    [0, 1, '>=', 0.95, 1],
    [4, 10, '<=', 0.3, 1],
    [3, 8, '<=', 0.3, 1],
    [19, 20, '>=', 0.95, 0],
    [1, 2, '>', 0.5, 1],
  ] as const)('%i/%i %s %f needs %i', (n, d, c, t, gap) => {
    expect(ratioGap(n, d, c, t)).toBe(gap);
  });

  it('counts: how many must go', () => {
    expect(countGap(3, '<=', 0)).toBe(3);
    expect(countGap(3, '<', 1)).toBe(3);
    expect(countGap(0, '<=', 0)).toBe(0);
    expect(countGap(1, '>=', 2)).toBeNull();
  });

  it('formats percentages as the clerk reads them', () => {
    expect(formatPercent(0.95)).toBe('95%');
    expect(formatPercent(0.92384)).toBe('92.4%');
    expect(formatPercent(1)).toBe('100%');
  });
});

describe('guidance within the deadline', () => {
  const base = { registeredOn: '2025-03-03', cancelledOn: null, firstGuidanceOn: null, deadline: '2025-03-06' };
  it.each([
    [{ firstGuidanceOn: '2025-03-06' }, '2025-06-30', 'on_time'],
    [{ firstGuidanceOn: '2025-03-07' }, '2025-06-30', 'late'],
    [{}, '2025-03-06', 'pending'],
    [{}, '2025-03-07', 'late'],
    [{ cancelledOn: '2025-03-06' }, '2025-06-30', 'excluded'],
    [{ cancelledOn: '2025-03-06' }, '2025-03-05', 'pending'],
    [{ cancelledOn: '2025-03-07' }, '2025-06-30', 'late'],
    [{ cancelledOn: '2025-03-04', firstGuidanceOn: '2025-03-04' }, '2025-06-30', 'on_time'],
  ] as const)('%o as of %s → %s', (change, asOf, status) => {
    expect(guidanceStatus({ ...base, ...change }, asOf)).toBe(status);
  });

  it('the 72-hour commitment counts calendar days', () => {
    expect(commitmentStatus('2025-05-01', '2025-05-04', '2025-05-04', '2025-06-30')).toBe('on_time');
    expect(commitmentStatus('2025-05-01', '2025-05-05', '2025-05-04', '2025-06-30')).toBe('late');
    expect(commitmentStatus('2025-05-01', null, '2025-05-04', '2025-05-04')).toBe('pending');
  });
});

describe('durations in calendar months (clamped to the month end)', () => {
  it.each([
    ['2025-01-15', '2025-02-15', false],
    ['2025-01-15', '2025-02-16', true],
    ['2025-01-31', '2025-02-28', false],
    ['2025-01-31', '2025-03-01', true],
    ['2024-01-31', '2024-02-29', false],
  ])('family appeared %s, as of %s overdue: %s', (appeared, asOf, overdue) => {
    expect(isOverdueFamily(appeared, asOf, 1)).toBe(overdue);
  });

  it('clearance deadline and long-term registrations', () => {
    expect(clearanceDeadline('2025-10-31', 1)).toBe('2025-11-30');
    expect(isLongTermOn('2024-06-30', '2025-06-30', 12)).toBe(false);
    expect(isLongTermOn('2024-06-30', '2025-07-01', 12)).toBe(true);
    expect(isLongTermOn('2024-02-29', '2025-02-28', 12)).toBe(false);
    expect(isLongTermOn('2024-02-29', '2025-03-01', 12)).toBe(true);
  });
});

const item = (verdict: ItemForVerdict['verdict'], o: Partial<ItemForVerdict> = {}): ItemForVerdict => ({ verdict, veto: false, points: null, earned: null, ...o });

describe('the overall verdict', () => {
  it('all-items: a fail fails; only unrecorded manual items leave it incomplete; all passed passes', () => {
    const all = { pass: 'all-items' } as const;
    expect(unitOutcome([item('pass'), item('fail'), item('unrecorded')], all).verdict).toBe('fail');
    expect(unitOutcome([item('pass'), item('unrecorded')], all).verdict).toBe('incomplete');
    expect(unitOutcome([item('pass'), item('pass')], all)).toEqual({ verdict: 'pass', vetoed: false, score: null, maxScore: null, maxPossibleScore: null });
  });

  it('min-score: decided by the score unless a veto item fails; unrecorded points may still decide it', () => {
    const rule = { pass: 'min-score', minScore: 85 } as const;
    const scored = (verdict: ItemForVerdict['verdict'], points: number, o: Partial<ItemForVerdict> = {}) => item(verdict, { points, earned: verdict === 'pass' ? points : 0, ...o });
    // 90 of 100 with a non-veto item failed: pass.
    expect(unitOutcome([scored('pass', 90), scored('fail', 10)], rule)).toMatchObject({ verdict: 'pass', score: 90, maxScore: 100 });
    // A veto item failed: fail whatever the score.
    expect(unitOutcome([scored('pass', 90), scored('fail', 10, { veto: true })], rule)).toMatchObject({ verdict: 'fail', vetoed: true, score: 90 });
    // 80 recorded, 10 unrecorded: 90 still reachable → incomplete; 70 + 10 → fail.
    expect(unitOutcome([scored('pass', 80), scored('fail', 10), scored('unrecorded', 10)], rule)).toMatchObject({ verdict: 'incomplete', score: 80, maxPossibleScore: 90 });
    expect(unitOutcome([scored('pass', 70), scored('fail', 20), scored('unrecorded', 10)], rule)).toMatchObject({ verdict: 'fail', maxPossibleScore: 80 });
    // Already 90 without the unrecorded one: pass, unless that one is a veto item.
    expect(unitOutcome([scored('pass', 90), scored('unrecorded', 10)], rule).verdict).toBe('pass');
    expect(unitOutcome([scored('pass', 90), scored('unrecorded', 10, { veto: true })], rule).verdict).toBe('incomplete');
    // The clerk's partial score.
    expect(unitOutcome([scored('pass', 80), item('pass', { points: 20, earned: 4.5 })], rule)).toMatchObject({ score: 84.5, verdict: 'fail' });
  });

  it('stars: the highest tier whose thresholds — and every lower tier’s — are met, only when passing', () => {
    const tiers = [
      { stars: 3, name: '三星', example: true, thresholds: { rate: 0.95 } },
      { stars: 4, name: '四星', example: true, thresholds: { rate: 0.97 } },
      { stars: 5, name: '五星', example: true, thresholds: { rate: 0.98 }, minScore: 90 },
    ];
    const rate = (value: number) => (_id: string, threshold: number) => value >= threshold;
    expect(starLevel(tiers, 'pass', null, rate(0.975)).stars).toBe(4);
    expect(starLevel(tiers, 'pass', null, rate(0.99)).stars).toBe(4);
    expect(starLevel(tiers, 'pass', 95, rate(0.99)).stars).toBe(5);
    expect(starLevel(tiers, 'pass', null, rate(0.9)).stars).toBe(0);
    expect(starLevel(tiers, 'fail', null, rate(0.99)).stars).toBe(0);
    expect(starLevel(undefined, 'pass', null, rate(0.99)).stars).toBeNull();
  });
});

describe("a complaint's validity as known on D", () => {
  it.each([
    { note: 'not judged', valid: null, judgedOn: null, expected: 'unjudged' },
    { note: 'judged valid the day before D', valid: true, judgedOn: '2025-06-29', expected: 'valid' },
    { note: 'judged valid on D', valid: true, judgedOn: '2025-06-30', expected: 'valid' },
    { note: 'judged valid on D + 1', valid: true, judgedOn: '2025-07-01', expected: 'unjudged' },
    { note: 'judged invalid on D', valid: false, judgedOn: '2025-06-30', expected: 'invalid' },
    { note: 'judged invalid on D + 1', valid: false, judgedOn: '2025-07-01', expected: 'unjudged' },
    { note: 'judged without a day', valid: true, judgedOn: null, expected: 'unjudged' },
  ] as const)('$note → $expected', ({ valid, judgedOn, expected }) => {
    expect(validityOn({ valid, judgedOn }, '2025-06-30')).toBe(expected);
  });
});
