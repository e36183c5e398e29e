/** The worklist methods and its settings (shared/contract/worklist.ts); one cache per runtime. */
import type { DeskDatabase } from '../../../db/open-database';
import type { Handler } from '../handlers';
import { WorklistCache } from './worklist-cache';
import { listWorklist, worklistCounts } from './worklist-service';
import { readWorklistSettings, setWorklistSettings } from '../settings/worklist-settings';

export interface WorklistHandlers {
  'worklist.list': Handler<'worklist.list'>;
  'worklist.counts': Handler<'worklist.counts'>;
  'worklist.settings': Handler<'worklist.settings'>;
  'worklist.setSettings': Handler<'worklist.setSettings'>;
}

export function worklistHandlers(db: DeskDatabase): WorklistHandlers {
  const cache = new WorklistCache(db);
  return {
    'worklist.list': (ctx, input) => listWorklist(cache, ctx, input),
    'worklist.counts': (ctx, input) => worklistCounts(cache, ctx, input.asOf),
    'worklist.settings': () => readWorklistSettings(db),
    'worklist.setSettings': (ctx, input) => setWorklistSettings(db, ctx, input),
  };
}
