/**
 * Comparing a value with a threshold exactly: thresholds are decimals (0.95, 0.3), so ratios are compared as
 * integers (numerator × S against round(threshold × S) × denominator, S = 10⁶) and "exactly 95%" (19 of 20) passes
 * `>= 0.95` however the floating-point product rounds. Also the gap to pass: how many subjects must move.
 */
import type { Comparator } from '../../contract/standards';

const SCALE = 1_000_000;

function scaled(threshold: number): number {
  return Math.round(threshold * SCALE);
}

function holds(left: number, comparator: Comparator, right: number): boolean {
  switch (comparator) {
    case '>=':
      return left >= right;
    case '>':
      return left > right;
    case '<=':
      return left <= right;
    case '<':
      return left < right;
    case '==':
      return left === right;
  }
}

/** numerator / denominator compared with the threshold; the denominator must be positive. */
export function ratioMeets(numerator: number, denominator: number, comparator: Comparator, threshold: number): boolean {
  if (denominator <= 0) throw new RangeError('ratioMeets: 分母必须大于 0');
  return holds(numerator * SCALE, comparator, scaled(threshold) * denominator);
}

export function countMeets(count: number, comparator: Comparator, threshold: number): boolean {
  return holds(count, comparator, threshold);
}

/**
 * How many subjects must move into the numerator (`>=`, `>`) or out of it (`<=`, `<`) for a ratio to meet the
 * threshold, the denominator staying the same; 0 when it already does; null when no number of moves can (`==`, or a
 * threshold out of reach).
 */
export function ratioGap(numerator: number, denominator: number, comparator: Comparator, threshold: number): number | null {
  if (denominator <= 0) return null;
  if (ratioMeets(numerator, denominator, comparator, threshold)) return 0;
  const target = scaled(threshold) * denominator;
  let needed: number;
  switch (comparator) {
    case '>=':
      needed = Math.ceil(target / SCALE) - numerator;
      break;
    case '>':
      needed = Math.floor(target / SCALE) + 1 - numerator;
      break;
    case '<=':
      needed = numerator - Math.floor(target / SCALE);
      break;
    case '<':
      needed = numerator - (Math.ceil(target / SCALE) - 1);
      break;
    case '==':
      return null;
  }
  const moved = comparator === '>=' || comparator === '>' ? numerator + needed : numerator - needed;
  if (needed <= 0 || moved < 0 || moved > denominator || !ratioMeets(moved, denominator, comparator, threshold)) return null;
  return needed;
}

/** How many must go for a count to meet the threshold (`<=`, `<`); null for the other comparators. */
export function countGap(count: number, comparator: Comparator, threshold: number): number | null {
  if (countMeets(count, comparator, threshold)) return 0;
  if (comparator === '<=') return count - threshold;
  if (comparator === '<') return count - threshold + 1;
  return null;
}

/** 0.9523… → "95.2%"; whole percentages without decimals ("95%"). */
export function formatPercent(ratio: number): string {
  const percent = Math.round(ratio * 1000) / 10;
  return `${Number.isInteger(percent) ? percent.toFixed(0) : percent.toFixed(1)}%`;
}

export const COMPARATOR_TEXT: Readonly<Record<Comparator, string>> = {
  '>=': '不低于',
  '>': '高于',
  '<=': '不高于',
  '<': '低于',
  '==': '等于',
};
