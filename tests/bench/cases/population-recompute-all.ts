import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openWorkerConnection } from '../../../db/open-worker-connection';
import { recomputeEverything } from '../../../electron/services/population/recompute';
import { recomputeForSettingsChange } from '../../../electron/services/population/settings-recompute';
import { setPopulationSettings } from '../../../electron/services/population/settings-service';
import { readPopulationSettings } from '../../../electron/services/settings/population-settings';
import { derivedStateDigest } from '../../fixtures/derived-state';
import { DEFAULT_POPULATION_SETTINGS, FIXED_RETIREMENT_AGES } from '../../../shared/domain/population/settings';
import type { BenchCase } from '../bench-case';
import { openRuntimeAt } from '../large-street';
import { prepareLargeCopy } from '../population-bench';

const CHANGE = { ...DEFAULT_POPULATION_SETTINGS, retirementRule: FIXED_RETIREMENT_AGES };
const ROLLBACK = new Error('rollback');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export const populationRecomputeAll: BenchCase = {
  name: 'population-recompute-all',
  description:
    'Settings change (fixed retirement ages) as the app runs it: on a worker’s own connection (no change counters), every person’s dates set-based, then the episodes of the households a moved retirement date can touch, one transaction, large street; checked equal to a full recompute (same run)',
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      // Untimed first, rolled back: the same change on the main connection (its change counters fire per row), and what it touched.
      let mainMs = 0;
      try {
        runtime.db.sqlite.transaction(() => {
          const start = performance.now();
          const touched = recomputeForSettingsChange(runtime.db, readPopulationSettings(runtime.db), CHANGE);
          mainMs = performance.now() - start;
          ctx.note(`${touched.persons.toLocaleString('en')} persons’ dates written; episodes of ${touched.households.toLocaleString('en')} households recomputed, ${touched.rewritten.toLocaleString('en')} rewritten`);
          throw ROLLBACK;
        })();
      } catch (error) {
        if (error !== ROLLBACK) throw error;
      }
      // Timed: the change through the service on a connection opened as the settings worker opens its own.
      const worker = openWorkerConnection(join(ctx.workDir, 'desk.sqlite'));
      const cpu = process.cpuUsage();
      const start = performance.now();
      try {
        setPopulationSettings(worker, runtime.caller(), CHANGE);
      } finally {
        worker.close();
      }
      const wallMs = performance.now() - start;
      const used = process.cpuUsage(cpu);
      ctx.note(`CPU ${seconds((used.user + used.system) / 1000)}; the same change on the main connection (rolled back) ${seconds(mainMs)}`);
      // Untimed: the change recomputed only what the rule touches; a full recompute must give the same state.
      const incremental = derivedStateDigest(runtime.db);
      const fullStart = performance.now();
      recomputeEverything(runtime.db);
      const fullMs = performance.now() - fullStart;
      const same = JSON.stringify(derivedStateDigest(runtime.db)) === JSON.stringify(incremental);
      ctx.note(`incremental equals full recompute: ${same ? 'yes' : 'NO'}; full recompute (main connection, same run) ${seconds(fullMs)}`);
      if (!same) throw new Error('the incremental recompute differs from the full one');
      return { wallMs };
    } finally {
      runtime.close();
    }
  },
};
