import { performance } from 'node:perf_hooks';
import { forgetMemoReads, memoStats } from '../../../db/read-memo';
import { buildWorklist } from '../../../electron/services/worklist/build-worklist';
import type { BuiltWorklist } from '../../../electron/services/worklist/build-worklist';
import { WorklistCache } from '../../../electron/services/worklist/worklist-cache';
import { worklistCounts } from '../../../electron/services/worklist/worklist-service';
import type { BenchCase } from '../bench-case';
import { clerkWrites } from '../clerk-writes';
import { BENCH_TODAY, LARGE_AS_OF, openRuntimeAt, openWarmedAt } from '../large-street';
import { latencyOf } from '../latency';
import { prepareLargeCopy } from '../population-bench';

const COLD_RUNS = 3;

const ms = (values: readonly number[]) => values.map((t) => t.toFixed(0)).join('/');

/**
 * The street's worklist as a clerk meets it: built afresh (no worklist cache) after each of five everyday writes, the
 * reads the write did not touch being kept (db/read-memo.ts; the worklist itself kept per person and patched). Also
 * measured: cold (nothing kept), the counts the navigation asks for on every page change (from the worklist cache),
 * and — the street opened again as the app's window opens it, the kept reads warmed in the background
 * (read-warmup.ts) — the first worklist.list as of today after the warm-up, beside a cold build as of today, and then
 * the first as of another date, which the warm-up did not read for.
 */
export const worklistLarge: BenchCase = {
  name: 'worklist-large',
  description: `The street's worklist (待办) on ${LARGE_AS_OF}, every kind (no worklist cache; the kept worklist patched per person) after each of 5 everyday writes, large street: median`,
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const build = (): [BuiltWorklist, number] => {
        const start = performance.now();
        const built = buildWorklist(runtime.db, LARGE_AS_OF, null);
        return [built, performance.now() - start];
      };
      buildWorklist(runtime.db, '2026-01-01', null);
      const cold: number[] = [];
      for (let i = 0; i < COLD_RUNS; i += 1) {
        forgetMemoReads(runtime.db.sqlite);
        cold.push(build()[1]);
      }
      const afterWrite: number[] = [];
      const labels: string[] = [];
      let built: BuiltWorklist | null = null;
      for (const write of clerkWrites(runtime, LARGE_AS_OF)) {
        await write.write();
        const [value, took] = build();
        built = value;
        afterWrite.push(took);
        labels.push(`${write.label} ${took.toFixed(0)}`);
      }
      const cache = new WorklistCache(runtime.db);
      worklistCounts(runtime.db, cache, runtime.caller(), LARGE_AS_OF);
      const cachedStart = performance.now();
      const counts = worklistCounts(runtime.db, cache, runtime.caller(), LARGE_AS_OF);
      const cachedMs = performance.now() - cachedStart;
      if (built) {
        const overdue = built.rows.filter((r) => r.status === 'overdue').length;
        ctx.note(`${built.rows.length.toLocaleString('en')} rows (${overdue.toLocaleString('en')} overdue, ${counts.open.toLocaleString('en')} on the badge)`);
      }
      ctx.note(`after a write (ms): ${labels.join(', ')}; max ${Math.max(...afterWrite).toFixed(0)}`);
      ctx.note(`cold, nothing kept: ${ms(cold)} ms (median ${latencyOf(cold).p50.toFixed(0)}); counts from the worklist cache ${cachedMs.toFixed(1)} ms`);
      const stats = memoStats(runtime.db.sqlite);
      ctx.note(`kept reads reused ${stats.hits}, read afresh ${stats.misses}`);
      forgetMemoReads(runtime.db.sqlite);
      const coldStart = performance.now();
      buildWorklist(runtime.db, BENCH_TODAY, null);
      const coldToday = performance.now() - coldStart;
      runtime.close();
      const warmed = await openWarmedAt(ctx.workDir);
      try {
        const start = performance.now();
        const first = await warmed.runtime.call('worklist.list', { asOf: BENCH_TODAY });
        const firstMs = performance.now() - start;
        if (!first.ok) throw new Error(first.error.message);
        const otherStart = performance.now();
        const other = await warmed.runtime.call('worklist.list', { asOf: LARGE_AS_OF });
        const otherMs = performance.now() - otherStart;
        if (!other.ok) throw new Error(other.error.message);
        ctx.note(
          `${warmed.note}; first worklist.list as of today (${BENCH_TODAY}) after it ${firstMs.toFixed(0)} ms (cold build as of today, same run: ${coldToday.toFixed(0)} ms), then the first as of another date (${LARGE_AS_OF}, not warmed) ${otherMs.toFixed(0)} ms`,
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
