import { loadDemoStreet } from '../../../electron/services/demo/demo-service';
import type { BenchCase } from '../bench-case';
import { BENCH_TODAY, LARGE_AS_OF, LARGE_SEED, openRuntimeAt } from '../large-street';

export const demoLargeLoad: BenchCase = {
  name: 'demo-large-load',
  description: 'Generate the DOMAIN §9 street (40 communities, ~150k residents, ~410k services) and load it into an empty database',
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const started = performance.now();
      const loaded = loadDemoStreet(runtime.db, runtime.caller(), { size: 'large', seed: LARGE_SEED, asOf: LARGE_AS_OF, today: BENCH_TODAY });
      const seconds = (performance.now() - started) / 1000;
      const rows = Object.values(loaded.counts).reduce((a, b) => a + b, 0);
      ctx.note(`${rows.toLocaleString('en')} rows, ${Math.round(rows / seconds).toLocaleString('en')} rows/s`);
    } finally {
      runtime.close();
    }
  },
};
