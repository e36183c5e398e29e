import type { DeskDatabase } from '../../../db/open-database';
import type { HandlersOf } from '../handlers';
import { applyRecognition, exitRecognition, listRecognitionsForPerson, reviewRecognition } from './recognitions-service';

export type RecognitionsHandlers = HandlersOf<'recognitions'>;

/** The `recognitions.*` methods of shared/contract/recognitions.ts (the `assistance.*` ones: assistance-handlers.ts); `today` is read at each call. */
export function recognitionsHandlers(db: DeskDatabase, today: () => string): RecognitionsHandlers {
  return {
    'recognitions.apply': (ctx, input) => applyRecognition(db, ctx, today(), input),
    'recognitions.review': (ctx, input) => reviewRecognition(db, ctx, today(), input),
    'recognitions.exit': (ctx, input) => exitRecognition(db, ctx, today(), input),
    'recognitions.listForPerson': (_ctx, input) => listRecognitionsForPerson(db, input.personId),
  };
}
