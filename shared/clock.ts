/**
 * The one module that reads the current time (tests/unit/clock/time-reads.test.ts fails on any other `new Date()` or
 * `Date.now()`). A process may pin "today" (DESK_TODAY, `--today`; the page pins itself to the server's date):
 * time then starts at that date, 09:00 local time, and runs on from there in real time, so timestamps stay ordered.
 */
import { isValidIsoDate, toIsoDate } from './domain/dates';

/** The hour of the pinned day that the pinned clock starts at (local time). */
const PINNED_START_HOUR = 9;

interface Pin {
  today: string;
  /** The pinned day at 09:00 local time, in epoch milliseconds. */
  startMs: number;
  /** The real clock when the pin was set. */
  realMs: number;
}

let pin: Pin | null = null;

/** The current time: the real one, or the pinned day's 09:00 plus the real time elapsed since pinning. */
export function now(): Date {
  const realMs = Date.now();
  if (pin === null) return new Date(realMs);
  return new Date(pin.startMs + Math.max(0, realMs - pin.realMs));
}

/** The current time as an ISO timestamp (UTC, `2026-11-20T01:00:00.000Z`): for `createdAt`, `updatedAt`, audit rows. */
export function nowIso(): string {
  return now().toISOString();
}

/** Today's local date as `YYYY-MM-DD`. */
export function todayIso(): string {
  return toIsoDate(now());
}

/**
 * Pins "today" to `iso` (`YYYY-MM-DD`), or unpins with null. An invalid date throws (with a Chinese message) and
 * leaves the clock as it was.
 */
export function pinToday(iso: string | null): void {
  if (iso === null) {
    pin = null;
    return;
  }
  if (!isValidIsoDate(iso)) throw new RangeError(`模拟日期必须是 YYYY-MM-DD 格式的有效日期：${iso}`);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  pin = { today: iso, startMs: new Date(year, month - 1, day, PINNED_START_HOUR).getTime(), realMs: Date.now() };
}

/** The pinned date, or null when the clock is the real one. */
export function pinnedToday(): string | null {
  return pin?.today ?? null;
}
