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
import type { Upsert, WorkbookWrites } from './plan-import';

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

/**
 * New records of a sheet with 序号 are inserted in key order, so that the row ids (which order a group's records)
 * give each the 序号 the file gave it.
 */
function inKeyOrder<R>(upserts: Upsert<R>[], order: (r: R) => readonly (string | number)[]): Upsert<R>[] {
  return upserts.slice().sort((a, b) => compareOrder(order(a.record), order(b.record)));
}

/**
 * Below this many records written, persons' and households' row ids are looked up key by key; from it, every row's
 * is read at once (a whole street's import).
 */
const LOOK_UP_IDS_BELOW = 50_000;

/**
 * Writes the planned records. Must run inside a transaction (the caller's). With `datesOf`, a new person's derived
 * dates are written with the row (the refresh after the write then finds them current).
 */
export function writeWorkbookRecords(
  db: DeskDatabase,
  writes: WorkbookWrites,
  initialsOf: (name: string) => string,
  onStep: (done: number) => void = () => undefined,
  datesOf: (person: PersonRecord) => DerivedDates | null = () => null,
): void {
  const now = nowIso();
  const lookUpIds = Object.values(writes).reduce((n, list) => n + (Array.isArray(list) ? list.length : 0), 0) < LOOK_UP_IDS_BELOW;
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
  for (const { record, id } of writes.communities) {
    if (id === null) communityIds.set(record.code, communities.insert(record));
    else communities.update(record, id);
    tick();
  }
  const communityId = (code: string | null) => (code === null ? null : need(communityIds, code, '社区'));

  const employers = employerSheetWriter(db, now);
  const employerIds = idsOf(existing.employers(), SHEET_DEFS.employers.key);
  for (const { record: e, id } of writes.employers) {
    const values = { name: e.name, contact: e.contact, pairedCommunityId: communityId(e.pairedCommunityCode), pairedOn: e.pairedOn };
    if (id === null) employerIds.set(e.name, employers.insertEmployer(values));
    else employers.updateEmployer(values, id);
    tick();
  }
  const employerId = (name: string | null) => (name === null ? null : need(employerIds, name, '用工单位'));
  const vacancyIds = idsOf(existing.vacancies(), SHEET_DEFS.vacancies.key);
  for (const { record: v, id } of writes.vacancies) {
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
  }
  const vacancyId = (ref: VacancyRef | null) => (ref === null ? null : need(vacancyIds, vacancyKey(ref), '岗位'));

  const householdIds = householdIdsByNumber(db, lookUpIds);
  const households = householdSheetWriter(db, now);
  for (const { record: h, id } of writes.households) {
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
  }
  for (const { record: f, id } of writes.householdFlags) {
    households.writeDatedFlags(f, need(householdIds, f.householdNumber, '户'), id !== null);
    tick();
  }

  const personIds = personIdsByIdNumber(db, lookUpIds);
  const persons = personSheetWriter(db, now);
  for (const { record: p, id } of writes.persons) {
    const hid = need(householdIds, p.householdNumber, '户');
    if (id === null) personIds.set(p.idNumber, persons.insert(p, hid, initialsOf(p.name), datesOf(p)));
    else {
      persons.update(p, id, hid, initialsOf(p.name));
      personIds.set(p.idNumber, id);
    }
    tick();
  }
  const personId = (idNumber: string) => need(personIds, idNumber, '人员');
  for (const { idNumber, periods, replace } of writes.memberships) {
    persons.replacePeriods(
      personId(idNumber),
      periods.map((p) => ({ ...p, householdId: need(householdIds, p.householdId, '户') })),
      replace,
    );
    tick();
  }

  const employment = employmentSheetWriter(db, now);
  for (const { record: w, id } of writes.wishes) {
    if (id === null) employment.insertWish(w, personId(w.idNumber));
    else employment.updateWish(w, id);
    tick();
  }
  for (const { record: r, id } of writes.spells) {
    if (id === null) employment.insertSpell(r, personId(r.idNumber), employerId(r.employer));
    else employment.updateSpell(r, id, employerId(r.employer));
    tick();
  }
  for (const { record: r, id } of writes.registrations) {
    if (id === null) employment.insertRegistration(r, personId(r.idNumber));
    else employment.updateRegistration(r, id);
    tick();
  }

  const recognitions = recognitionSheetWriter(db, now);
  const recognitionIds = lazyIds(() => idsOf(existing.recognitions(), SHEET_DEFS.recognitions.key));
  for (const { record: g, id } of writes.recognitions) {
    if (id === null) recognitionIds().set(SHEET_DEFS.recognitions.key(g), recognitions.insertRecognition(g, personId(g.idNumber)));
    else recognitions.updateRecognition(g, id);
    tick();
  }
  const agreementIds = lazyIds(() => idsOf(existing.agreements(), SHEET_DEFS.agreements.key));
  for (const { record: a, id } of writes.agreements) {
    const recognitionId = need(recognitionIds(), `${a.idNumber}|${a.recognitionAppliedOn}`, '认定');
    if (id === null) agreementIds().set(SHEET_DEFS.agreements.key(a), recognitions.insertAgreement(a, personId(a.idNumber), recognitionId));
    else recognitions.updateAgreement(a, id, recognitionId);
    tick();
  }
  const agreementId = (idNumber: string, signedOn: string | null) => (signedOn === null ? null : need(agreementIds(), `${idNumber}|${signedOn}`, '援助协议'));

  const services = serviceSheetWriter(db, now);
  const serviceIds = lazyIds(() => idsOf(existing.services(), SHEET_DEFS.services.key));
  const linkedServices = new Set(writes.measures.flatMap(({ record: m }) => (m.service === null ? [] : [SHEET_DEFS.services.key({ ...m.service, idNumber: m.idNumber } as Parameters<typeof SHEET_DEFS.services.key>[0])])));
  for (const { record: r, id } of inKeyOrder(writes.services, SHEET_DEFS.services.order)) {
    const links = { vacancyId: vacancyId(r.vacancy), agreementId: agreementId(r.idNumber, r.agreementSignedOn) };
    if (id === null) {
      const newId = services.insertPersonService(r, personId(r.idNumber), links);
      const key = SHEET_DEFS.services.key(r);
      if (linkedServices.has(key)) serviceIds().set(key, newId);
    } else services.updatePersonService(r, id, links);
    tick();
  }
  for (const { record: r, id } of inKeyOrder(writes.householdServices, SHEET_DEFS.householdServices.order)) {
    if (id === null) services.insertHouseholdService(r, need(householdIds, r.householdNumber, '户'));
    else services.updateHouseholdService(r, id);
    tick();
  }
  for (const { record: m, id } of writes.measures) {
    const serviceId = m.service === null ? null : need(serviceIds(), SHEET_DEFS.services.key({ ...m.service, idNumber: m.idNumber } as Parameters<typeof SHEET_DEFS.services.key>[0]), '服务记录');
    if (id === null) recognitions.insertMeasure(m, need(agreementIds(), `${m.idNumber}|${m.agreementSignedOn}`, '援助协议'), serviceId);
    else recognitions.updateMeasure(m, id, serviceId);
    tick();
  }

  const complaints = complaintSheetWriter(db, now);
  for (const { record: c, id } of inKeyOrder(writes.complaints, SHEET_DEFS.complaints.order)) {
    if (id === null) complaints.insert(c, need(communityIds, c.communityCode, '社区'));
    else complaints.update(c, id);
    tick();
  }
}
