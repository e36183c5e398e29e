/** Each printed document: where its data comes from and how it is built (the buttons on the pages use these). */
import { todayIso } from '../../../shared/clock';
import type { AgreementDocument, AssessmentSheet, HouseholdCard, RecognitionForm } from '../../../shared/contract/documents';
import { agreementDocument, AGREEMENT_TITLE } from '../../../shared/documents/agreement-document';
import { assessmentSheetDocument, assessmentSheetTitle } from '../../../shared/documents/assessment-sheet-document';
import type { SheetUnits } from '../../../shared/documents/assessment-sheet-document';
import { householdCardDocument, householdCardTitle } from '../../../shared/documents/household-card-document';
import { RECOGNITION_FORM_TITLE, recognitionFormDocument } from '../../../shared/documents/recognition-form-document';
import { call } from '../../lib/api';
import type { BuiltDocument } from './DocumentPrintButton';

export const householdCardPrint = (householdId: number, asOf: string) => ({
  load: () => call('documents.householdCard', { householdId, asOf }),
  build: (card: HouseholdCard): BuiltDocument => ({
    title: householdCardTitle(card),
    html: householdCardDocument(card, todayIso()),
    pdfName: `户卡-${card.household.number}-${asOf}.pdf`,
  }),
});

export const recognitionFormPrint = (recognitionId: number) => ({
  load: () => call('documents.recognitionForm', { recognitionId }),
  build: (form: RecognitionForm): BuiltDocument => ({
    title: `${RECOGNITION_FORM_TITLE}（${form.person.name}）`,
    html: recognitionFormDocument(form, todayIso()),
    pdfName: `${RECOGNITION_FORM_TITLE}-${form.person.name}.pdf`,
  }),
});

export const agreementPrint = (agreementId: number) => ({
  load: () => call('documents.agreement', { agreementId }),
  build: (doc: AgreementDocument): BuiltDocument => ({
    title: `${AGREEMENT_TITLE}（${doc.person.name}）`,
    html: agreementDocument(doc, todayIso()),
    pdfName: `${AGREEMENT_TITLE}-${doc.person.name}-${doc.agreement.signedOn}.pdf`,
  }),
});

export const assessmentSheetPrint = (savedId: number, units: SheetUnits) => ({
  load: () => call('documents.assessmentSheet', { savedId }),
  build: (sheet: AssessmentSheet): BuiltDocument => ({
    title: assessmentSheetTitle(sheet),
    html: assessmentSheetDocument(sheet, units, todayIso()),
    pdfName: `考核表-${sheet.run.standard.id}-${sheet.run.asOf}.pdf`,
  }),
});
