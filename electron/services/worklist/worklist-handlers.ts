/** The worklist methods and its settings (shared/contract/worklist.ts); one cache per runtime. */
import type { DeskDatabase } from '../../../db/open-database';
import type { HandlersOf } from '../handlers';
import { WorklistCache } from './worklist-cache';
import { listWorklist, worklistCounts } from './worklist-service';
import { readWorklistSettings, setWorklistSettings } from '../settings/worklist-settings';

export type WorklistHandlers = HandlersOf<'worklist'>;

export function worklistHandlers(db: DeskDatabase): WorklistHandlers {
  const cache = new WorklistCache(db);
  return {
    'worklist.list': (ctx, input) => listWorklist(cache, ctx, input),
    'worklist.counts': (ctx, input) => worklistCounts(cache, ctx, input.asOf),
    'worklist.settings': () => readWorklistSettings(db),
    'worklist.setSettings': (ctx, input) => setWorklistSettings(db, ctx, input),
  };
}
