import { performance } from 'node:perf_hooks';
import { buildWorklist } from '../../../electron/services/worklist/build-worklist';
import { WorklistCache } from '../../../electron/services/worklist/worklist-cache';
import { worklistCounts } from '../../../electron/services/worklist/worklist-service';
import type { BenchCase } from '../bench-case';
import { LARGE_AS_OF, openRuntimeAt } from '../large-street';
import { prepareLargeCopy } from '../population-bench';

export const worklistLarge: BenchCase = {
  name: 'worklist-large',
  description: `The street's worklist (待办) on ${LARGE_AS_OF}, every kind, built from the database (no cache), large street`,
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      buildWorklist(runtime.db, '2026-01-01', null);
      const start = performance.now();
      const built = buildWorklist(runtime.db, LARGE_AS_OF, null);
      const wallMs = performance.now() - start;
      const cache = new WorklistCache(runtime.db);
      worklistCounts(cache, runtime.caller(), LARGE_AS_OF);
      const cachedStart = performance.now();
      const counts = worklistCounts(cache, runtime.caller(), LARGE_AS_OF);
      const cachedMs = performance.now() - cachedStart;
      const overdue = built.rows.filter((r) => r.status === 'overdue').length;
      ctx.note(`${built.rows.length.toLocaleString('en')} rows (${overdue.toLocaleString('en')} overdue, ${counts.open.toLocaleString('en')} due or overdue); counts from the cache ${cachedMs.toFixed(1)} ms; one warm-up at another date`);
      return { wallMs };
    } finally {
      runtime.close();
    }
  },
};
