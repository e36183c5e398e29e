/** The demo API method: loading the demo street runs as a job the page can follow. */
import type { DeskDatabase } from '../../../db/open-database';
import type { Handler } from '../handlers';
import type { JobRegistry } from '../jobs/job-registry';
import { DEFAULT_DEMO_SEED, loadDemoStreet } from './demo-service';

export interface DemoDeps {
  db: DeskDatabase;
  jobs: JobRegistry;
  today(): string;
}

export function demoHandlers(deps: DemoDeps): { 'demo.load': Handler<'demo.load'> } {
  return {
    'demo.load': (ctx, input) => {
      // In the app the demo describes today, so its deadlines and worklist are current.
      const today = deps.today();
      const jobId = deps.jobs.start('demo.load', async (report) => ({
        result: loadDemoStreet(deps.db, ctx, { size: input.size, seed: DEFAULT_DEMO_SEED, asOf: today, today }, report),
      }));
      return { jobId };
    },
  };
}
