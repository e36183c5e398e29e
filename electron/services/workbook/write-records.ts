/**
 * The import's writes: each sheet's planned records written through its table's owner, in the order the tables
 * refer to each other (communities → employers and vacancies → households → persons and their periods → wishes,
 * spells, registrations → recognitions and agreements → services → measures → complaints). The keys the workbook
 * names records by are turned into row ids here, including rows written earlier in the same call.
 */
import { nowIso } from '../../../shared/clock';
import type { VacancyRef } from '../../../shared/domain/workbook/records';
import { SHEET_DEFS } from '../../../shared/domain/workbook/sheets';
import { vacancyKey } from '../../../shared/domain/workbook/sheets-employers';
import { compareOrder } from '../../../shared/domain/workbook/sheet-kit';
import type { DeskDatabase } from '../../../db/open-database';
import { communityCodesById, communitySheetWriter } from '../../../db/repositories/communities/communities-workbook-repo';
import { complaintSheetWriter } from '../../../db/repositories/complaints/complaints-workbook-repo';
import { employerSheetWriter } from '../../../db/repositories/employers/employers-workbook-repo';
import { employmentSheetWriter } from '../../../db/repositories/employment/employment-workbook-repo';
import { recognitionSheetWriter } from '../../../db/repositories/recognitions/recognitions-workbook-repo';
import { householdIdsByNumber, householdSheetWriter } from '../../../db/repositories/registry/households-workbook-repo';
import { personIdsByIdNumber, personSheetWriter } from '../../../db/repositories/registry/persons-workbook-repo';
import { serviceSheetWriter } from '../../../db/repositories/services/services-workbook-repo';
import { saveStreet } from '../../../db/repositories/system/street-repo';
import type { KeyedIds } from '../../../db/repositories/keyed-ids';
import type { DerivedDates } from '../../../db/repositories/registry/persons-workbook-repo';
import type { PersonRecord } from '../../../shared/domain/workbook/records';
import { databaseRecords } from './database-records';
import { upsertId, writeCount } from './plan-import';
import type { Upserts, WorkbookWrites } from './plan-import';

/** Key → row id of what the database holds (read before the writes; the writes add to them). */
function idsOf<R>(rows: Iterable<{ id: number; record: R }>, key: (r: R) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const { id, record } of rows) out.set(key(record), id);
  return out;
}

function need(map: Pick<KeyedIds, 'get'>, key: string, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`${what} ${key} 不存在`);
  return id;
}

/** Calls `write` with each planned record and the id of the row it replaces (null: new), in the list's order. */
function eachUpsert<R>(upserts: Upserts<R>, write: (record: R, id: number | null) => void): void {
  const { records } = upserts;
  for (let i = 0; i < records.length; i += 1) write(records[i] as R, upsertId(upserts, i));
}

/**
 * New records of a sheet with 序号 are inserted in key order, so that the row ids (which order a group's records)
 * give each the 序号 the file gave it.
 */
function eachInKeyOrder<R>(upserts: Upserts<R>, order: (r: R) => readonly (string | number)[], write: (record: R, id: number | null) => void): void {
  const { records } = upserts;
  const before = (a: number, b: number) => compareOrder(order(records[a] as R), order(records[b] as R));
  let sorted = true;
  for (let i = 1; i < records.length && sorted; i += 1) sorted = before(i - 1, i) <= 0;
  // A file written in key order (as the export writes it) needs no sorting.
  if (sorted) {
    eachUpsert(upserts, write);
    return;
  }
  const indexes = Array.from(records.keys()).sort((a, b) => before(a, b) || a - b);
  for (const i of indexes) write(records[i] as R, upsertId(upserts, i));
}

/**
 * Below this many records written, persons' and households' row ids are looked up key by key; from it, every row's
 * is read at once (a whole street's import).
 */
const LOOK_UP_IDS_BELOW = 50_000;

export interface WriteRecordsOptions {
  /** Told every 16,384 records written. */
  onStep?: (done: number) => void;
  /** A new person's derived dates, written with the row. */
  datesOf?: (person: PersonRecord) => DerivedDates | null;
  /**
   * Lets each group of sheets' records go once they are written (`writes` is then spent: for a plan used once, the
   * import worker's — the memory they free is what the rest of the write uses).
   */
  releaseWritten?: boolean;
  /** Runs after the persons and after their wishes, spells and registrations (the import worker collects its heap). */
  betweenSheets?: () => void;
}

/**
 * Writes the planned records. Must run inside a transaction (the caller's). With `datesOf`, a new person's derived
 * dates are written with the row (the refresh after the write then finds them current).
 */
export function writeWorkbookRecords(db: DeskDatabase, writes: WorkbookWrites, initialsOf: (name: string) => string, options: WriteRecordsOptions = {}): void {
  const { onStep = () => undefined, datesOf = () => null, releaseWritten = false, betweenSheets = () => undefined } = options;
  const release = (...written: Upserts<unknown>[]) => {
    if (releaseWritten) for (const upserts of written) upserts.records = [];
  };
  const now = nowIso();
  const lookUpIds = writeCount(writes) < LOOK_UP_IDS_BELOW;
  if (writes.street) saveStreet(db, writes.street);
  let done = 0;
  const tick = () => {
    done += 1;
    if ((done & 16383) === 0) onStep(done);
  };
  const existing = databaseRecords(db);
  const lazyIds = <T>(make: () => T) => {
    let v: T | undefined;
    return () => (v ??= make());
  };

  const communityIds = new Map([...communityCodesById(db)].map(([id, code]) => [code, id]));
  const communities = communitySheetWriter(db, now);
  eachUpsert(writes.communities, (record, id) => {
    if (id === null) communityIds.set(record.code, communities.insert(record));
    else communities.update(record, id);
    tick();
  });
  const communityId = (code: string | null) => (code === null ? null : need(communityIds, code, '社区'));

  const employers = employerSheetWriter(db, now);
  const employerIds = idsOf(existing.employers(), SHEET_DEFS.employers.key);
  eachUpsert(writes.employers, (e, id) => {
    const values = { name: e.name, contact: e.contact, pairedCommunityId: communityId(e.pairedCommunityCode), pairedOn: e.pairedOn };
    if (id === null) employerIds.set(e.name, employers.insertEmployer(values));
    else employers.updateEmployer(values, id);
    tick();
  });
  const employerId = (name: string | null) => (name === null ? null : need(employerIds, name, '用工单位'));
  const vacancyIds = idsOf(existing.vacancies(), SHEET_DEFS.vacancies.key);
  eachUpsert(writes.vacancies, (v, id) => {
    const values = {
      employerId: need(employerIds, v.employer, '用工单位'),
      communityId: communityId(v.communityCode),
      title: v.title,
      posts: v.posts,
      skills: v.skills,
      wage: v.wage,
      openedOn: v.openedOn,
      filledOn: v.filledOn,
      publicWelfare: v.publicWelfare,
      developedByCommunity: v.developedByCommunity,
    };
    if (id === null) vacancyIds.set(vacancyKey(v), employers.insertVacancy(values));
    else employers.updateVacancy(values, id);
    tick();
  });
  const vacancyId = (ref: VacancyRef | null) => (ref === null ? null : need(vacancyIds, vacancyKey(ref), '岗位'));

  const householdIds = householdIdsByNumber(db, lookUpIds);
  const households = householdSheetWriter(db, now);
  eachUpsert(writes.households, (h, id) => {
    const cid = need(communityIds, h.communityCode, '社区');
    let householdId: number;
    if (id === null) {
      householdId = households.insert(h, cid);
      householdIds.set(h.number, householdId);
    } else {
      householdId = id;
      households.update(h, id, cid);
    }
    households.writeUndatedFlags(h, householdId, id !== null);
    tick();
  });
  eachUpsert(writes.householdFlags, (f, id) => {
    households.writeDatedFlags(f, need(householdIds, f.householdNumber, '户'), id !== null);
    tick();
  });
  households.flush();

  const personIds = personIdsByIdNumber(db, lookUpIds);
  const persons = personSheetWriter(db, now);
  eachUpsert(writes.persons, (p, id) => {
    const hid = need(householdIds, p.householdNumber, '户');
    if (id === null) personIds.set(p.idNumber, persons.insert(p, hid, initialsOf(p.name), datesOf(p)));
    else {
      persons.update(p, id, hid, initialsOf(p.name));
      personIds.set(p.idNumber, id);
    }
    tick();
  });
  persons.flush();
  const personId = (idNumber: string) => need(personIds, idNumber, '人员');
  for (const { idNumber, periods, replace } of writes.memberships) {
    persons.replacePeriods(
      personId(idNumber),
      periods.map((p) => ({ ...p, householdId: need(householdIds, p.householdId, '户') })),
      replace,
    );
    tick();
  }
  persons.flush();
  release(writes.households, writes.householdFlags, writes.persons);
  if (releaseWritten) writes.memberships = [];

  betweenSheets();
  const employment = employmentSheetWriter(db, now);
  eachUpsert(writes.wishes, (w, id) => {
    if (id === null) employment.insertWish(w, personId(w.idNumber));
    else employment.updateWish(w, id);
    tick();
  });
  eachUpsert(writes.spells, (r, id) => {
    if (id === null) employment.insertSpell(r, personId(r.idNumber), employerId(r.employer));
    else employment.updateSpell(r, id, employerId(r.employer));
    tick();
  });
  eachUpsert(writes.registrations, (r, id) => {
    if (id === null) employment.insertRegistration(r, personId(r.idNumber));
    else employment.updateRegistration(r, id);
    tick();
  });
  employment.flush();
  release(writes.wishes, writes.spells, writes.registrations);
  betweenSheets();

  const recognitions = recognitionSheetWriter(db, now);
  const recognitionIds = lazyIds(() => idsOf(existing.recognitions(), SHEET_DEFS.recognitions.key));
  eachUpsert(writes.recognitions, (g, id) => {
    if (id === null) recognitionIds().set(SHEET_DEFS.recognitions.key(g), recognitions.insertRecognition(g, personId(g.idNumber)));
    else recognitions.updateRecognition(g, id);
    tick();
  });
  const agreementIds = lazyIds(() => idsOf(existing.agreements(), SHEET_DEFS.agreements.key));
  eachUpsert(writes.agreements, (a, id) => {
    const recognitionId = need(recognitionIds(), `${a.idNumber}|${a.recognitionAppliedOn}`, '认定');
    if (id === null) agreementIds().set(SHEET_DEFS.agreements.key(a), recognitions.insertAgreement(a, personId(a.idNumber), recognitionId));
    else recognitions.updateAgreement(a, id, recognitionId);
    tick();
  });
  const agreementId = (idNumber: string, signedOn: string | null) => (signedOn === null ? null : need(agreementIds(), `${idNumber}|${signedOn}`, '援助协议'));

  const services = serviceSheetWriter(db, now);
  const serviceIds = lazyIds(() => idsOf(existing.services(), SHEET_DEFS.services.key));
  const linkedServices = new Set(writes.measures.records.flatMap((m) => (m.service === null ? [] : [SHEET_DEFS.services.key({ ...m.service, idNumber: m.idNumber } as Parameters<typeof SHEET_DEFS.services.key>[0])])));
  eachInKeyOrder(writes.services, SHEET_DEFS.services.order, (r, id) => {
    const links = { vacancyId: vacancyId(r.vacancy), agreementId: agreementId(r.idNumber, r.agreementSignedOn) };
    if (id === null) {
      const newId = services.insertPersonService(r, personId(r.idNumber), links);
      const key = SHEET_DEFS.services.key(r);
      if (linkedServices.has(key)) serviceIds().set(key, newId);
    } else services.updatePersonService(r, id, links);
    tick();
  });
  eachInKeyOrder(writes.householdServices, SHEET_DEFS.householdServices.order, (r, id) => {
    if (id === null) services.insertHouseholdService(r, need(householdIds, r.householdNumber, '户'));
    else services.updateHouseholdService(r, id);
    tick();
  });
  services.flush();
  eachUpsert(writes.measures, (m, id) => {
    const serviceId = m.service === null ? null : need(serviceIds(), SHEET_DEFS.services.key({ ...m.service, idNumber: m.idNumber } as Parameters<typeof SHEET_DEFS.services.key>[0]), '服务记录');
    if (id === null) recognitions.insertMeasure(m, need(agreementIds(), `${m.idNumber}|${m.agreementSignedOn}`, '援助协议'), serviceId);
    else recognitions.updateMeasure(m, id, serviceId);
    tick();
  });

  const complaints = complaintSheetWriter(db, now);
  eachInKeyOrder(writes.complaints, SHEET_DEFS.complaints.order, (c, id) => {
    if (id === null) complaints.insert(c, need(communityIds, c.communityCode, '社区'));
    else complaints.update(c, id);
    tick();
  });
  release(
    writes.communities,
    writes.employers,
    writes.vacancies,
    writes.recognitions,
    writes.agreements,
    writes.services,
    writes.householdServices,
    writes.measures,
    writes.complaints,
  );
}
