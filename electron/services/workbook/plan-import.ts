/**
 * Dry run: which records of a parsed workbook are new, changed or unchanged against the database, sheet by sheet,
 * and the writes that follow. A column the sheet does not have leaves what the database holds (a version 1 file
 * does not clear what version 2 added); a record not in the file is left as it is (the import never deletes).
 */
import type { SheetCounts } from '../../../shared/contract/workbook';
import type { StreetData, StreetRecord, WishRecord } from '../../../shared/domain/workbook/records';
import { SHEET_DEFS, SHEET_NAMES } from '../../../shared/domain/workbook/sheets';
import type { RecordOf, SheetField } from '../../../shared/domain/workbook/sheets';
import { planMemberships } from './plan-memberships';
import type { MembershipWrite } from './plan-memberships';
import { KEYED_FIELDS } from './workbook-snapshot';
import type { Existing, KeyedField, WorkbookSnapshot } from './workbook-snapshot';

/**
 * A sheet's planned writes: new records, and changed ones with the id of the row each replaces. Parallel lists, not
 * an object per record (a whole street's import plans a million of them); when every record of the sheet is new,
 * `records` is the parsed list itself.
 */
export interface Upserts<R> {
  records: R[];
  /** The row id `records[i]` replaces, by index; an index without one is a new record. */
  ids: Map<number, number>;
}

/** The id of the row the `index`th record replaces, or null for a new record. */
export function upsertId(upserts: Upserts<unknown>, index: number): number | null {
  return upserts.ids.get(index) ?? null;
}

/** The planned writes of a sheet that are new records only. */
export function newOnly<R>(upserts: Upserts<R>): Upserts<R> {
  if (upserts.ids.size === 0) return upserts;
  return { records: upserts.records.filter((_r, i) => !upserts.ids.has(i)), ids: new Map() };
}

export type WorkbookWrites = { street: StreetRecord | null; memberships: MembershipWrite[] } & { [K in KeyedField]: Upserts<RecordOf<K>> };

/** How many records the writes hold (memberships counted per person). */
export function writeCount(writes: WorkbookWrites): number {
  let n = writes.memberships.length;
  for (const field of KEYED_FIELDS) n += writes[field].records.length;
  return n;
}

export interface ImportPlan {
  writes: WorkbookWrites;
  counts: Record<string, SheetCounts>;
}

/** Which sheets the file has, and which columns each has (a sheet without an entry: all its columns). */
export interface SheetsPresent {
  sheets: ReadonlySet<SheetField>;
  columns: ReadonlyMap<SheetField, ReadonlySet<string>>;
}

/** Every sheet with every column: data that did not come from a file (the demo). */
export const ALL_PRESENT: SheetsPresent = { sheets: new Set(Object.keys(SHEET_DEFS) as SheetField[]), columns: new Map() };

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The fields of a sheet's optional columns the file does not have. */
function absentFields(field: SheetField, present: SheetsPresent): string[] {
  const columns = present.columns.get(field);
  if (!columns) return [];
  return SHEET_DEFS[field].columns.filter((c) => !c.required && !columns.has(c.header)).flatMap((c) => c.fields);
}

/**
 * Where keeping an absent column's value would contradict the row: a complaint judged anew in a file without 认定日期
 * (version 1) is judged on its own date, as version 1 says; its earlier 认定日期 belonged to the earlier judgement.
 */
function adjustMerged(field: KeyedField, merged: Record<string, unknown>, given: Record<string, unknown>, found: Record<string, unknown>): void {
  if (field === 'complaints' && merged.valid !== found.valid) merged.judgedOn = given.judgedOn;
}

function plan<R extends object>(
  field: KeyedField,
  records: readonly R[],
  existing: Map<string, Existing<R>>,
  key: (r: R) => string,
  absent: (index: number) => readonly string[],
): { upserts: Upserts<R>; counts: SheetCounts } {
  const counts: SheetCounts = { new: 0, changed: 0, unchanged: 0 };
  // Against an empty table every record is new: the list as given.
  if (existing.size === 0) return { upserts: { records: records as R[], ids: new Map() }, counts: { ...counts, new: records.length } };
  const upserts: Upserts<R> = { records: [], ids: new Map() };
  records.forEach((given, index) => {
    const found = existing.get(key(given));
    if (!found) {
      counts.new += 1;
      upserts.records.push(given);
      return;
    }
    let record = given;
    const keep = absent(index);
    if (keep.length > 0) {
      const merged = { ...given } as Record<string, unknown>;
      for (const f of keep) merged[f] = (found.record as Record<string, unknown>)[f];
      adjustMerged(field, merged, given as Record<string, unknown>, found.record as Record<string, unknown>);
      record = merged as R;
    }
    if (sameValue(found.record, record)) counts.unchanged += 1;
    else {
      counts.changed += 1;
      upserts.ids.set(upserts.records.length, found.id);
      upserts.records.push(record);
    }
  });
  return { upserts, counts };
}

/**
 * Version 1's 就业愿望 columns of 人员 as what they are: a wish without a date, planned with the 就业愿望 sheet's
 * rows. Returns the wishes (the sheet's first) and, per wish, the fields its row does not give.
 */
export function wishesWithPersons(data: StreetData, present: SheetsPresent): { wishes: WishRecord[]; absent: string[][] } {
  const sheetAbsent = absentFields('wishes', present);
  const personColumns = present.columns.get('persons');
  const notInPersons = ['wishedJob', 'wishedWage', 'deemedByRefusals'];
  if (personColumns && !personColumns.has('无愿望原因')) notInPersons.push('noWishReason');
  if (personColumns && !personColumns.has('培训需求')) notInPersons.push('trainingWanted');
  const wishes = [...data.wishes];
  const absent = data.wishes.map(() => sheetAbsent);
  for (const p of data.persons) {
    if (p.hasWish === null) continue;
    wishes.push({ idNumber: p.idNumber, recordedOn: null, hasWish: p.hasWish, wishedJob: null, wishedWage: null, trainingWanted: p.trainingWanted, noWishReason: p.noWishReason, deemedByRefusals: false });
    absent.push(notInPersons);
  }
  return { wishes, absent };
}

export function planImport(data: StreetData, snapshot: WorkbookSnapshot, present: SheetsPresent): ImportPlan {
  const counts: Record<string, SheetCounts> = {};
  const writes = { street: null, memberships: [] } as unknown as WorkbookWrites;
  if (present.sheets.has('street')) {
    const streetCounts: SheetCounts = { new: 0, changed: 0, unchanged: 0 };
    if (data.street) {
      const absent = absentFields('street', present);
      const street = snapshot.street ? { ...data.street, ...Object.fromEntries(absent.map((f) => [f, (snapshot.street as unknown as Record<string, unknown>)[f]])) } : data.street;
      if (!snapshot.street) streetCounts.new = 1;
      else if (sameValue(snapshot.street, street)) streetCounts.unchanged = 1;
      else streetCounts.changed = 1;
      if (streetCounts.unchanged === 0) writes.street = street as StreetRecord;
    }
    counts[SHEET_DEFS.street.name] = streetCounts;
  }
  const { wishes, absent: wishAbsent } = wishesWithPersons(data, present);
  // A person is written without the wish of version 1's columns (planned as a wish above); copied only when it has one.
  const persons = data.persons.map((p) => (p.hasWish === null && p.noWishReason === null && p.trainingWanted === null ? p : { ...p, hasWish: null, noWishReason: null, trainingWanted: null }));
  for (const field of KEYED_FIELDS) {
    const def = SHEET_DEFS[field];
    const records = (field === 'wishes' ? wishes : field === 'persons' ? persons : data[field]) as object[];
    const absent = field === 'wishes' ? (i: number) => wishAbsent[i] ?? [] : (() => {
      const fields = absentFields(field, present);
      return () => fields;
    })();
    const planned = plan(field, records, snapshot[field] as Map<string, Existing<object>>, def.key as (r: object) => string, absent);
    (writes as unknown as Record<KeyedField, Upserts<object>>)[field] = planned.upserts;
    if (present.sheets.has(field) || planned.counts.new + planned.counts.changed + planned.counts.unchanged > 0) counts[def.name] = planned.counts;
  }
  // Persons as written (absent columns kept from the database): their membership follows from them.
  const personsAfter = persons.map((p) => {
    const found = snapshot.persons.get(p.idNumber);
    const absent = absentFields('persons', present);
    return found && absent.length > 0 ? { ...p, ...Object.fromEntries(absent.map((f) => [f, (found.record as unknown as Record<string, unknown>)[f]])) } : p;
  });
  const memberships = planMemberships({ ...data, persons: personsAfter }, snapshot, present.sheets.has('moves'));
  writes.memberships = memberships.writes;
  if (memberships.counts) counts[SHEET_DEFS.moves.name] = memberships.counts;
  // In the order the sheets are written.
  const ordered = Object.fromEntries(SHEET_NAMES.filter((name) => counts[name] !== undefined).map((name) => [name, counts[name] as SheetCounts]));
  return { counts: ordered, writes };
}
