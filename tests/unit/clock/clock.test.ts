import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { now, nowIso, pinnedToday, pinToday, todayIso } from '../../../shared/clock';
import { followServerClock } from '../../../renderer/app/follow-server-clock';
import { toIsoDate } from '../../../shared/domain/dates';

const REAL = new Date(2031, 4, 6, 15, 30, 0);
const MINUTE = 60_000;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(REAL);
});
afterEach(() => {
  pinToday(null);
  vi.useRealTimers();
});

describe('the clock, not pinned', () => {
  it('is the real time', () => {
    expect(pinnedToday()).toBeNull();
    expect(now().getTime()).toBe(REAL.getTime());
    expect(nowIso()).toBe(REAL.toISOString());
    expect(todayIso()).toBe('2031-05-06');
  });
});

describe('the clock, pinned', () => {
  it('starts at 09:00 local time of the pinned date', () => {
    pinToday('2026-11-20');
    expect(pinnedToday()).toBe('2026-11-20');
    expect(todayIso()).toBe('2026-11-20');
    const at = now();
    expect([at.getFullYear(), at.getMonth() + 1, at.getDate(), at.getHours(), at.getMinutes()]).toEqual([2026, 11, 20, 9, 0]);
    expect(nowIso()).toBe(at.toISOString());
  });

  it('runs on in real time, so timestamps stay ordered', () => {
    pinToday('2026-11-20');
    const first = nowIso();
    vi.advanceTimersByTime(5 * MINUTE);
    const second = nowIso();
    expect(second > first).toBe(true);
    expect(now().getHours()).toBe(9);
    expect(now().getMinutes()).toBe(5);
    vi.advanceTimersByTime(15 * 60 * MINUTE);
    expect(todayIso()).toBe('2026-11-21');
  });

  it('never goes back before its start when the real clock is set back', () => {
    pinToday('2026-11-20');
    const start = now().getTime();
    vi.setSystemTime(REAL.getTime() - 60 * MINUTE);
    expect(now().getTime()).toBe(start);
  });

  it('accepts a leap day and re-pinning to another date', () => {
    pinToday('2024-02-29');
    expect(todayIso()).toBe('2024-02-29');
    pinToday('2025-01-01');
    expect(todayIso()).toBe('2025-01-01');
    expect(pinnedToday()).toBe('2025-01-01');
  });

  it('unpins with null: the real time again', () => {
    pinToday('2026-11-20');
    pinToday(null);
    expect(pinnedToday()).toBeNull();
    expect(now().getTime()).toBe(REAL.getTime());
    expect(todayIso()).toBe(toIsoDate(REAL));
  });

  it.each(['2026-02-30', '2026-13-01', '20261120', '2026-11-20T09:00', '', 'today', '1899-12-31'])(
    'refuses %j with a Chinese message and leaves the clock as it was',
    (value) => {
      pinToday('2026-11-20');
      expect(() => pinToday(value)).toThrow(/模拟日期必须是 YYYY-MM-DD 格式的有效日期/);
      expect(pinnedToday()).toBe('2026-11-20');
      expect(todayIso()).toBe('2026-11-20');
    },
  );
});

describe('the page follows the server\'s pinned date', () => {
  it('pins, keeps running on re-renders, and unpins with the server', () => {
    followServerClock('2026-11-20');
    expect(todayIso()).toBe('2026-11-20');
    vi.advanceTimersByTime(5 * MINUTE);
    const before = nowIso();
    followServerClock('2026-11-20');
    expect(nowIso()).toBe(before);
    followServerClock(null);
    expect(pinnedToday()).toBeNull();
    expect(todayIso()).toBe(toIsoDate(REAL));
  });
});
