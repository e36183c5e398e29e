/**
 * Writes the standard workbook as a stream: one sheet per SHEET_ORDER entry, header row first, rows in key order as
 * the source yields them, dates as real Excel dates. Every text cell is written as a string (never a formula), so
 * a value like `=HYPERLINK(…)` stays inert text.
 */
import type { StreetData } from '../../../shared/domain/workbook/records';
import { SHEET_DEFS, SHEET_ORDER } from '../../../shared/domain/workbook/sheets';
import type { SheetDef, SheetField } from '../../../shared/domain/workbook/sheets';
import { XlsxStreamWriter } from './xlsx-stream-writer';

type RecordsOf<K extends SheetField> = StreetData[K] extends (infer R)[] ? R : NonNullable<StreetData[K]>;

/** Where the rows come from: the database (in key order) or a generated street. */
export type WorkbookSource = { [K in SheetField]: () => Iterable<RecordsOf<K>> } & { total: number };

export function sourceFromStreetData(data: StreetData): WorkbookSource {
  const sorted = <R>(items: R[], key: (r: R) => string): R[] =>
    items
      .map((r) => [key(r), r] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([, r]) => r);
  return {
    street: () => (data.street ? [data.street] : []),
    communities: () => sorted(data.communities, SHEET_DEFS.communities.key),
    households: () => sorted(data.households, SHEET_DEFS.households.key),
    persons: () => sorted(data.persons, SHEET_DEFS.persons.key),
    spells: () => sorted(data.spells, SHEET_DEFS.spells.key),
    registrations: () => sorted(data.registrations, SHEET_DEFS.registrations.key),
    services: () => sorted(data.services, SHEET_DEFS.services.key),
    complaints: () => sorted(data.complaints, SHEET_DEFS.complaints.key),
    moves: () => sorted(data.moves, SHEET_DEFS.moves.key),
    total:
      (data.street ? 1 : 0) +
      data.communities.length +
      data.households.length +
      data.persons.length +
      data.spells.length +
      data.registrations.length +
      data.services.length +
      data.complaints.length +
      data.moves.length,
  };
}

export async function writeWorkbook(path: string, source: WorkbookSource, onProgress: (fraction: number, note: string) => void = () => undefined): Promise<Record<string, number>> {
  const defs = SHEET_ORDER.map((field) => ({ field, def: SHEET_DEFS[field] as SheetDef<unknown> }));
  const writer = new XlsxStreamWriter(path, defs.map(({ def }) => ({ name: def.name, columns: def.columns })));
  const counts: Record<string, number> = {};
  let before = 0;
  for (const { field, def } of defs) {
    const records = (source[field] as () => Iterable<unknown>)();
    const rows = (function* () {
      for (const record of records) yield def.toRow(record);
    })();
    counts[def.name] = await writer.writeSheet(rows, (n) => {
      onProgress(source.total === 0 ? 1 : Math.min(0.99, (before + n) / source.total), `正在写入“${def.name}”第 ${n} 行`);
    });
    before += counts[def.name] ?? 0;
  }
  await writer.finish();
  onProgress(1, '写入完成');
  return counts;
}
