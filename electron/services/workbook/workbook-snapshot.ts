/**
 * What the database holds, keyed the way the workbook keys rows: the import's dry run (new / changed / unchanged),
 * its references (a row may name a record of the database instead of one of the file) and its checks over a
 * person's records (the file's together with the database's).
 */
import type { ExistingContext, SeqField } from '../../../shared/domain/workbook/check-context';
import type { PersonRecord, StreetRecord } from '../../../shared/domain/workbook/records';
import { SHEET_DEFS, SHEET_ORDER } from '../../../shared/domain/workbook/sheets';
import type { RecordOf } from '../../../shared/domain/workbook/sheets';
import type { DeskDatabase } from '../../../db/open-database';
import { membershipPeriodsByIdNumber } from '../../../db/repositories/registry/persons-workbook-repo';
import type { PeriodRecord } from '../../../db/repositories/registry/persons-workbook-repo';
import { hasCommunities } from '../../../db/repositories/communities/communities-repo';
import { hasPersons } from '../../../db/repositories/registry/persons-repo';
import { getStreet } from '../../../db/repositories/system/street-repo';
import { databaseRecords } from './database-records';
import type { ListField, RecordScope } from './database-records';

export interface Existing<R> {
  /** The row id (for 家庭状况变更: 0, the household is found by its number). */
  id: number;
  record: R;
}

/** The keyed sheets: every list sheet but 移户记录 (membership is compared as periods). */
export type KeyedField = Exclude<ListField, 'moves'>;
export const KEYED_FIELDS = SHEET_ORDER.filter((f): f is KeyedField => f !== 'street' && f !== 'moves');

export type WorkbookSnapshot = { street: StreetRecord | null; memberships: Map<string, PeriodRecord[]> } & { [K in KeyedField]: Map<string, Existing<RecordOf<K>>> };

function isEmpty(db: DeskDatabase): boolean {
  return !hasCommunities(db) && !hasPersons(db);
}

/**
 * What the database holds; with `fields`, only those sheets' records (the others empty: a file that has no others);
 * with `scope`, only the records of the persons it names (and of their households and the community's), for a file
 * that names no others — a ledger.
 */
export function loadSnapshot(db: DeskDatabase, fields: readonly KeyedField[] = KEYED_FIELDS, scope?: RecordScope): WorkbookSnapshot {
  const snapshot = { street: getStreet(db), memberships: new Map() } as WorkbookSnapshot;
  for (const field of KEYED_FIELDS) (snapshot as unknown as Record<KeyedField, Map<string, unknown>>)[field] = new Map();
  if (isEmpty(db)) return snapshot;
  const records = databaseRecords(db, scope);
  for (const field of fields) {
    const key = SHEET_DEFS[field].key as (r: unknown) => string;
    const target = snapshot[field] as Map<string, Existing<unknown>>;
    for (const item of (records[field] as () => Iterable<Existing<unknown>>)()) target.set(key(item.record), item);
  }
  snapshot.memberships = membershipPeriodsByIdNumber(db, scope?.idNumbers);
  return snapshot;
}

/** Records of a keyed map grouped by a field, built on first use. */
function groupedBy<R>(map: Map<string, Existing<R>>, by: (r: R) => string): (value: string) => R[] {
  let groups: Map<string, R[]> | null = null;
  return (value) => {
    if (groups === null) {
      groups = new Map();
      for (const { record } of map.values()) {
        const k = by(record);
        const list = groups.get(k);
        if (list) list.push(record);
        else groups.set(k, [record]);
      }
    }
    return groups.get(value) ?? [];
  };
}

/** How many records each 序号 group (a key without its 序号) holds. */
function seqCounts(map: Map<string, unknown>): (group: string) => number {
  let counts: Map<string, number> | null = null;
  return (group) => {
    if (counts === null) {
      counts = new Map();
      for (const key of map.keys()) {
        const g = key.slice(0, key.lastIndexOf('|'));
        counts.set(g, (counts.get(g) ?? 0) + 1);
      }
    }
    return counts.get(group) ?? 0;
  };
}

export function contextFrom(snapshot: WorkbookSnapshot): ExistingContext {
  const byId = <R extends { idNumber: string }>(map: Map<string, Existing<R>>) => groupedBy(map, (r) => r.idNumber);
  const seq: Record<SeqField, (group: string) => number> = {
    services: seqCounts(snapshot.services),
    householdServices: seqCounts(snapshot.householdServices),
    complaints: seqCounts(snapshot.complaints),
  };
  const agreementServices = groupedBy(snapshot.services, (r) => (r.agreementSignedOn === null ? '' : r.idNumber));
  return {
    streetCode: snapshot.street?.code ?? null,
    hasCommunity: (code) => snapshot.communities.has(code),
    hasHousehold: (n) => snapshot.households.has(n),
    hasPerson: (id) => snapshot.persons.has(id),
    person: (id): PersonRecord | null => snapshot.persons.get(id)?.record ?? null,
    spellsOf: byId(snapshot.spells),
    registrationsOf: byId(snapshot.registrations),
    hasEmployer: (name) => snapshot.employers.has(name),
    hasVacancy: (key) => snapshot.vacancies.has(key),
    hasService: (key) => snapshot.services.has(key),
    recognitionsOf: byId(snapshot.recognitions),
    agreementsOf: byId(snapshot.agreements),
    measuresOf: byId(snapshot.measures),
    agreementServicesOf: (id) => (id === '' ? [] : agreementServices(id)),
    seqCount: (field, group) => seq[field](group),
  };
}
