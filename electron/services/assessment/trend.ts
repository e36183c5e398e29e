/**
 * `assessment.trend`: the last 12 months of the street or one community — employment rate |E∩LFW| / |LFW|,
 * zero-employment families, registered unemployed — each month counted on its last day (the as-of date for its own
 * month) with the definitions of DOMAIN.md §3: the figures population.snapshot gives on each of those dates.
 *
 * All twelve dates are read at once (db/repositories/assessment-trend-repo.ts): each person's LF, spells and
 * registrations and each family's episodes as bits per date, and the wish in force on every date from one pass over
 * the wishes. Twelve snapshots one after another would read everything twelve times.
 */
import { AppError } from '../../../shared/app-error';
import type { AssessmentTrend, TrendInput, TrendPoint } from '../../../shared/contract/assessment-trend';
import { trendDates } from '../../../shared/domain/assessment/trend-dates';
import { datedWishesUpTo, undatedWishCodes } from '../../../db/repositories/employment/wishes-repo';
import { employedMasks } from '../../../db/repositories/employment/spells-repo';
import { labourForceMasks } from '../../../db/repositories/registry/labour-force-repo';
import { MASK_SPAN } from '../../../db/repositories/trend-mask-sql';
import { membershipMasks } from '../../../db/repositories/registry/memberships-repo';
import { registrationMasks } from '../../../db/repositories/employment/registrations-repo';
import { zeroEmploymentFamilyMasks } from '../../../db/repositories/population/family-episodes-repo';
import type { TrendScope } from '../../../db/repositories/trend-mask-sql';
import { findCommunityById } from '../../../db/repositories/communities/communities-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { checkedPeriod } from './run-assessment';

const MONTHS = 12;

function idOf(code: number): number {
  return Math.floor(code / MASK_SPAN);
}

function maskOf(code: number): number {
  return code % MASK_SPAN;
}

/** The masks of the same id OR-ed together (a person's spells, a household's episodes). */
function unionById(codes: readonly number[]): Map<number, number> {
  const byId = new Map<number, number>();
  for (const code of codes) {
    const id = idOf(code);
    byId.set(id, (byId.get(id) ?? 0) | maskOf(code));
  }
  return byId;
}

/** How many masks have each bit set. */
function countBits(masks: Iterable<number>, n: number): number[] {
  const counts = new Array<number>(n).fill(0);
  for (const mask of masks) {
    for (let bit = 0; bit < n; bit += 1) if (mask & (1 << bit)) counts[bit] = (counts[bit] ?? 0) + 1;
  }
  return counts;
}

/**
 * The wish in force on each date, as bits, for the persons marked in `persons`: the latest dated wish on or before
 * the date, else the last undated one, else none (DOMAIN §3; population/street-population.ts decides it the same way for one date).
 */
function wishMasks(db: DeskDatabase, dates: readonly string[], persons: Uint8Array): Uint32Array {
  const all = (1 << dates.length) - 1;
  const masks = new Uint32Array(persons.length);
  for (const code of undatedWishCodes(db)) {
    const id = Math.floor(code / 2);
    if (persons[id] === 1) masks[id] = code % 2 === 1 ? all : 0;
  }
  // By person and date: each dated wish decides the dates from its own up to the next one's.
  const dated = datedWishesUpTo(db, dates[dates.length - 1] ?? '');
  for (let i = 0; i < dated.length; i += 1) {
    const [id, recordedOn, hasWish] = dated[i] ?? [0, '', 0];
    if (persons[id] !== 1) continue;
    const next = dated[i + 1];
    const until = next && next[0] === id ? next[1] : null;
    let decided = 0;
    dates.forEach((date, bit) => {
      if (recordedOn <= date && (until === null || date < until)) decided |= 1 << bit;
    });
    masks[id] = ((masks[id] ?? 0) & ~decided) | (hasWish === 1 ? decided : 0);
  }
  return masks;
}

/** The dates each person belongs to the scope (dated membership); see membershipMasks. */
function membershipOf(db: DeskDatabase, scope: TrendScope): (personId: number) => number {
  const masks = unionById(membershipMasks(db, scope));
  const otherwise = scope.communityId === null ? (1 << scope.dates.length) - 1 : 0;
  return (personId) => masks.get(personId) ?? otherwise;
}

/** LFW and E∩LFW on each date. */
function labourCounts(db: DeskDatabase, scope: TrendScope, memberOn: (personId: number) => number): { lfw: number[]; employedLfw: number[] } {
  const n = scope.dates.length;
  const lf = labourForceMasks(db, scope);
  let maxPerson = 0;
  for (const code of lf) maxPerson = Math.max(maxPerson, idOf(code));
  const inLf = new Uint8Array(maxPerson + 1);
  for (const code of lf) inLf[idOf(code)] = 1;
  const employed = new Uint32Array(maxPerson + 1);
  for (const code of employedMasks(db, scope)) {
    const person = idOf(code);
    if (person <= maxPerson) employed[person] = (employed[person] ?? 0) | maskOf(code);
  }
  const wishes = wishMasks(db, scope.dates, inLf);
  const lfw = new Array<number>(n).fill(0);
  const employedLfw = new Array<number>(n).fill(0);
  for (const code of lf) {
    const person = idOf(code);
    const withWish = maskOf(code) & (wishes[person] ?? 0) & memberOn(person);
    if (withWish === 0) continue;
    const working = withWish & (employed[person] ?? 0);
    for (let bit = 0; bit < n; bit += 1) {
      if (withWish & (1 << bit)) lfw[bit] = (lfw[bit] ?? 0) + 1;
      if (working & (1 << bit)) employedLfw[bit] = (employedLfw[bit] ?? 0) + 1;
    }
  }
  return { lfw, employedLfw };
}

export function assessmentTrend(db: DeskDatabase, input: TrendInput, today: string): AssessmentTrend {
  checkedPeriod(db, input.asOf, undefined, today);
  const community = input.communityId === undefined ? null : findCommunityById(db, input.communityId);
  if (input.communityId !== undefined && !community) {
    throw new AppError('NOT_FOUND', '找不到该社区，请刷新后重新选择', { fields: [{ path: 'communityId', message: '找不到该社区' }] });
  }
  const months = trendDates(input.asOf, MONTHS);
  const scope: TrendScope = { dates: months.map((m) => m.date), communityId: community?.id ?? null };
  const memberOn = membershipOf(db, scope);
  const { lfw, employedLfw } = labourCounts(db, scope, memberOn);
  const registered = countBits([...unionById(registrationMasks(db, scope))].map(([person, mask]) => mask & memberOn(person)), months.length);
  const families = countBits(unionById(zeroEmploymentFamilyMasks(db, scope)).values(), months.length);
  const points: TrendPoint[] = months.map((m, i) => {
    const inLfw = lfw[i] ?? 0;
    const employed = employedLfw[i] ?? 0;
    return {
      month: m.month,
      date: m.date,
      employmentRate: inLfw === 0 ? null : employed / inLfw,
      lfw: inLfw,
      employedLfw: employed,
      zeroEmploymentFamilies: families[i] ?? 0,
      registeredUnemployed: registered[i] ?? 0,
    };
  });
  return { asOf: input.asOf, community: community ? { id: community.id, code: community.code, name: community.name } : null, points };
}
