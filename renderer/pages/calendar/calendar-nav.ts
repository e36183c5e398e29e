/** Date moves for the month grid (pure, on `YYYY-MM-DD`). */
import { addDays as addCalendarDays, daysInMonth, formatIsoDate, weekdayOf } from '../../../shared/domain/dates';

export function yearMonthOf(iso: string): { year: number; month: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}

/** The same day `n` months later (or earlier), clamped to the month's last day; unchanged outside 1949–2200. */
export function addMonths(iso: string, n: number): string {
  const { year, month } = yearMonthOf(iso);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  if (y < 1949 || y > 2200) return iso;
  return formatIsoDate(y, m, Math.min(Number(iso.slice(8, 10)), daysInMonth(y, m)));
}

export function addDays(iso: string, n: number): string {
  const next = addCalendarDays(iso, n);
  return next < '1949-01-01' || next > '2200-12-31' ? iso : next;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const w = weekdayOf(iso);
  return w === 0 ? 7 : w;
}

/** Where the key moves the focused day, or null when the key is not a move. */
export function moveByKey(iso: string, key: string, shift: boolean): string | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(iso, -1);
    case 'ArrowRight':
      return addDays(iso, 1);
    case 'ArrowUp':
      return addDays(iso, -7);
    case 'ArrowDown':
      return addDays(iso, 7);
    case 'Home':
      return addDays(iso, 1 - isoWeekday(iso));
    case 'End':
      return addDays(iso, 7 - isoWeekday(iso));
    case 'PageUp':
      return addMonths(iso, shift ? -12 : -1);
    case 'PageDown':
      return addMonths(iso, shift ? 12 : 1);
    default:
      return null;
  }
}

/** The month's days in weeks of seven (Monday first), null where the week reaches into another month. */
export function weeksOf<T extends { date: string }>(days: readonly T[]): (T | null)[][] {
  const first = days[0];
  if (!first) return [];
  const cells: (T | null)[] = [...Array<null>(isoWeekday(first.date) - 1).fill(null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (T | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
