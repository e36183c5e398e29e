import { performance } from 'node:perf_hooks';
import { recomputeFamilies } from '../../../electron/services/population/families';
import { readPopulationSettings } from '../../../electron/services/settings/population-settings';
import type { BenchCase } from '../bench-case';
import { openRuntimeAt } from '../large-street';
import { prepareLargeCopy } from '../population-bench';

const RUNS = 200;

export const familyRecomputeOne: BenchCase = {
  name: 'family-recompute-one',
  description: `Median of ${RUNS} single-household episode recomputes (read, pure rules, replace rows), large street`,
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const settings = readPopulationSettings(runtime.db);
      const count = Number(runtime.db.sqlite.prepare('SELECT COUNT(*) FROM households').pluck().get());
      const stride = Math.max(1, Math.floor(count / RUNS));
      const ids = runtime.db.sqlite.prepare('SELECT id FROM households WHERE id % ? = 0 ORDER BY id LIMIT ?').pluck().all(stride, RUNS) as number[];
      const times = ids.map((id) => {
        const start = performance.now();
        recomputeFamilies(runtime.db, settings, [id]);
        return performance.now() - start;
      });
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)] ?? 0;
      ctx.note(`median of ${times.length}; max ${(times.at(-1) ?? 0).toFixed(1)} ms`);
      return { wallMs: median };
    } finally {
      runtime.close();
    }
  },
};
