import { performance } from 'node:perf_hooks';
import { setPopulationSettings } from '../../../electron/services/population/settings-service';
import { DEFAULT_POPULATION_SETTINGS, FIXED_RETIREMENT_AGES } from '../../../shared/domain/population/settings';
import type { BenchCase } from '../bench-case';
import { openRuntimeAt } from '../large-street';
import { prepareLargeCopy } from '../population-bench';

export const populationRecomputeAll: BenchCase = {
  name: 'population-recompute-all',
  description: 'Settings change (fixed retirement ages): every person’s dates and every family’s episodes, one transaction, large street',
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const start = performance.now();
      setPopulationSettings(runtime.db, runtime.caller(), { ...DEFAULT_POPULATION_SETTINGS, retirementRule: FIXED_RETIREMENT_AGES });
      const wallMs = performance.now() - start;
      const episodes = Number(runtime.db.sqlite.prepare('SELECT COUNT(*) FROM family_episodes').pluck().get());
      ctx.note(`${episodes.toLocaleString('en')} episodes (settings change only, database already open)`);
      return { wallMs };
    } finally {
      runtime.close();
    }
  },
};
