/** The wall notice's data (shared/contract/notice.ts). */
import type { DeskDatabase } from '../../../db/open-database';
import type { Handler } from '../handlers';
import { noticeData } from './notice-data';

export function noticeHandlers(db: DeskDatabase, today: () => string): { 'notice.data': Handler<'notice.data'> } {
  return { 'notice.data': (_ctx, input) => noticeData(db, input, today()) };
}
