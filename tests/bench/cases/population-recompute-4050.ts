import { performance } from 'node:perf_hooks';
import { recomputeEverything } from '../../../electron/services/population/recompute';
import { setPopulationSettings } from '../../../electron/services/population/settings-service';
import { DEFAULT_POPULATION_SETTINGS } from '../../../shared/domain/population/settings';
import { derivedStateDigest } from '../../fixtures/derived-state';
import type { BenchCase } from '../bench-case';
import { openRuntimeAt } from '../large-street';
import { prepareLargeCopy } from '../population-bench';

/** The 4050 ages changed: nothing kept is derived from them, so nothing is recomputed (checked against a full one). */
export const populationRecompute4050: BenchCase = {
  name: 'population-recompute-4050',
  description: 'Settings change (4050 ages 45/55): recomputes only what the rule touches (nothing kept), large street; checked equal to a full recompute',
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const start = performance.now();
      setPopulationSettings(runtime.db, runtime.caller(), { ...DEFAULT_POPULATION_SETTINGS, age4050: { women: 45, men: 55 } });
      const wallMs = performance.now() - start;
      const incremental = derivedStateDigest(runtime.db);
      recomputeEverything(runtime.db);
      const same = JSON.stringify(derivedStateDigest(runtime.db)) === JSON.stringify(incremental);
      ctx.note(`incremental equals full recompute: ${same ? 'yes' : 'NO'}`);
      if (!same) throw new Error('the incremental recompute differs from the full one');
      return { wallMs };
    } finally {
      runtime.close();
    }
  },
};
