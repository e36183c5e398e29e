/** assistance_agreements (recognitions): 一人一策 agreements. */
import { and, desc, eq } from 'drizzle-orm';
import type { DeskDatabase } from '../../desk-database';
import { assistanceAgreements } from '../../schema';
import { nowIso } from '../../../shared/clock';
import { pluckText } from '../pluck';
import { findRecordById } from '../record-by-id';
import { recordOfPerson, recordsOfPerson } from '../person-records';
import { recordColumns } from '../record-columns';
import type { RecordOf } from '../record-columns';
import { insertStamped } from '../insert-stamped';

/** A row as read (the table's columns but its timestamps). */
export type AgreementRow = RecordOf<typeof assistanceAgreements>;

const columns = recordColumns(assistanceAgreements);

export function findAgreement(db: DeskDatabase, id: number): AgreementRow | null {
  return findRecordById(db, assistanceAgreements, id);
}

/** The person's agreement in force, if any (at most one: a partial unique index). */
export function findActiveAgreement(db: DeskDatabase, personId: number): AgreementRow | null {
  return recordOfPerson(db, assistanceAgreements, personId, eq(assistanceAgreements.status, 'active'));
}

/** The person's agreements, newest first. */
export function listAgreementsOfPerson(db: DeskDatabase, personId: number): AgreementRow[] {
  return recordsOfPerson(db, assistanceAgreements, personId, [desc(assistanceAgreements.signedOn), desc(assistanceAgreements.id)]);
}

/** The latest day an earlier agreement of the person was closed (a new one cannot be signed before it). */
export function latestClosedOn(db: DeskDatabase, personId: number): string | null {
  return pluckText(db, "SELECT MAX(closed_on) FROM assistance_agreements WHERE person_id = ? AND status = 'closed'", personId);
}

export function insertAgreement(
  db: DeskDatabase,
  values: Pick<AgreementRow, 'personId' | 'recognitionId' | 'signedOn' | 'clerk' | 'goal' | 'notes'>,
): AgreementRow {
  return insertStamped(db, assistanceAgreements, { ...values, status: 'active', version: 0 }).returning(columns).get();
}

/** Closes the agreement; null when `expectedVersion` is stale or it is no longer active. */
export function closeAgreementRow(
  db: DeskDatabase,
  id: number,
  expectedVersion: number,
  closedOn: string,
  closeReason: string,
): AgreementRow | null {
  return (
    db.orm
      .update(assistanceAgreements)
      .set({ status: 'closed', closedOn, closeReason, version: expectedVersion + 1, updatedAt: nowIso() })
      .where(
        and(
          eq(assistanceAgreements.id, id),
          eq(assistanceAgreements.version, expectedVersion),
          eq(assistanceAgreements.status, 'active'),
        ),
      )
      .returning(columns)
      .get() ?? null
  );
}
