import { describe, expect, it } from 'vitest';
import { addMonths, moveByKey, weeksOf } from '../../../renderer/pages/calendar/calendar-nav';

describe('month grid keyboard moves', () => {
  it.each([
    ['ArrowLeft', false, '2026-03-02', '2026-03-01'],
    ['ArrowRight', false, '2026-02-28', '2026-03-01'],
    ['ArrowUp', false, '2026-03-03', '2026-02-24'],
    ['ArrowDown', false, '2026-02-24', '2026-03-03'],
    ['Home', false, '2026-02-14', '2026-02-09'], // Saturday → Monday of its week
    ['End', false, '2026-02-09', '2026-02-15'],
    ['PageDown', false, '2026-01-31', '2026-02-28'], // clamped to the month's last day
    ['PageUp', false, '2026-03-31', '2026-02-28'],
    ['PageDown', true, '2024-02-29', '2025-02-28'],
    ['PageUp', true, '2026-02-14', '2025-02-14'],
  ])('%s (shift %s) from %s → %s', (key, shift, from, to) => {
    expect(moveByKey(from, key, shift)).toBe(to);
  });

  it('ignores other keys and stays within 1949–2200', () => {
    expect(moveByKey('2026-02-14', 'a', false)).toBeNull();
    expect(addMonths('2200-12-15', 1)).toBe('2200-12-15');
    expect(addMonths('1949-01-15', -1)).toBe('1949-01-15');
  });

  it('lays February 2026 out Monday first: Sunday the 1st is the seventh cell', () => {
    const days = Array.from({ length: 28 }, (_, i) => ({ date: `2026-02-${String(i + 1).padStart(2, '0')}` }));
    const weeks = weeksOf(days);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.map((d) => d?.date ?? null)).toEqual([null, null, null, null, null, null, '2026-02-01']);
    expect(weeks[4]?.map((d) => d?.date ?? null)).toEqual(['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', null]);
  });
});
