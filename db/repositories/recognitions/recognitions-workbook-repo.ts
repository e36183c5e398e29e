/**
 * difficulty_recognitions, assistance_agreements and assistance_measures as the standard workbook reads and writes
 * them (docs/workbook-v2.md 困难认定, 援助协议, 援助措施): by ID number and date; an agreement names its recognition by
 * the application day, a measure its agreement by the signing day; a measure's service is its row id (the workbook
 * service names it).
 */
import type { DeskDatabase } from '../../desk-database';
import type { AgreementRecord, FiveClearRecord, MeasureRecord, RecognitionRecord } from '../../../shared/domain/workbook/records';
import { FIVE_CLEAR_KEYS } from '../../../shared/domain/workbook/records';
import { joinPersonSql } from '../registry/registry-sql';
import { parseJsonObject } from '../json-object';

type Bool = 0 | 1;

/** The stored 五清 JSON as the workbook's record (any item missing or unreadable: none recorded). */
export function parseFiveClear(text: string | null): FiveClearRecord | null {
  const value = parseJsonObject(text);
  if (value === null) return null;
  const out: Partial<FiveClearRecord> = {};
  for (const key of FIVE_CLEAR_KEYS) {
    const item = value[key];
    if (typeof item !== 'object' || item === null) return null;
    const { clear, note } = item as { clear?: unknown; note?: unknown };
    if (typeof clear !== 'boolean') return null;
    out[key] = { clear, note: typeof note === 'string' && note.length > 0 ? note : null };
  }
  return out as FiveClearRecord;
}

function fiveClearText(fiveClear: FiveClearRecord | null): string | null {
  if (fiveClear === null) return null;
  return JSON.stringify(Object.fromEntries(FIVE_CLEAR_KEYS.map((key) => [key, fiveClear[key].note === null ? { clear: fiveClear[key].clear } : fiveClear[key]])));
}

/** Every recognition with its row id, by ID number and application day. */
export function* recognitionSheetRows(db: DeskDatabase): Generator<{ id: number; record: RecognitionRecord }> {
  const rows = db.sqlite
    .prepare(
      `SELECT r.id, p.id_number, r.applied_on, r.category, r.status, r.reviewed_on, r.reviewer, r.review_note, r.exited_on, r.exit_reason,
              r.especially_difficult, r.five_clear
         FROM difficulty_recognitions r ${joinPersonSql('p', 'r.person_id')} ORDER BY p.id_number, r.applied_on, r.id`,
    )
    .raw()
    .iterate() as IterableIterator<
    [number, string, string, RecognitionRecord['category'], 'applied' | 'recognised' | 'refused' | 'exited', string | null, string | null, string | null, string | null, string | null, Bool, string | null]
  >;
  for (const [id, idNumber, appliedOn, category, status, reviewedOn, reviewer, reviewNote, exitedOn, exitReason, especially, fiveClear] of rows) {
    yield {
      id,
      record: {
        idNumber,
        appliedOn,
        category,
        decision: status === 'applied' ? null : status === 'refused' ? 'refused' : 'recognised',
        reviewedOn,
        reviewer,
        reviewNote,
        exitedOn,
        exitReason,
        especiallyDifficult: especially === 1,
        fiveClear: parseFiveClear(fiveClear),
      },
    };
  }
}

/** Every agreement with its row id, by ID number and signing day. */
export function* agreementSheetRows(db: DeskDatabase): Generator<{ id: number; record: AgreementRecord }> {
  const rows = db.sqlite
    .prepare(
      `SELECT a.id, p.id_number, a.signed_on, r.applied_on, a.clerk, a.goal, a.notes, a.closed_on, a.close_reason
         FROM assistance_agreements a JOIN difficulty_recognitions r ON r.id = a.recognition_id ${joinPersonSql('p', 'a.person_id')}
        ORDER BY p.id_number, a.signed_on, a.id`,
    )
    .raw()
    .iterate() as IterableIterator<[number, string, string, string, string, string, string | null, string | null, string | null]>;
  for (const [id, idNumber, signedOn, recognitionAppliedOn, clerk, goal, notes, closedOn, closeReason] of rows) {
    yield { id, record: { idNumber, signedOn, recognitionAppliedOn, clerk, goal, notes, closedOn, closeReason } };
  }
}

/** Every measure with its row id and its service's row id, by agreement, planned day, kind and content. */
export function* measureSheetRows(db: DeskDatabase): Generator<{ id: number; serviceRecordId: number | null; record: Omit<MeasureRecord, 'service'> }> {
  const rows = db.sqlite
    .prepare(
      `SELECT m.id, p.id_number, a.signed_on, m.kind, m.description, m.planned_on, m.done_on, m.service_record_id
         FROM assistance_measures m JOIN assistance_agreements a ON a.id = m.agreement_id ${joinPersonSql('p', 'a.person_id')}
        ORDER BY p.id_number, a.signed_on, m.planned_on, m.kind, m.description, m.id`,
    )
    .raw()
    .iterate() as IterableIterator<[number, string, string, MeasureRecord['kind'], string, string, string | null, number | null]>;
  for (const [id, idNumber, agreementSignedOn, kind, description, plannedOn, doneOn, serviceRecordId] of rows) {
    yield { id, serviceRecordId, record: { idNumber, agreementSignedOn, kind, description, plannedOn, doneOn } };
  }
}

/** Prepared writes of imported recognitions, agreements and measures (inside the caller's transaction). */
export function recognitionSheetWriter(db: DeskDatabase, now: string): {
  insertRecognition(g: RecognitionRecord, personId: number): number;
  updateRecognition(g: RecognitionRecord, id: number): void;
  insertAgreement(a: AgreementRecord, personId: number, recognitionId: number): number;
  updateAgreement(a: AgreementRecord, id: number, recognitionId: number): void;
  insertMeasure(m: MeasureRecord, agreementId: number, serviceRecordId: number | null): void;
  updateMeasure(m: MeasureRecord, id: number, serviceRecordId: number | null): void;
} {
  const s = db.sqlite;
  const status = (g: RecognitionRecord) => (g.decision === null ? 'applied' : g.decision === 'refused' ? 'refused' : g.exitedOn !== null ? 'exited' : 'recognised');
  const recognisedOn = (g: RecognitionRecord) => (g.decision === 'recognised' ? g.reviewedOn : null);
  const recValues = (g: RecognitionRecord) =>
    [g.category, status(g), g.reviewedOn, g.reviewer, g.reviewNote, recognisedOn(g), g.exitedOn, g.exitReason, g.especiallyDifficult ? 1 : 0, fiveClearText(g.fiveClear)] as const;
  const insRec = s.prepare(
    `INSERT INTO difficulty_recognitions (person_id, applied_on, category, status, reviewed_on, reviewer, review_note, recognised_on, exited_on, exit_reason,
       especially_difficult, five_clear, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  );
  const updRec = s.prepare(
    `UPDATE difficulty_recognitions SET category = ?, status = ?, reviewed_on = ?, reviewer = ?, review_note = ?, recognised_on = ?, exited_on = ?, exit_reason = ?,
       especially_difficult = ?, five_clear = ?, version = version + 1, updated_at = ? WHERE id = ?`,
  );
  const insAgr = s.prepare(
    `INSERT INTO assistance_agreements (person_id, recognition_id, signed_on, clerk, goal, notes, status, closed_on, close_reason, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  );
  const updAgr = s.prepare(
    `UPDATE assistance_agreements SET recognition_id = ?, clerk = ?, goal = ?, notes = ?, status = ?, closed_on = ?, close_reason = ?, version = version + 1, updated_at = ?
      WHERE id = ?`,
  );
  const insMea = s.prepare(
    `INSERT INTO assistance_measures (agreement_id, kind, description, planned_on, done_on, service_record_id, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  );
  const updMea = s.prepare('UPDATE assistance_measures SET done_on = ?, service_record_id = ?, version = version + 1, updated_at = ? WHERE id = ?');
  const agreementStatus = (a: AgreementRecord) => (a.closedOn === null ? 'active' : 'closed');
  return {
    insertRecognition: (g, personId) => Number(insRec.run(personId, g.appliedOn, ...recValues(g), now, now).lastInsertRowid),
    updateRecognition: (g, id) => {
      updRec.run(...recValues(g), now, id);
    },
    insertAgreement: (a, personId, recognitionId) =>
      Number(insAgr.run(personId, recognitionId, a.signedOn, a.clerk, a.goal, a.notes, agreementStatus(a), a.closedOn, a.closeReason, now, now).lastInsertRowid),
    updateAgreement: (a, id, recognitionId) => {
      updAgr.run(recognitionId, a.clerk, a.goal, a.notes, agreementStatus(a), a.closedOn, a.closeReason, now, id);
    },
    insertMeasure: (m, agreementId, serviceRecordId) => {
      insMea.run(agreementId, m.kind, m.description, m.plannedOn, m.doneOn, serviceRecordId, now, now);
    },
    updateMeasure: (m, id, serviceRecordId) => {
      updMea.run(m.doneOn, serviceRecordId, now, id);
    },
  };
}
