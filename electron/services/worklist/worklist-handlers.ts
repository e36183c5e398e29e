/** The worklist methods and its settings (shared/contract/worklist.ts); one cache per runtime. */
import type { DeskDatabase } from '../../../db/open-database';
import type { HandlersOf } from '../handlers';
import { disposeRow, withdrawRowDisposition } from './dispositions';
import type { FileRegistry } from '../files/file-registry';
import { outputFile } from '../prints/output-file';
import { WorklistCache } from './worklist-cache';
import { writeWorklistXlsx } from './worklist-xlsx';
import { listWorklist, worklistCounts } from './worklist-service';
import { readWorklistSettings, setWorklistSettings } from '../settings/worklist-settings';

export type WorklistHandlers = HandlersOf<'worklist'>;

export interface WorklistDeps {
  db: DeskDatabase;
  today(): string;
  files: FileRegistry;
  /** Where a download is prepared (browser mode). */
  outputDir: string;
}

export function worklistHandlers(deps: WorklistDeps): WorklistHandlers {
  const { db, today } = deps;
  const cache = new WorklistCache(db);
  return {
    'worklist.list': (ctx, input) => listWorklist(db, cache, ctx, input),
    'worklist.counts': (ctx, input) => worklistCounts(db, cache, ctx, input.asOf),
    'worklist.exportXlsx': async (ctx, input) => {
      const { file, ...query } = input;
      const list = listWorklist(db, cache, ctx, query);
      const target = outputFile(deps, file, `待办-${list.asOf.replace(/-/g, '')}.xlsx`);
      const rowCount = await writeWorklistXlsx(list, target.path);
      return { fileName: target.name, rowCount, download: target.download };
    },
    'worklist.settings': () => readWorklistSettings(db),
    'worklist.setSettings': (ctx, input) => setWorklistSettings(db, ctx, input),
    'worklist.dispose': (ctx, input) => disposeRow(db, cache, ctx, today(), input),
    'worklist.withdrawDisposition': (ctx, input) => withdrawRowDisposition(db, cache, ctx, today(), input.id),
  };
}
