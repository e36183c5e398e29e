/**
 * The monthly trend's reads (electron/services/assessment/trend.ts), for up to 16 ascending dates at once, each one
 * set-based scan returning plain numbers (they cross from SQLite several times faster than rows): a subject's state
 * on every date packed as bits — code = id × MASK_SPAN + mask, bit i set when the state holds on the i-th date.
 *
 * Each state is an interval of dates (a working age, a spell, a registration, a family episode), so its mask is
 * (1 << hi) − (1 << lo) with lo and hi found by a binary search over the dates inside the SQL (four comparisons,
 * not twelve). The definitions are those of the street snapshot (population-repo.ts) and of the assessment's labour
 * force (assessment-population-repo.ts).
 */

/** The largest number of dates one read takes (bits of the mask). */
export const MAX_TREND_DATES = 16;

/** code = id × MASK_SPAN + mask. */
export const MASK_SPAN = 2 ** MAX_TREND_DATES;

export interface TrendScope {
  /** Ascending dates. */
  dates: readonly string[];
  /** null: the whole street. */
  communityId: number | null;
}

type Bound = Record<string, string | number | null>;

export function bind(scope: TrendScope): Bound {
  const n = scope.dates.length;
  if (n === 0 || n > MAX_TREND_DATES) throw new RangeError(`trend reads take 1 to ${MAX_TREND_DATES} dates`);
  const bound: Bound = { communityId: scope.communityId, first: scope.dates[0] ?? '', last: scope.dates[n - 1] ?? '' };
  scope.dates.forEach((date, i) => {
    bound[`d${i}`] = date;
  });
  return bound;
}

/** How many of the dates $d{lo} … $d{hi−1} are before `x` (`<`), or not after it (`<=`): a binary search in SQL. */
function rank(x: string, op: '<' | '<=', lo: number, hi: number): string {
  if (lo >= hi) return String(lo);
  const mid = (lo + hi) >> 1;
  return `(CASE WHEN $d${mid} ${op} ${x} THEN ${rank(x, op, mid + 1, hi)} ELSE ${rank(x, op, lo, mid)} END)`;
}

/**
 * The dates d with start ≤ d and d before `end` (`endInclusive`: d ≤ end); a null end is open. As bits.
 * `end` must be an expression that is null only when the interval is open.
 */
export function intervalMask(scope: TrendScope, start: string, end: string, endInclusive: boolean): string {
  const n = scope.dates.length;
  const lo = rank(start, '<', 0, n);
  const hi = `(CASE WHEN ${end} IS NULL THEN ${n} ELSE ${rank(end, endInclusive ? '<=' : '<', 0, n)} END)`;
  return `MAX(0, (1 << ${hi}) - (1 << ${lo}))`;
}
