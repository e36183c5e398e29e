/**
 * Service records (服务记录) around a person's history: help while registered as unemployed, follow-up after a
 * placement, and the occasional service while employed. The builder drops anything outside the person's bounds.
 */
import type { ServiceKind, SpellKind } from '../../../shared/domain/workbook/records';
import type { DemoContext, Member } from './context';
import { dayFromYmd, yearOfDay } from '../../../shared/domain/dates';
import { ASSISTANCE, BENEFITS, FOLLOW_UPS, GUIDANCE_TOPICS, PREPARATIONS, PUBLIC_WELFARE_POSTS, TRAINING_COURSES } from './names';
import { weightedTable } from './random';
import type { ReferralResult } from './street-builder';

const REGULAR_KINDS = weightedTable<ServiceKind>([
  ['referral', 30],
  ['follow_up', 26],
  ['guidance', 10],
  ['training', 10],
  ['policy_benefit', 9],
  ['job_preparation', 10],
  ['assistance_agreement', 2],
  ['public_welfare_post', 1],
  ['commitment', 2],
]);
const REFERRAL_RESULTS = weightedTable<ReferralResult>([['refused', 35], ['pending', 50], ['hired', 15]]);

/** Typical content for a service of a kind. */
export function serviceContent(ctx: DemoContext, kind: ServiceKind): string {
  const { rng } = ctx;
  switch (kind) {
    case 'guidance':
      return rng.pick(GUIDANCE_TOPICS);
    case 'referral':
      return rng.pick(ctx.employers);
    case 'training':
      return rng.pick(TRAINING_COURSES);
    case 'policy_benefit':
      return rng.pick(BENEFITS);
    case 'public_welfare_post':
      return `安置公益性岗位：${rng.pick(PUBLIC_WELFARE_POSTS)}`;
    case 'follow_up':
      return rng.pick(FOLLOW_UPS);
    case 'assistance_agreement':
      return rng.pick(ASSISTANCE);
    case 'commitment':
      return '72小时即时就业承诺';
    case 'job_preparation':
      return rng.pick(PREPARATIONS);
  }
}

export function addService(ctx: DemoContext, m: Member, day: number, kind: ServiceKind, result: ReferralResult | null = null): boolean {
  const content = serviceContent(ctx, kind);
  return ctx.builder.addService(m.record.idNumber, day, kind, content, kind === 'referral' ? (result ?? ctx.rng.weighted(REFERRAL_RESULTS)) : null);
}

export interface Hire {
  day: number;
  employer: string | null;
}

/**
 * Help during a registration from `registered` to `lastDay` (the last day it is open): guidance (usually within
 * 0–2 days, sometimes late, rarely never), then a service every few weeks, and the referral that led to `hire`.
 */
export function registrationServices(ctx: DemoContext, m: Member, registered: number, lastDay: number, hire: Hire | null): void {
  const { rng, asOf } = ctx;
  const r = rng.next();
  const guidance = r < 0.93 ? registered + rng.int(3) : r < 0.98 ? registered + rng.range(6, 15) : null;
  if (guidance !== null && guidance <= lastDay) addService(ctx, m, guidance, 'guidance');
  for (let day = registered + rng.range(6, 30); day <= lastDay; day += rng.range(21, 70)) {
    addService(ctx, m, day, rng.weighted(REGULAR_KINDS));
  }
  if (lastDay - registered > 180 && rng.chance(0.5)) addService(ctx, m, registered + rng.range(150, 180), 'assistance_agreement');
  if (hire) {
    const day = Math.max(registered, hire.day - rng.range(3, 15));
    ctx.builder.addService(m.record.idNumber, day, 'referral', hire.employer ?? '社区推荐岗位', 'hired');
  } else if (lastDay === asOf && rng.chance(0.97)) {
    addService(ctx, m, Math.max(registered, asOf - rng.int(60)), 'follow_up');
  }
}

/** Unregistered unemployment: sometimes a visit or two. */
export function gapServices(ctx: DemoContext, m: Member, start: number, end: number): void {
  const { rng } = ctx;
  if (end - start < 20 || !rng.chance(0.35)) return;
  addService(ctx, m, rng.range(start + 10, end), rng.chance(0.6) ? 'follow_up' : 'job_preparation');
}

/** Follow-up after a placement, public-welfare post subsidies, migrant workers' yearly contact, some training. */
export function spellServices(ctx: DemoContext, m: Member, start: number, last: number, kind: SpellKind, placed: boolean): void {
  const { rng, builder } = ctx;
  const from = Math.max(start, builder.serviceFrom);
  if (from > last) return;
  if (placed) {
    addService(ctx, m, start + rng.range(20, 40), 'follow_up');
    if (rng.chance(0.5)) addService(ctx, m, start + rng.range(80, 110), 'follow_up');
  }
  if (kind === 'public_welfare') {
    if (start >= builder.serviceFrom) ctx.builder.addService(m.record.idNumber, start, 'public_welfare_post', `安置公益性岗位：${rng.pick(PUBLIC_WELFARE_POSTS)}`);
    for (let day = from + rng.range(30, 90); day <= last; day += rng.range(85, 95)) {
      ctx.builder.addService(m.record.idNumber, day, 'policy_benefit', '公益性岗位补贴（按季度）');
    }
  }
  for (let year = yearOfDay(from); year <= yearOfDay(last); year += 1) {
    const lo = Math.max(from, dayFromYmd(year, 1, 1));
    const hi = Math.min(last, dayFromYmd(year, 12, 31));
    if (m.record.migrantWorker && rng.chance(0.88)) addService(ctx, m, rng.range(lo, hi), rng.pick<ServiceKind>(['follow_up', 'training', 'job_preparation', 'policy_benefit']));
    if (rng.chance(0.07)) addService(ctx, m, rng.range(lo, hi), rng.chance(0.6) ? 'training' : 'policy_benefit');
  }
}
