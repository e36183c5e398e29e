import type { DeskDatabase } from '../../../db/open-database';
import type { HandlersOf } from '../handlers';
import { judgeComplaint, listComplaintsFor, recordComplaint, resolveComplaint } from './complaints-service';

export type ComplaintsHandlers = HandlersOf<'complaints'>;

/** The methods of shared/contract/complaints.ts; `today` is read at each call. */
export function complaintsHandlers(db: DeskDatabase, today: () => string): ComplaintsHandlers {
  return {
    'complaints.record': (ctx, input) => recordComplaint(db, ctx, today(), input),
    'complaints.judge': (ctx, input) => judgeComplaint(db, ctx, today(), input),
    'complaints.resolve': (ctx, input) => resolveComplaint(db, ctx, today(), input),
    'complaints.list': (_ctx, input) => listComplaintsFor(db, input),
  };
}
