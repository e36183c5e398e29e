/**
 * The monthly trend of the 考核 dashboard (issue #6 item 6): for the street or one community, the last 12 months'
 * employment rate |E∩LFW| / |LFW|, zero-employment families and registered unemployed (DOMAIN.md §3), each counted
 * on the month's last day (the as-of date for its own month) exactly as the street snapshot counts them.
 */
import { z } from 'zod';
import { Id, streetScope } from './common';
import { SnapshotCounts } from './population';

export const TrendPoint = z.object({
  /** `YYYY-MM`. */
  month: z.string(),
  /** The date counted: the month's last day, or the as-of date in its month. */
  date: z.string(),
  /** employedLfw / lfw; null when nobody is in LFW on that date. */
  employmentRate: z.number().nullable(),
  /** LFW, E∩LFW, zero-employment families and RU, as the street snapshot counts them on that date. */
  ...SnapshotCounts.pick({ lfw: true, employedLfw: true, zeroEmploymentFamilies: true, registeredUnemployed: true }).shape,
});
export type TrendPoint = z.infer<typeof TrendPoint>;

export const AssessmentTrend = z.object({
  asOf: z.string(),
  /** null: the whole street. */
  community: z.object({ id: Id, code: z.string(), name: z.string() }).nullable(),
  /** 12 points, oldest first. */
  points: z.array(TrendPoint),
});
export type AssessmentTrend = z.infer<typeof AssessmentTrend>;

/** `communityId` omitted: the whole street. */
export const TrendInput = z.strictObject(streetScope);
export type TrendInput = z.infer<typeof TrendInput>;

export const assessmentTrendContract = {
  'assessment.trend': { input: TrendInput, output: AssessmentTrend, access: 'read' },
} as const;
