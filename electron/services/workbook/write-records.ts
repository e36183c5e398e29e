/** The import's writes: the planned records written through each table's owner, in one pass per sheet. */
import type {
  CommunityRecord,
  ComplaintRecord,
  HouseholdRecord,
  PersonRecord,
  RegistrationRecord,
  ServiceRecord,
  SpellRecord,
  StreetRecord,
} from '../../../shared/domain/workbook/records';
import { nowIso } from '../../../shared/clock';
import type { DeskDatabase } from '../../../db/open-database';
import { communityIdsByCode, communityRecordWriter } from '../../../db/repositories/communities/communities-workbook-repo';
import { complaintRecordWriter } from '../../../db/repositories/complaints/complaints-workbook-repo';
import { registrationRecordWriter, spellRecordWriter, undatedWishWriter } from '../../../db/repositories/employment/employment-workbook-repo';
import { householdIdsByNumber, householdRecordWriter } from '../../../db/repositories/registry/households-workbook-repo';
import { membershipRecordWriter } from '../../../db/repositories/registry/memberships-workbook-repo';
import type { PeriodRecord } from '../../../db/repositories/registry/memberships-workbook-repo';
import { personIdsByIdNumber, personRecordWriter } from '../../../db/repositories/registry/persons-workbook-repo';
import { serviceRecordWriter } from '../../../db/repositories/services/services-workbook-repo';
import { saveStreet } from '../../../db/repositories/system/street-repo';

/** One planned write: a new record, or a changed one with the id of the row it replaces. */
export interface Upsert<R> {
  record: R;
  id: number | null;
}

export interface WorkbookWrites {
  street: StreetRecord | null;
  communities: Upsert<CommunityRecord>[];
  households: Upsert<HouseholdRecord>[];
  persons: Upsert<PersonRecord>[];
  spells: Upsert<SpellRecord>[];
  registrations: Upsert<RegistrationRecord>[];
  services: Upsert<ServiceRecord>[];
  complaints: Upsert<ComplaintRecord>[];
  /**
   * Persons whose membership periods are written afresh; `replace`: the person has periods in the database to remove
   * first, in `formerHouseholds` (their derived state changes too).
   */
  memberships: { idNumber: string; periods: PeriodRecord[]; replace: boolean; formerHouseholds: string[] }[];
}

/**
 * Writes the planned records. Must run inside a transaction (the caller's): ids of rows written earlier in the same
 * call (new communities, households, persons) are resolved here.
 */
export function writeWorkbookRecords(db: DeskDatabase, writes: WorkbookWrites, initialsOf: (name: string) => string, onStep: (done: number) => void = () => undefined): void {
  const now = nowIso();
  if (writes.street) saveStreet(db, writes.street);
  let done = 0;
  const tick = () => {
    done += 1;
    if ((done & 16383) === 0) onStep(done);
  };

  const communityIds = communityIdsByCode(db);
  const communities = communityRecordWriter(db, now);
  for (const { record: c, id } of writes.communities) {
    if (id === null) communityIds.set(c.code, communities.insert(c));
    else communities.update(c, id);
    tick();
  }

  const householdIds = householdIdsByNumber(db);
  const households = householdRecordWriter(db, now);
  for (const { record: h, id } of writes.households) {
    const communityId = communityIds.get(h.communityCode);
    if (communityId === undefined) throw new Error(`社区 ${h.communityCode} 不存在`);
    let householdId: number;
    if (id === null) {
      householdId = households.insert(h, communityId);
      householdIds.set(h.number, householdId);
    } else {
      householdId = id;
      households.update(h, id, communityId);
    }
    households.writeFlags(h, householdId);
    tick();
  }

  const personIds = personIdsByIdNumber(db);
  const persons = personRecordWriter(db, now);
  const wishes = undatedWishWriter(db, now);
  for (const { record: p, id } of writes.persons) {
    const householdId = householdIds.get(p.householdNumber);
    if (householdId === undefined) throw new Error(`户 ${p.householdNumber} 不存在`);
    let personId: number;
    if (id === null) {
      personId = persons.insert(p, householdId, initialsOf(p.name));
      personIds.set(p.idNumber, personId);
    } else {
      personId = id;
      persons.update(p, id, householdId, initialsOf(p.name));
      wishes.deleteOf(id);
    }
    wishes.insert(personId, p);
    tick();
  }
  const personId = (idNumber: string): number => {
    const found = personIds.get(idNumber);
    if (found === undefined) throw new Error(`人员 ${idNumber} 不存在`);
    return found;
  };

  const memberships = membershipRecordWriter(db);
  for (const { idNumber, periods, replace } of writes.memberships) {
    const pid = personId(idNumber);
    if (replace) memberships.deleteOf(pid);
    for (const period of periods) {
      const householdId = householdIds.get(period.householdId);
      if (householdId === undefined) throw new Error(`户 ${period.householdId} 不存在`);
      memberships.insert(pid, householdId, period);
    }
    tick();
  }

  const spells = spellRecordWriter(db, now);
  for (const { record: r, id } of writes.spells) {
    if (id === null) spells.insert(r, personId(r.idNumber));
    else spells.update(r, id);
    tick();
  }

  const registrations = registrationRecordWriter(db, now);
  for (const { record: r, id } of writes.registrations) {
    if (id === null) registrations.insert(r, personId(r.idNumber));
    else registrations.update(r, id);
    tick();
  }

  const services = serviceRecordWriter(db, now);
  for (const { record: r, id } of writes.services) {
    if (id === null) services.insert(r, personId(r.idNumber));
    else services.update(r, id);
    tick();
  }

  const complaints = complaintRecordWriter(db, now);
  for (const { record: c, id } of writes.complaints) {
    const communityId = communityIds.get(c.communityCode);
    if (communityId === undefined) throw new Error(`社区 ${c.communityCode} 不存在`);
    if (id === null) complaints.insert(c, communityId);
    else complaints.update(c, id);
    tick();
  }
}
