/**
 * A person's employment history: alternating employment spells and gaps, drawn backwards from the end of their
 * history (the as-of date, the day before retirement, or the archive date), with unemployment registrations in
 * many gaps and the services that go with them. Spells never overlap, a registration is cancelled on the day the
 * next spell starts, and nothing starts before the end of schooling (never before the 16th birthday).
 */
import type { RegistrationReason, SpellKind } from '../../../shared/domain/workbook/records';
import type { DemoContext, Member } from './context';
import { addYearsToDay, dayFromYmd } from '../../../shared/domain/dates';
import { FLEXIBLE_WORK, MIGRANT_PLACES, PUBLIC_WELFARE_POSTS, SELF_EMPLOYED } from './names';
import type { WeightedTable } from './random';
import { weightedTable } from './random';
import { TERTIARY } from './persons';
import { sixteenthBirthday } from './population-rules';
import type { Hire } from './services';
import { gapServices, registrationServices, spellServices } from './services';

/** Histories are drawn back to about here; older employment is simply not recorded. */
const HISTORY_FLOOR = dayFromYmd(2014, 1, 1);
/** Past gaps ending before this have no registration recorded. */
const REGISTRATION_FLOOR = dayFromYmd(2021, 1, 1);
const MAX_SEGMENTS = 5;

interface Segment {
  spell: boolean;
  start: number;
  end: number;
}

interface Plan {
  start: number;
  end: number;
  employedAtEnd: boolean;
  /** The last segment continues past the end (open spell or open registration at the as-of date). */
  open: boolean;
  /** Why the history ends when it does not run to the as-of date. */
  endReason: 'asOf' | 'retired' | 'archived';
}

const URBAN_KINDS = weightedTable<SpellKind>([['unit', 71], ['flexible', 15], ['self_employed', 8], ['public_welfare', 2.5], ['migrant', 3]]);
const RURAL_KINDS = weightedTable<SpellKind>([['unit', 56], ['flexible', 20], ['self_employed', 12], ['migrant', 9], ['public_welfare', 3]]);
const MIGRANT_KINDS = weightedTable<SpellKind>([['migrant', 60], ['unit', 30], ['flexible', 10]]);
const PAST_GAP_REASONS = weightedTable<RegistrationReason>([['unemployed', 84], ['laid_off', 7], ['other', 9]]);

function spellKind(ctx: DemoContext, m: Member): SpellKind {
  const table: WeightedTable<SpellKind> = m.record.migrantWorker ? MIGRANT_KINDS : m.urban ? URBAN_KINDS : RURAL_KINDS;
  return ctx.rng.weighted(table);
}

function employerFor(ctx: DemoContext, kind: SpellKind): string | null {
  const { rng } = ctx;
  switch (kind) {
    case 'unit':
      return rng.chance(0.93) ? rng.pick(ctx.employers) : null;
    case 'flexible':
      return rng.pick(FLEXIBLE_WORK);
    case 'self_employed':
      return rng.pick(SELF_EMPLOYED);
    case 'public_welfare':
      return `江滨街道公益性岗位（${rng.pick(PUBLIC_WELFARE_POSTS)}）`;
    case 'migrant':
      return `外出务工（${rng.pick(MIGRANT_PLACES)}）`;
  }
}

function spellLength(ctx: DemoContext, current: boolean): number {
  const { rng } = ctx;
  const r = rng.next();
  if (!current) return r < 0.5 ? rng.range(120, 900) : rng.range(900, 3000);
  return r < 0.4 ? rng.range(30, 3 * 365) : r < 0.75 ? rng.range(3 * 365, 10 * 365) : rng.range(10 * 365, 30 * 365);
}

function gapLength(ctx: DemoContext, current: boolean, homemaker: boolean): number {
  const { rng } = ctx;
  if (homemaker) return rng.range(365, 15 * 365);
  const r = rng.next();
  if (current) return r < 0.5 ? rng.range(3, 180) : r < 0.93 ? rng.range(180, 355) : rng.range(370, 1100);
  return r < 0.5 ? rng.range(10, 120) : r < 0.88 ? rng.range(120, 300) : rng.range(300, 700);
}

function planFor(ctx: DemoContext, m: Member): Plan | null {
  const { rng, asOf } = ctx;
  const first = sixteenthBirthday(m.birth);
  let start = Math.max(first, addYearsToDay(m.birth, m.finishAge) + rng.int(200));
  const archivedEnd = m.archived ?? Number.POSITIVE_INFINITY;
  switch (m.role) {
    case 'labour':
    case 'homemaker':
    case 'agedOut': {
      const end = Math.min(asOf, archivedEnd);
      if (start > end - 30) start = Math.max(first, end - rng.int(300));
      if (start > end) return null;
      const employedAtEnd = m.role === 'labour' && m.employed;
      return { start, end, employedAtEnd, open: m.archived === null, endReason: m.archived === null ? 'asOf' : 'archived' };
    }
    case 'retired': {
      const statutory = m.retire <= asOf;
      const end = Math.min(statutory ? m.retire - 1 : asOf - rng.range(60, 1500), archivedEnd);
      if (end < HISTORY_FLOOR || start > end) return null;
      return { start, end, employedAtEnd: rng.chance(0.85), open: false, endReason: end === m.archived ? 'archived' : 'retired' };
    }
    default:
      return null;
  }
}

function segmentsFor(ctx: DemoContext, m: Member, plan: Plan): Segment[] {
  const segments: Segment[] = [];
  let cursor = plan.end;
  let spell = plan.employedAtEnd;
  while (cursor >= plan.start) {
    const current = segments.length === 0;
    let length = spell ? spellLength(ctx, current) : gapLength(ctx, current, m.role === 'homemaker');
    if (current && m.role === 'agedOut') length = Math.max(length, cursor - m.retire + ctx.rng.range(60, 500));
    const start = Math.max(plan.start, cursor - length + 1);
    segments.unshift({ spell, start, end: cursor });
    cursor = start - 1;
    spell = !spell;
    if (cursor < HISTORY_FLOOR || segments.length >= MAX_SEGMENTS) break;
  }
  return segments;
}

function firstGapReason(m: Member, gap: Segment): RegistrationReason {
  const r = m.record;
  if (r.veteran) return 'veteran';
  if (r.education !== null && TERTIARY.has(r.education) && gap.start - addYearsToDay(m.birth, m.finishAge) < 730) return 'graduate';
  return 'unemployed';
}

interface Job {
  kind: SpellKind;
  employer: string | null;
}

/** Draws and records the person's spells, registrations and services. */
export function buildCareer(ctx: DemoContext, m: Member): void {
  const plan = planFor(ctx, m);
  if (!plan) return;
  const { rng, builder } = ctx;
  const id = m.record.idNumber;
  const segments = segmentsFor(ctx, m, plan);
  const jobs = segments.map((seg): Job | null => {
    if (!seg.spell) return null;
    const kind = spellKind(ctx, m);
    return { kind, employer: employerFor(ctx, kind) };
  });
  let placedByRegistration = false;
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    const job = jobs[i];
    if (job) {
      builder.addSpell(id, seg.start, last && plan.open ? null : seg.end, job.kind, job.employer);
      spellServices(ctx, m, seg.start, seg.end, job.kind, placedByRegistration);
      placedByRegistration = false;
      return;
    }
    const previous = jobs[i - 1];
    const reason: RegistrationReason =
      i === 0 && seg.start === plan.start ? firstGapReason(m, seg) : previous?.kind === 'migrant' ? 'returnee' : rng.weighted(PAST_GAP_REASONS);
    const registered = seg.start + rng.int(Math.min(30, seg.end - seg.start + 1));
    const nextJob = jobs[i + 1];
    if (nextJob) {
      // A gap that ended with a new job.
      if (seg.end >= REGISTRATION_FLOOR && seg.end - seg.start >= 10 && rng.chance(0.55)) {
        builder.addRegistration(id, registered, reason, seg.end + 1, '已就业');
        const hire: Hire = { day: seg.end + 1, employer: nextJob.kind === 'unit' ? nextJob.employer : null };
        registrationServices(ctx, m, registered, seg.end, hire);
        placedByRegistration = true;
      } else gapServices(ctx, m, seg.start, seg.end);
      return;
    }
    if (m.role === 'homemaker') return;
    if (plan.open) {
      if (m.role === 'agedOut') {
        const day = Math.min(registered, m.retire - 1);
        builder.addRegistration(id, day, reason, null, null);
        registrationServices(ctx, m, day, Math.min(ctx.asOf, m.retire - 1), null);
      } else if (rng.chance(0.98)) {
        builder.addRegistration(id, registered, reason, null, null);
        registrationServices(ctx, m, registered, ctx.asOf, null);
      } else gapServices(ctx, m, seg.start, seg.end);
      return;
    }
    // The history ends unemployed because the person retired or moved away.
    if (seg.end >= REGISTRATION_FLOOR && rng.chance(0.3)) {
      const cancelled = plan.endReason === 'archived' ? seg.end : seg.end + 1;
      builder.addRegistration(id, registered, reason, cancelled, plan.endReason === 'archived' ? '迁出' : '退休');
      registrationServices(ctx, m, registered, Math.min(seg.end, cancelled - 1), null);
    }
  });
}
