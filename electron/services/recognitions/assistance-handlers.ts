import type { DeskDatabase } from '../../../db/open-database';
import type { HandlersOf } from '../handlers';
import { closeAgreement, createAgreement } from './agreements-service';
import { personAssistance } from './assistance-view';
import { recordFollowUp } from './follow-ups-service';
import { addMeasure, completeMeasure } from './measures-service';

export type AssistanceHandlers = HandlersOf<'assistance'>;

/** The 一人一策 methods (`assistance.*` in shared/contract/recognitions.ts); `today` is read at each call. */
export function assistanceHandlers(db: DeskDatabase, today: () => string): AssistanceHandlers {
  return {
    'assistance.get': (_ctx, input) => personAssistance(db, today(), input.personId),
    'assistance.create': (ctx, input) => createAgreement(db, ctx, today(), input),
    'assistance.addMeasure': (ctx, input) => addMeasure(db, ctx, today(), input),
    'assistance.completeMeasure': (ctx, input) => completeMeasure(db, ctx, today(), input),
    'assistance.recordFollowUp': (ctx, input) => recordFollowUp(db, ctx, today(), input),
    'assistance.close': (ctx, input) => closeAgreement(db, ctx, today(), input),
  };
}
