import { performance } from 'node:perf_hooks';
import { streetSnapshot } from '../../../electron/services/population/queries';
import type { BenchCase } from '../bench-case';
import { LARGE_AS_OF, openRuntimeAt } from '../large-street';
import { prepareLargeCopy } from '../population-bench';

export const populationSnapshotLarge: BenchCase = {
  name: 'population-snapshot-large',
  description: `Street snapshot on ${LARGE_AS_OF} in SQL (LF, LFW, E∩LFW, U, RU, long-term, 4050, families per community), large street`,
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      streetSnapshot(runtime.db, '2026-01-01', null);
      const start = performance.now();
      const snapshot = streetSnapshot(runtime.db, LARGE_AS_OF, null);
      const wallMs = performance.now() - start;
      const t = snapshot.total;
      ctx.note(`LF ${t.labourResources}, U ${t.unemployed}, RU ${t.registeredUnemployed}, 零就业 ${t.zeroEmploymentFamilies} (snapshot only; one warm-up at another date)`);
      return { wallMs };
    } finally {
      runtime.close();
    }
  },
};
