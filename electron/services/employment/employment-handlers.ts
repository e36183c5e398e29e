import type { DeemedCandidatesInput } from '../../../shared/contract/employment';
import type { RefusalScope } from '../../../db/repositories/employment/wishes-repo';
import type { DeskDatabase } from '../../../db/open-database';
import type { HandlersOf } from '../handlers';
import { cancelUnemployment, registerUnemployment } from './registrations-service';
import { personEmployment } from './person-employment';
import { addSpell, closeSpell } from './spells-service';
import { confirmDeemedNoWish, deemedNoWishCandidates, recordWish } from './wishes-service';

export type EmploymentHandlers = HandlersOf<'spells' | 'registrations' | 'wishes' | 'employment'>;

function candidateScope(input: DeemedCandidatesInput): RefusalScope {
  if (input.personId !== undefined) return { personId: input.personId };
  if (input.communityId !== undefined) return { communityId: input.communityId };
  return 'street';
}

/** The methods of shared/contract/employment.ts; `today` is read at each call. */
export function employmentHandlers(db: DeskDatabase, today: () => string): EmploymentHandlers {
  return {
    'spells.add': (ctx, input) => addSpell(db, ctx, today(), input),
    'spells.close': (ctx, input) => closeSpell(db, ctx, today(), input),
    'registrations.register': (ctx, input) => registerUnemployment(db, ctx, today(), input),
    'registrations.cancel': (ctx, input) => cancelUnemployment(db, ctx, today(), input),
    'wishes.record': (ctx, input) => recordWish(db, ctx, today(), input),
    'wishes.deemedNoWishCandidates': (_ctx, input) => deemedNoWishCandidates(db, today(), candidateScope(input)),
    'wishes.confirmDeemedNoWish': (ctx, input) => confirmDeemedNoWish(db, ctx, today(), input),
    'employment.ofPerson': (_ctx, input) => personEmployment(db, today(), input.personId),
  };
}
