/** The completeness methods (shared/contract/completeness.ts). */
import type { DeskDatabase } from '../../../db/open-database';
import type { Handler } from '../handlers';
import { communityCompleteness, personCompleteness } from './completeness-service';

export interface CompletenessHandlers {
  'completeness.person': Handler<'completeness.person'>;
  'completeness.community': Handler<'completeness.community'>;
}

export function completenessHandlers(db: DeskDatabase): CompletenessHandlers {
  return {
    'completeness.person': (_ctx, input) => personCompleteness(db, input.personId, input.asOf),
    'completeness.community': (ctx, input) => communityCompleteness(db, input.asOf, ctx.communityId ?? input.communityId ?? null),
  };
}
