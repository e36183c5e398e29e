/** Dry run: which records of a parsed workbook are new, changed or unchanged against the database. */
import type { SheetCounts } from '../../../shared/contract/workbook';
import type { StreetData } from '../../../shared/domain/workbook/records';
import { SHEET_DEFS } from '../../../shared/domain/workbook/sheets';
import type { Existing, WorkbookSnapshot } from './workbook-snapshot';
import type { Upsert, WorkbookWrites } from './write-records';
import { planMemberships } from './plan-memberships';

export interface ImportPlan {
  writes: WorkbookWrites;
  counts: Record<string, SheetCounts>;
}

function sameRecord(a: object, b: object): boolean {
  const ka = Object.keys(a) as (keyof typeof a)[];
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}

function plan<R extends object>(records: R[], existing: Map<string, Existing<R>>, key: (r: R) => string): { upserts: Upsert<R>[]; counts: SheetCounts } {
  const counts: SheetCounts = { new: 0, changed: 0, unchanged: 0 };
  const upserts: Upsert<R>[] = [];
  for (const record of records) {
    const found = existing.get(key(record));
    if (!found) {
      counts.new += 1;
      upserts.push({ record, id: null });
    } else if (sameRecord(found.record, record)) counts.unchanged += 1;
    else {
      counts.changed += 1;
      upserts.push({ record, id: found.id });
    }
  }
  return { upserts, counts };
}

/** Which optional sheets the file has (a missing one leaves what it would hold as it is). */
export interface OptionalSheets {
  street: boolean;
  moves: boolean;
}

export function planImport(data: StreetData, snapshot: WorkbookSnapshot, present: OptionalSheets): ImportPlan {
  const communities = plan(data.communities, snapshot.communities, SHEET_DEFS.communities.key);
  const households = plan(data.households, snapshot.households, SHEET_DEFS.households.key);
  const persons = plan(data.persons, snapshot.persons, SHEET_DEFS.persons.key);
  const spells = plan(data.spells, snapshot.spells, SHEET_DEFS.spells.key);
  const registrations = plan(data.registrations, snapshot.registrations, SHEET_DEFS.registrations.key);
  const services = plan(data.services, snapshot.services, SHEET_DEFS.services.key);
  const complaints = plan(data.complaints, snapshot.complaints, SHEET_DEFS.complaints.key);
  const memberships = planMemberships(data, snapshot, present.moves);
  const counts: Record<string, SheetCounts> = {};
  let street = null;
  if (present.street) {
    const streetCounts: SheetCounts = { new: 0, changed: 0, unchanged: 0 };
    if (data.street) {
      if (!snapshot.street) streetCounts.new = 1;
      else if (sameRecord(snapshot.street, data.street)) streetCounts.unchanged = 1;
      else streetCounts.changed = 1;
      if (streetCounts.unchanged === 0) street = data.street;
    }
    counts[SHEET_DEFS.street.name] = streetCounts;
  }
  counts[SHEET_DEFS.communities.name] = communities.counts;
  counts[SHEET_DEFS.households.name] = households.counts;
  counts[SHEET_DEFS.persons.name] = persons.counts;
  counts[SHEET_DEFS.spells.name] = spells.counts;
  counts[SHEET_DEFS.registrations.name] = registrations.counts;
  counts[SHEET_DEFS.services.name] = services.counts;
  counts[SHEET_DEFS.complaints.name] = complaints.counts;
  if (memberships.counts) counts[SHEET_DEFS.moves.name] = memberships.counts;
  return {
    counts,
    writes: {
      street,
      communities: communities.upserts,
      households: households.upserts,
      persons: persons.upserts,
      spells: spells.upserts,
      registrations: registrations.upserts,
      services: services.upserts,
      complaints: complaints.upserts,
      memberships: memberships.writes,
    },
  };
}
