/** What the person page shows of 一人一策: the agreements with their measures and follow-ups, overdue measures marked. */
import type {
  AgreementFollowUp,
  AssistanceAgreement,
  AssistanceMeasure,
  PersonAssistance,
} from '../../../shared/contract/recognitions';
import { isMeasureOverdue } from '../../../shared/domain/assistance';
import { SERVICE_KIND_LABEL } from '../../../shared/domain/workbook/vocabulary';
import { listAgreementsOfPerson } from '../../../db/repositories/recognitions/agreements-repo';
import type { AgreementRow } from '../../../db/repositories/recognitions/agreements-repo';
import { listMeasuresOf } from '../../../db/repositories/recognitions/measures-repo';
import type { MeasureListRow } from '../../../db/repositories/recognitions/measures-repo';
import { listAgreementServices } from '../../../db/repositories/services/service-records-repo';
import type { AgreementServiceRow } from '../../../db/repositories/services/service-records-repo';
import { findLiveRecognition } from '../../../db/repositories/recognitions/recognitions-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { requirePerson } from '../registry/person-rules';

function toMeasure(row: MeasureListRow, active: boolean, today: string): AssistanceMeasure {
  const { serviceKind, serviceDate, ...measure } = row;
  return {
    ...measure,
    serviceRecordSummary: serviceKind && serviceDate ? `${SERVICE_KIND_LABEL[serviceKind]} ${serviceDate}` : null,
    overdue: isMeasureOverdue(row, active, today),
  };
}

function toFollowUp(row: AgreementServiceRow): AgreementFollowUp {
  return { serviceRecordId: row.id, date: row.date, clerk: row.clerk, content: row.content, outcome: row.outcome };
}

function assemble(rows: AgreementRow[], measures: MeasureListRow[], services: AgreementServiceRow[], today: string): AssistanceAgreement[] {
  return rows.map((row) => {
    const active = row.status === 'active';
    const own = measures.filter((m) => m.agreementId === row.id).map((m) => toMeasure(m, active, today));
    const followUps = services.filter((s) => s.agreementId === row.id && s.kind === 'follow_up').map(toFollowUp);
    const dates = [row.signedOn, ...own.map((m) => m.doneOn ?? ''), ...followUps.map((f) => f.date)];
    return { ...row, measures: own, followUps, lastEventOn: dates.reduce((a, b) => (b > a ? b : a)) };
  });
}

/** Agreements given as rows, with their measures and follow-ups. */
export function agreementsWithDetail(db: DeskDatabase, rows: AgreementRow[], today: string): AssistanceAgreement[] {
  const ids = rows.map((r) => r.id);
  return assemble(rows, listMeasuresOf(db, ids), listAgreementServices(db, ids), today);
}

export function agreementDetail(db: DeskDatabase, row: AgreementRow, today: string): AssistanceAgreement {
  const [detail] = agreementsWithDetail(db, [row], today);
  if (!detail) throw new Error('协议明细读不到');
  return detail;
}

export function personAssistance(db: DeskDatabase, today: string, personId: number): PersonAssistance {
  requirePerson(db, personId);
  const live = findLiveRecognition(db, personId);
  const current = live?.status === 'recognised' ? live : null;
  return {
    personId,
    asOf: today,
    currentRecognitionId: current?.id ?? null,
    currentRecognisedOn: current?.recognisedOn ?? null,
    agreements: agreementsWithDetail(db, listAgreementsOfPerson(db, personId), today),
  };
}
