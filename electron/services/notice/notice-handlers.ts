/** The wall notice (shared/contract/notice.ts): its data, and its PDF rendered by the same print document the app shows. */
import type { DeskDatabase } from '../../../db/open-database';
import { noticeDocument } from '../../../shared/notice/notice-document';
import type { FileRegistry } from '../files/file-registry';
import type { Handler } from '../handlers';
import { outputFile, writePdf } from '../prints/output-file';
import { noticeData } from './notice-data';

export interface NoticeDeps {
  db: DeskDatabase;
  files: FileRegistry;
  /** Where browser-mode downloads are written before they are fetched. */
  outputDir: string;
  today(): string;
}

export function noticeHandlers(deps: NoticeDeps): { 'notice.data': Handler<'notice.data'>; 'notice.exportPdf': Handler<'notice.exportPdf'> } {
  return {
    'notice.data': (_ctx, input) => noticeData(deps.db, input, deps.today()),
    'notice.exportPdf': async (_ctx, input) => {
      const data = noticeData(deps.db, { communityId: input.communityId, asOf: input.asOf }, deps.today());
      const name = `公示牌-${data.community.name}-${input.asOf.replace(/-/g, '')}.pdf`.replace(/[\\/:*?"<>|]/g, '');
      const target = outputFile(deps, input.file, name);
      const bytes = await writePdf(noticeDocument(data, { paper: input.paper }), target.path);
      return { fileName: target.name, community: { code: data.community.code, name: data.community.name }, paper: input.paper, bytes, download: target.download };
    },
  };
}
