/** The worklist methods and its settings (shared/contract/worklist.ts); one cache per runtime. */
import type { DeskDatabase } from '../../../db/open-database';
import type { HandlersOf } from '../handlers';
import { disposeRow, withdrawRowDisposition } from './dispositions';
import { WorklistCache } from './worklist-cache';
import { listWorklist, worklistCounts } from './worklist-service';
import { readWorklistSettings, setWorklistSettings } from '../settings/worklist-settings';

export type WorklistHandlers = HandlersOf<'worklist'>;

export function worklistHandlers(db: DeskDatabase, today: () => string): WorklistHandlers {
  const cache = new WorklistCache(db);
  return {
    'worklist.list': (ctx, input) => listWorklist(db, cache, ctx, input),
    'worklist.counts': (ctx, input) => worklistCounts(db, cache, ctx, input.asOf),
    'worklist.settings': () => readWorklistSettings(db),
    'worklist.setSettings': (ctx, input) => setWorklistSettings(db, ctx, input),
    'worklist.dispose': (ctx, input) => disposeRow(db, cache, ctx, today(), input),
    'worklist.withdrawDisposition': (ctx, input) => withdrawRowDisposition(db, cache, ctx, today(), input.id),
  };
}
