/**
 * Reading and changing the population settings (设置 → 人口口径). A change recomputes what the changed rule touches
 * (settings-recompute.ts) in one transaction — seconds on a large street — so it runs in a worker, as a job the page follows.
 */
import { PopulationSettings as PopulationSettingsSchema } from '../../../shared/contract/population';
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import type { DeskDatabase } from '../../../db/open-database';
import type { Handler } from '../handlers';
import type { JobRegistry } from '../jobs/job-registry';
import { readPopulationSettings } from '../settings/population-settings';
import { WorkerRun } from '../workers/worker-run';

export interface SettingsDeps {
  db: DeskDatabase;
  jobs: JobRegistry;
}

function sameSettings(a: PopulationSettings, b: PopulationSettings): boolean {
  return JSON.stringify(PopulationSettingsSchema.parse(a)) === JSON.stringify(PopulationSettingsSchema.parse(b));
}

export function populationSettingsHandlers(deps: SettingsDeps): {
  'population.settings': Handler<'population.settings'>;
  'population.setSettings': Handler<'population.setSettings'>;
} {
  const { db } = deps;
  return {
    'population.settings': () => readPopulationSettings(db),
    'population.setSettings': (ctx, input) => {
      const jobId = deps.jobs.start('population.setSettings', async (report) => {
        if (sameSettings(readPopulationSettings(db), input)) {
          report(1, '设置未改变，无需重新计算');
          return { result: readPopulationSettings(db) };
        }
        report(0.1, '正在按新口径重新计算每人的退休日期和各户的零就业家庭（大街道需数秒）');
        // One transaction in a worker: the window keeps answering; saves wait until it is done.
        const free = deps.jobs.holdWrites('正在按新的人口口径重新计算');
        try {
          const result = (await new WorkerRun('population-settings', db.path, ctx, input, true).first(report)) as PopulationSettings;
          return { result };
        } finally {
          free();
        }
      });
      return { jobId };
    },
  };
}
