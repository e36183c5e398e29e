/** The printed documents' data (shared/contract/documents.ts). */
import type { DeskDatabase } from '../../../db/open-database';
import { getSavedAssessment } from '../assessment/saved-service';
import type { Handler } from '../handlers';
import { agreementDocument } from './agreement-document';
import { documentHeader } from './document-parts';
import { householdCard } from './household-card';
import { recognitionForm } from './recognition-form';

export interface DocumentsHandlers {
  'documents.householdCard': Handler<'documents.householdCard'>;
  'documents.recognitionForm': Handler<'documents.recognitionForm'>;
  'documents.agreement': Handler<'documents.agreement'>;
  'documents.assessmentSheet': Handler<'documents.assessmentSheet'>;
}

export function documentsHandlers(db: DeskDatabase, today: () => string): DocumentsHandlers {
  return {
    'documents.householdCard': (ctx, input) => householdCard(db, ctx, input.householdId, input.asOf, today()),
    'documents.recognitionForm': (ctx, input) => recognitionForm(db, ctx, input.recognitionId),
    'documents.agreement': (ctx, input) => agreementDocument(db, ctx, input.agreementId, today()),
    'documents.assessmentSheet': (_ctx, input) => ({ header: documentHeader(db, null), ...getSavedAssessment(db, input.savedId) }),
  };
}
