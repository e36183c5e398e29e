import { performance } from 'node:perf_hooks';
import { forgetMemoReads, memoStats } from '../../../db/read-memo';
import type { AssessmentRun } from '../../../shared/contract/assessment';
import type { BenchCase } from '../bench-case';
import { clerkWrites } from '../clerk-writes';
import { BENCH_TODAY, LARGE_AS_OF, openRuntimeAt, openWarmedAt } from '../large-street';
import { latencyOf } from '../latency';
import { prepareLargeCopy } from '../population-bench';

const STANDARD = 'chongqing-2007';
const COLD_RUNS = 3;

const ms = (values: readonly number[]) => values.map((t) => t.toFixed(0)).join('/');

/**
 * The assessment as a clerk meets it: after each of five everyday writes (a guidance, a refused referral, a new job,
 * a wish, a phone number) the street is assessed again; the reads the write did not touch are kept (db/read-memo.ts).
 * Also measured: cold (nothing kept: the first assessment after the app opens if nothing were warmed, or after an
 * import), a repeat with nothing changed, and — the street opened again as the app's window opens it, the kept reads
 * warmed in the background (read-warmup.ts) — the first assessment as of today after the warm-up, beside a cold one
 * as of today, and then the first as of another date, which the warm-up did not read for.
 */
export const assessLarge: BenchCase = {
  name: 'assess-large',
  description: `assessment.run (${STANDARD}) of all 40 communities and the street on ${LARGE_AS_OF}, large street: median after each of 5 everyday writes`,
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const call = async (asOf: string): Promise<[AssessmentRun, number]> => {
        const start = performance.now();
        const result = await runtime.call('assessment.run', { standardId: STANDARD, asOf });
        const took = performance.now() - start;
        if (!result.ok) throw new Error(result.error.message);
        return [result.value as AssessmentRun, took];
      };
      // One warm-up at another date (statements prepared, pages read), as the snapshot case does.
      await call('2026-06-30');
      const cold: number[] = [];
      for (let i = 0; i < COLD_RUNS; i += 1) {
        forgetMemoReads(runtime.db.sqlite);
        cold.push((await call(LARGE_AS_OF))[1]);
      }
      const [, repeat] = await call(LARGE_AS_OF);
      const afterWrite: number[] = [];
      const labels: string[] = [];
      let run: AssessmentRun | null = null;
      for (const write of clerkWrites(runtime, LARGE_AS_OF)) {
        await write.write();
        const [value, took] = await call(LARGE_AS_OF);
        run = value;
        afterWrite.push(took);
        labels.push(`${write.label} ${took.toFixed(0)}`);
      }
      if (run) {
        const verdicts = run.communities.reduce<Record<string, number>>((n, c) => ({ ...n, [c.verdict]: (n[c.verdict] ?? 0) + 1 }), {});
        const subjects = run.communities.reduce((n, c) => n + c.items.reduce((m, i) => m + i.failing.length + i.pending.length, 0), 0);
        ctx.note(`${run.communities.length} communities ${JSON.stringify(verdicts)}, ${subjects} subjects listed`);
      }
      ctx.note(`after a write (ms): ${labels.join(', ')}; max ${Math.max(...afterWrite).toFixed(0)}`);
      ctx.note(`cold, nothing kept: ${ms(cold)} ms (median ${latencyOf(cold).p50.toFixed(0)}); repeat with nothing changed ${repeat.toFixed(0)} ms`);
      const stats = memoStats(runtime.db.sqlite);
      ctx.note(`kept reads reused ${stats.hits}, read afresh ${stats.misses}`);
      forgetMemoReads(runtime.db.sqlite);
      const [, coldToday] = await call(BENCH_TODAY);
      runtime.close();
      const warmed = await openWarmedAt(ctx.workDir);
      try {
        const start = performance.now();
        const first = await warmed.runtime.call('assessment.run', { standardId: STANDARD, asOf: BENCH_TODAY });
        const firstMs = performance.now() - start;
        if (!first.ok) throw new Error(first.error.message);
        const otherStart = performance.now();
        const other = await warmed.runtime.call('assessment.run', { standardId: STANDARD, asOf: LARGE_AS_OF });
        const otherMs = performance.now() - otherStart;
        if (!other.ok) throw new Error(other.error.message);
        ctx.note(
          `${warmed.note}; first assessment as of today (${BENCH_TODAY}) after it ${firstMs.toFixed(0)} ms (cold as of today, same run: ${coldToday.toFixed(0)} ms), then the first as of another date (${LARGE_AS_OF}, not warmed) ${otherMs.toFixed(0)} ms`,
        );
      } finally {
        warmed.runtime.close();
      }
      return { wallMs: latencyOf(afterWrite).p50 };
    } finally {
      runtime.close();
    }
  },
};
