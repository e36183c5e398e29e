import { performance } from 'node:perf_hooks';
import type { AssessmentTrend } from '../../../shared/contract/assessment-trend';
import type { StreetSnapshot } from '../../../shared/contract/population';
import type { BenchCase } from '../bench-case';
import { LARGE_AS_OF, openRuntimeAt } from '../large-street';
import { prepareLargeCopy } from '../population-bench';

/**
 * The 考核 dashboard's 12-month trend through the API (dispatch) for the whole large street on LARGE_AS_OF (target
 * < 3 s), then one community; every point checked against population.snapshot on its date (not timed).
 */
export const assessmentTrendLarge: BenchCase = {
  name: 'assessment-trend-large',
  description: `assessment.trend (12 month ends up to ${LARGE_AS_OF}: employment rate, zero-employment families, registered unemployed) for the whole street and for one community; large street`,
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const trend = async (communityId?: number): Promise<AssessmentTrend> => {
        const result = await runtime.call('assessment.trend', { asOf: LARGE_AS_OF, ...(communityId === undefined ? {} : { communityId }) });
        if (!result.ok) throw new Error(`assessment.trend: ${result.error.message}`);
        return result.value as AssessmentTrend;
      };
      const start = performance.now();
      const street = await trend();
      const wallMs = performance.now() - start;
      const communityId = Number(runtime.db.sqlite.prepare('SELECT id FROM communities ORDER BY code LIMIT 1').pluck().get());
      const communityStart = performance.now();
      const one = await trend(communityId);
      const communityMs = performance.now() - communityStart;

      for (const [points, cid] of [[street.points, null], [one.points, communityId]] as const) {
        for (const point of points) {
          const result = await runtime.call('population.snapshot', { asOf: point.date, communityId: cid });
          if (!result.ok) throw new Error(`population.snapshot: ${result.error.message}`);
          const s = (result.value as StreetSnapshot).total;
          const mine = [point.lfw, point.employedLfw, point.registeredUnemployed, point.zeroEmploymentFamilies];
          const theirs = [s.lfw, s.employedLfw, s.registeredUnemployed, s.zeroEmploymentFamilies];
          if (mine.join() !== theirs.join()) {
            throw new Error(`${cid === null ? 'street' : `community ${cid}`} on ${point.date}: trend [LFW, E∩LFW, RU, 零就业] = ${mine.join(', ')}, snapshot ${theirs.join(', ')}`);
          }
        }
      }
      const first = street.points[0];
      const last = street.points[street.points.length - 1];
      const pct = (r: number | null | undefined) => (r === null || r === undefined ? '—' : `${(r * 100).toFixed(1)}%`);
      ctx.note(
        `street ${first?.month}…${last?.month}: employment rate ${pct(first?.employmentRate)} → ${pct(last?.employmentRate)}, ` +
          `零就业 ${first?.zeroEmploymentFamilies} → ${last?.zeroEmploymentFamilies}, RU ${first?.registeredUnemployed} → ${last?.registeredUnemployed} (wall = the street call; target < 3 s)`,
      );
      ctx.note(`one community (${one.community?.name}): ${communityMs.toFixed(0)} ms; all 24 points equal population.snapshot on their dates`);
      return { wallMs };
    } finally {
      runtime.close();
    }
  },
};
