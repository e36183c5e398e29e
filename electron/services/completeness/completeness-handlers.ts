/** The completeness methods (shared/contract/completeness.ts). */
import type { DeskDatabase } from '../../../db/open-database';
import type { HandlersOf } from '../handlers';
import { communityCompleteness, personCompleteness } from './completeness-service';

export type CompletenessHandlers = HandlersOf<'completeness'>;

export function completenessHandlers(db: DeskDatabase): CompletenessHandlers {
  return {
    'completeness.person': (_ctx, input) => personCompleteness(db, input.personId, input.asOf),
    'completeness.community': (ctx, input) => communityCompleteness(db, input.asOf, ctx.communityId ?? input.communityId ?? null),
  };
}
