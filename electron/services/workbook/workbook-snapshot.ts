/** Everything the database holds, keyed the way the workbook keys rows (used for dry-run and references), read from each table's owner. */
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
import type { DeskDatabase } from '../../../db/open-database';
import { existingCommunities } from '../../../db/repositories/communities/communities-workbook-repo';
import { hasCommunities } from '../../../db/repositories/communities/communities-repo';
import { existingComplaints } from '../../../db/repositories/complaints/complaints-workbook-repo';
import { existingRegistrations, existingSpells, workbookWishesOn } from '../../../db/repositories/employment/employment-workbook-repo';
import { householdIdsByNumber, readHouseholds } from '../../../db/repositories/registry/households-workbook-repo';
import { periodsByIdNumber } from '../../../db/repositories/registry/memberships-workbook-repo';
import type { PeriodRecord } from '../../../db/repositories/registry/memberships-workbook-repo';
import { hasPersons } from '../../../db/repositories/registry/persons-repo';
import { workbookPersonRows } from '../../../db/repositories/registry/persons-workbook-repo';
import { existingServices } from '../../../db/repositories/services/services-workbook-repo';
import { getStreet } from '../../../db/repositories/system/street-repo';
import { personRecord } from './person-records';

export interface Existing<R> {
  id: number;
  record: R;
}

export interface WorkbookSnapshot {
  street: StreetRecord | null;
  communities: Map<string, Existing<CommunityRecord>>;
  households: Map<string, Existing<HouseholdRecord>>;
  persons: Map<string, Existing<PersonRecord>>;
  spells: Map<string, Existing<SpellRecord>>;
  registrations: Map<string, Existing<RegistrationRecord>>;
  services: Map<string, Existing<ServiceRecord>>;
  complaints: Map<string, Existing<ComplaintRecord>>;
  /** Each person's membership periods (by ID number), in date order. */
  memberships: Map<string, PeriodRecord[]>;
}

export type SnapshotKeys = { [K in 'communities' | 'households' | 'persons' | 'spells' | 'registrations' | 'services' | 'complaints']: (r: never) => string };

function isEmpty(db: DeskDatabase): boolean {
  return !hasCommunities(db) && !hasPersons(db);
}

export function loadSnapshot(db: DeskDatabase, date: string, keys: SnapshotKeys): WorkbookSnapshot {
  const snapshot: WorkbookSnapshot = {
    street: getStreet(db),
    communities: new Map(),
    households: new Map(),
    persons: new Map(),
    spells: new Map(),
    registrations: new Map(),
    services: new Map(),
    complaints: new Map(),
    memberships: new Map(),
  };
  if (isEmpty(db)) return snapshot;
  const keyOf = <R>(field: keyof typeof keys, record: R) => (keys[field] as (r: R) => string)(record);

  for (const existing of existingCommunities(db)) snapshot.communities.set(keyOf('communities', existing.record), existing);
  const householdIds = householdIdsByNumber(db);
  for (const record of readHouseholds(db, date)) snapshot.households.set(keyOf('households', record), { id: householdIds.get(record.number) ?? 0, record });
  const wishes = workbookWishesOn(db, date);
  for (const row of workbookPersonRows(db, false)) {
    const record = personRecord(row, wishes.get(row.id));
    snapshot.persons.set(keyOf('persons', record), { id: row.id, record });
  }
  const withIds = <R>(rows: IterableIterator<R & { rowId: number }>, field: keyof typeof keys, target: Map<string, Existing<R>>) => {
    for (const row of rows) {
      const { rowId, ...record } = row;
      target.set(keyOf(field, record), { id: rowId, record: record as R });
    }
  };
  withIds<SpellRecord>(existingSpells(db), 'spells', snapshot.spells);
  withIds<RegistrationRecord>(existingRegistrations(db), 'registrations', snapshot.registrations);
  withIds<ServiceRecord>(existingServices(db), 'services', snapshot.services);
  for (const existing of existingComplaints(db)) snapshot.complaints.set(keyOf('complaints', existing.record), existing);
  snapshot.memberships = periodsByIdNumber(db);
  return snapshot;
}
