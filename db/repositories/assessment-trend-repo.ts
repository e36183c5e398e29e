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
import type { DeskDatabase } from '../desk-database';

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

function bind(scope: TrendScope): Bound {
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
function intervalMask(scope: TrendScope, start: string, end: string, endInclusive: boolean): string {
  const n = scope.dates.length;
  const lo = rank(start, '<', 0, n);
  const hi = `(CASE WHEN ${end} IS NULL THEN ${n} ELSE ${rank(end, endInclusive ? '<=' : '<', 0, n)} END)`;
  return `MAX(0, (1 << ${hi}) - (1 << ${lo}))`;
}

/** Persons who belonged to a household of the community on some date (membershipMasks says on which). */
const PERSON_IN_COMMUNITY = (personColumn: string) =>
  `($communityId IS NULL OR ${personColumn} IN (SELECT m.person_id FROM household_memberships m JOIN households h ON h.id = m.household_id
                                                 WHERE h.community_id = $communityId))`;

/**
 * The dates on which persons belong to the scope (DOMAIN §2, dated membership): for the street, only the persons
 * whose membership is dated (everyone else belongs on every date); for a community, everyone who ever belonged to
 * one of its households (anyone else never does). personId × MASK_SPAN + dates; a person may appear more than once.
 */
export function membershipMasks(db: DeskDatabase, scope: TrendScope): number[] {
  const mask = intervalMask(scope, "COALESCE(m.from_date, '0000-01-01')", 'm.to_date', true);
  const where =
    scope.communityId === null
      ? `m.person_id IN (SELECT person_id FROM household_memberships WHERE from_date IS NOT NULL OR to_date IS NOT NULL)`
      : `m.household_id IN (SELECT id FROM households WHERE community_id = $communityId)`;
  return db.sqlite
    .prepare(`SELECT m.person_id * ${MASK_SPAN} + ${mask} FROM household_memberships m WHERE ${where}`)
    .pluck()
    .all(bind(scope)) as number[];
}

/**
 * Persons in labour resources (LF) on at least one date — working age by the derived columns (16th birthday up to
 * the day before retirement), able to work, not a student, not retired, not archived on the date: one code each,
 * the dates in LF as bits. The date indexes are bypassed (`+`): working age covers most of the street.
 */
export function labourForceMasks(db: DeskDatabase, scope: TrendScope): number[] {
  const mask = intervalMask(scope, 'p.working_age_from', "MIN(p.retirement_on, COALESCE(p.archived_on, '9999-12-31'))", false);
  return db.sqlite
    .prepare(
      `SELECT p.id * ${MASK_SPAN} + ${mask} FROM persons p
        WHERE +p.working_age_from <= $last AND +p.retirement_on > $first AND (p.archived_on IS NULL OR p.archived_on > $first)
          AND p.work_ability <> 'none' AND p.is_student = 0 AND p.is_retired = 0 AND ${PERSON_IN_COMMUNITY('p.id')}`,
    )
    .pluck()
    .all(bind(scope)) as number[];
}

/** Employment spells open on at least one date (start ≤ d, no end or end ≥ d): personId × MASK_SPAN + those dates; a person may appear more than once. */
export function employedMasks(db: DeskDatabase, scope: TrendScope): number[] {
  return db.sqlite
    .prepare(
      `SELECT s.person_id * ${MASK_SPAN} + ${intervalMask(scope, 's.start_date', 's.end_date', true)} FROM employment_spells s
        WHERE s.start_date <= $last AND (s.end_date IS NULL OR s.end_date >= $first) AND ${PERSON_IN_COMMUNITY('s.person_id')}`,
    )
    .pluck()
    .all(bind(scope)) as number[];
}

/**
 * Unemployment registrations open on at least one date (registered ≤ d, not cancelled on or before d): personId ×
 * MASK_SPAN + those dates; a person may appear more than once. The caller keeps the dates the person belongs to the
 * scope (membershipMasks), as the snapshot counts RU in a household on D.
 */
export function registrationMasks(db: DeskDatabase, scope: TrendScope): number[] {
  return db.sqlite
    .prepare(
      `SELECT r.person_id * ${MASK_SPAN} + ${intervalMask(scope, 'r.registered_on', 'r.cancelled_on', false)} FROM unemployment_registrations r
        WHERE r.registered_on <= $last AND (r.cancelled_on IS NULL OR r.cancelled_on > $first) AND ${PERSON_IN_COMMUNITY('r.person_id')}`,
    )
    .pluck()
    .all(bind(scope)) as number[];
}

/** Zero-employment family episodes present on at least one date (appeared ≤ d, not ended on or before d): householdId × MASK_SPAN + those dates. */
export function zeroEmploymentFamilyMasks(db: DeskDatabase, scope: TrendScope): number[] {
  return db.sqlite
    .prepare(
      `SELECT e.household_id * ${MASK_SPAN} + ${intervalMask(scope, 'e.appeared', 'e.ended', false)} FROM family_episodes e
        WHERE e.kind = 'zero_employment' AND e.appeared <= $last AND (e.ended IS NULL OR e.ended > $first)
          AND ($communityId IS NULL OR e.household_id IN (SELECT id FROM households WHERE community_id = $communityId))`,
    )
    .pluck()
    .all(bind(scope)) as number[];
}
