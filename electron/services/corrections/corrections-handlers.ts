import type { DeskDatabase } from '../../../db/open-database';
import type { HandlersOf } from '../handlers';
import { deleteCommunity, deleteHousehold, deletePerson } from './delete-entered-by-mistake';
import { editAgreement } from './edit-agreement';
import { editRecognition } from './edit-recognition';
import { editRegistration } from './edit-registration';
import { editComplaint, editService } from './edit-service-complaint';
import { editSpell } from './edit-spell';
import { editWish, wishToEdit } from './edit-wish';
import { voidRecord } from './void-record';

/** The methods of shared/contract/corrections.ts; `today` is read at each call. */
export function correctionsHandlers(db: DeskDatabase, today: () => string): HandlersOf<'corrections'> {
  return {
    'corrections.void': (ctx, input) => voidRecord(db, ctx, input),
    'corrections.editRegistration': (ctx, input) => editRegistration(db, ctx, today(), input),
    'corrections.editSpell': (ctx, input) => editSpell(db, ctx, today(), input),
    'corrections.editService': (ctx, input) => editService(db, ctx, today(), input),
    'corrections.editComplaint': (ctx, input) => editComplaint(db, ctx, today(), input),
    'corrections.editWish': (ctx, input) => editWish(db, ctx, today(), input),
    'corrections.wish': (_ctx, input) => wishToEdit(db, input.id),
    'corrections.editRecognition': (ctx, input) => editRecognition(db, ctx, today(), input),
    'corrections.editAgreement': (ctx, input) => editAgreement(db, ctx, today(), input),
    'corrections.deleteHousehold': (ctx, input) => deleteHousehold(db, ctx, input.id),
    'corrections.deleteCommunity': (ctx, input) => deleteCommunity(db, ctx, input.id),
    'corrections.deletePerson': (ctx, input) => deletePerson(db, ctx, input.id),
  };
}
