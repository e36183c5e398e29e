import { performance } from 'node:perf_hooks';
import { recomputeEverything } from '../../../electron/services/population/recompute';
import { setPopulationSettings } from '../../../electron/services/population/settings-service';
import { derivedStateDigest } from '../../fixtures/derived-state';
import { DEFAULT_POPULATION_SETTINGS, FIXED_RETIREMENT_AGES } from '../../../shared/domain/population/settings';
import type { BenchCase } from '../bench-case';
import { openRuntimeAt } from '../large-street';
import { prepareLargeCopy } from '../population-bench';

export const populationRecomputeAll: BenchCase = {
  name: 'population-recompute-all',
  description: 'Settings change (fixed retirement ages): every person’s dates, then the episodes of the households whose members’ dates changed, one transaction, large street; checked equal to a full recompute',
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
      // Untimed: the change recomputed only what the rule touches; a full recompute must give the same state.
      const incremental = derivedStateDigest(runtime.db);
      const fullStart = performance.now();
      recomputeEverything(runtime.db);
      const fullMs = performance.now() - fullStart;
      const same = JSON.stringify(derivedStateDigest(runtime.db)) === JSON.stringify(incremental);
      ctx.note(`incremental equals full recompute: ${same ? 'yes' : 'NO'}; full recompute ${(fullMs / 1000).toFixed(1)} s`);
      if (!same) throw new Error('the incremental recompute differs from the full one');
      return { wallMs };
    } finally {
      runtime.close();
    }
  },
};
