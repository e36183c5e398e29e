/**
 * Writes the standard workbook with exceljs's streaming writer: one sheet per SHEET_ORDER entry, header row first,
 * rows in key order as the source yields them, dates as real Excel dates. Every text cell is written as a string
 * (never a formula), so a value like `=HYPERLINK(…)` stays inert text.
 */
import ExcelJS from 'exceljs';
import type { StreetData } from '../../../shared/domain/workbook/records';
import { SHEET_DEFS, SHEET_ORDER } from '../../../shared/domain/workbook/sheets';
import type { SheetDef, SheetField } from '../../../shared/domain/workbook/sheets';

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
    total:
      (data.street ? 1 : 0) +
      data.communities.length +
      data.households.length +
      data.persons.length +
      data.spells.length +
      data.registrations.length +
      data.services.length +
      data.complaints.length,
  };
}


/** Date cells: shown as yyyy-mm-dd. */
const DATE_STYLE = { numFmt: 'yyyy-mm-dd' };
/** Everything else: one shared (empty) style object. */
const PLAIN_STYLE = {};

/**
 * exceljs gives every new cell a fresh style object, and its style registry only caches by object identity, so
 * each cell's style would be serialised and looked up again (most of the time of a large write). Giving every cell
 * of a column one shared style object makes that a cache hit.
 */
export function columnStyles(def: SheetDef<unknown>): object[] {
  return [PLAIN_STYLE, ...def.columns.map((c) => (c.date ? DATE_STYLE : PLAIN_STYLE))];
}

export function addStyledRow(sheet: ExcelJS.Worksheet, values: unknown[], styles: object[]): void {
  const row = sheet.addRow(values);
  for (let i = 1; i < styles.length; i += 1) row.getCell(i).style = styles[i] as Partial<ExcelJS.Style>;
  row.commit();
}

export async function writeWorkbook(path: string, source: WorkbookSource, onProgress: (fraction: number, note: string) => void = () => undefined): Promise<Record<string, number>> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  workbook.creator = '充分就业社区工作台';
  const counts: Record<string, number> = {};
  let written = 0;
  for (const field of SHEET_ORDER) {
    const def = SHEET_DEFS[field] as SheetDef<unknown>;
    const sheet = workbook.addWorksheet(def.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = def.columns.map((c) => ({ header: c.header, key: c.header, width: c.width }));
    const styles = columnStyles(def);
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    let n = 0;
    for (const record of (source[field] as () => Iterable<unknown>)()) {
      addStyledRow(sheet, def.toRow(record), styles);
      n += 1;
      written += 1;
      // Let the zip stream drain and other requests run: memory stays bounded, progress stays live.
      if ((written & 1023) === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      if ((written & 8191) === 0) onProgress(source.total === 0 ? 1 : Math.min(0.99, written / source.total), `正在写入“${def.name}”第 ${n} 行`);
    }
    counts[def.name] = n;
    sheet.commit();
  }
  await workbook.commit();
  onProgress(1, '写入完成');
  return counts;
}
