/**
 * The database in the standard workbook's terms: every sheet's records with their row ids, in the order the sheet
 * is written (rows in key order), with the ids that tie records together (employer, vacancy, agreement, service)
 * turned into the keys the workbook names them by. The export writes these; the import's dry run compares with them.
 */
import type { DeskDatabase } from '../../../db/open-database';
import { communityCodesById, communitySheetRows } from '../../../db/repositories/communities/communities-workbook-repo';
import { complaintSheetRows } from '../../../db/repositories/complaints/complaints-workbook-repo';
import { employerSheetRows, vacancySheetRows } from '../../../db/repositories/employers/employers-workbook-repo';
import { registrationSheetRows, spellSheetRows, wishSheetRows } from '../../../db/repositories/employment/employment-workbook-repo';
import { agreementSheetRows, measureSheetRows, recognitionSheetRows } from '../../../db/repositories/recognitions/recognitions-workbook-repo';
import { householdFlagSheetRows, householdSheetRows } from '../../../db/repositories/registry/households-workbook-repo';
import type { HouseholdScope } from '../../../db/repositories/registry/households-workbook-repo';
import { moveSheetRows, personSheetRows } from '../../../db/repositories/registry/persons-workbook-repo';
import { householdServiceSheetRows, personServiceSheetRows, serviceRefsByIds } from '../../../db/repositories/services/services-workbook-repo';
import type { VacancyRef } from '../../../shared/domain/workbook/records';
import type { RecordOf, SheetField } from '../../../shared/domain/workbook/sheets';

export type ListField = Exclude<SheetField, 'street'>;

export interface WithId<R> {
  /** The record's row id (for 家庭状况变更 and 移户记录, which are not rows of one table: 0). */
  id: number;
  record: R;
}

export type DatabaseRecords = { [K in ListField]: () => Iterable<WithId<RecordOf<K>>> };

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * Only some persons' records (a ledger's): 人员, 失业登记 and 服务记录 of the persons with these ID numbers, and the
 * 家庭 of `HouseholdScope` (their households, and the community's). The other sheets are read whole.
 */
export type RecordScope = HouseholdScope;

/** The database's records sheet by sheet (with `scope`, only those persons'); each call reads afresh, the small lookups (names of ids) once. */
export function databaseRecords(db: DeskDatabase, scope?: RecordScope): DatabaseRecords {
  const idNumbers = scope?.idNumbers;
  const communityCodes = lazy(() => communityCodesById(db));
  const employers = lazy(() => employerSheetRows(db));
  const employerNames = lazy(() => new Map(employers().map((e) => [e.id, e.name])));
  const vacancies = lazy(() => vacancySheetRows(db));
  const vacancyRefs = lazy(
    () => new Map<number, VacancyRef>(vacancies().map((v) => [v.id, { employer: employerNames().get(v.employerId) ?? '', title: v.title, openedOn: v.openedOn }])),
  );
  const agreements = lazy(() => [...agreementSheetRows(db)]);
  const agreementSignedOn = lazy(() => new Map(agreements().map((a) => [a.id, a.record.signedOn])));
  const codeOf = (id: number | null) => (id === null ? null : (communityCodes().get(id) ?? null));

  return {
    communities: () => communitySheetRows(db),
    employers: () =>
      employers().map((e) => ({ id: e.id, record: { name: e.name, contact: e.contact, pairedCommunityCode: codeOf(e.pairedCommunityId), pairedOn: e.pairedOn } })),
    vacancies: () =>
      vacancies().map((v) => {
        const { id, employerId: _employerId, communityId, ...rest } = v;
        return { id, record: { ...rest, ...(vacancyRefs().get(id) as VacancyRef), communityCode: codeOf(communityId) } };
      }),
    households: () => householdSheetRows(db, scope),
    householdFlags: function* () {
      for (const record of householdFlagSheetRows(db)) yield { id: 0, record };
    },
    persons: () => personSheetRows(db, idNumbers),
    moves: function* () {
      for (const record of moveSheetRows(db)) yield { id: 0, record };
    },
    wishes: () => wishSheetRows(db),
    spells: function* () {
      for (const { id, employerId, record } of spellSheetRows(db)) {
        yield { id, record: { ...record, employer: employerId === null ? null : (employerNames().get(employerId) ?? null) } };
      }
    },
    registrations: () => registrationSheetRows(db, idNumbers),
    services: function* () {
      for (const { id, vacancyId, agreementId, record } of personServiceSheetRows(db, idNumbers)) {
        yield {
          id,
          record: {
            ...record,
            vacancy: vacancyId === null ? null : (vacancyRefs().get(vacancyId) ?? null),
            agreementSignedOn: agreementId === null ? null : (agreementSignedOn().get(agreementId) ?? null),
          },
        };
      }
    },
    householdServices: () => householdServiceSheetRows(db),
    recognitions: () => recognitionSheetRows(db),
    agreements: () => agreements(),
    measures: () => {
      const rows = [...measureSheetRows(db)];
      const refs = serviceRefsByIds(db, rows.flatMap((m) => (m.serviceRecordId === null ? [] : [m.serviceRecordId])));
      return rows.map(({ id, serviceRecordId, record }) => ({ id, record: { ...record, service: serviceRecordId === null ? null : (refs.get(serviceRecordId) ?? null) } }));
    },
    complaints: () => complaintSheetRows(db),
  };
}
