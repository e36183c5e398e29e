import type { DeskDatabase } from '../../../db/open-database';
import type { Handler } from '../handlers';
import { judgeComplaint, listComplaintsFor, recordComplaint, resolveComplaint } from './complaints-service';

export interface ComplaintsHandlers {
  'complaints.record': Handler<'complaints.record'>;
  'complaints.judge': Handler<'complaints.judge'>;
  'complaints.resolve': Handler<'complaints.resolve'>;
  'complaints.list': Handler<'complaints.list'>;
}

/** The methods of shared/contract/complaints.ts; `today` is read at each call. */
export function complaintsHandlers(db: DeskDatabase, today: () => string): ComplaintsHandlers {
  return {
    'complaints.record': (ctx, input) => recordComplaint(db, ctx, today(), input),
    'complaints.judge': (ctx, input) => judgeComplaint(db, ctx, today(), input),
    'complaints.resolve': (ctx, input) => resolveComplaint(db, ctx, today(), input),
    'complaints.list': (_ctx, input) => listComplaintsFor(db, input),
  };
}
