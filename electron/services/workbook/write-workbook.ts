/**
 * Writes the standard workbook as a stream: one sheet per SHEET_ORDER entry, header row first, rows in key order as
 * the source yields them, dates as real Excel dates, then the 填表说明 sheet. Every text cell is written as a string
 * (never a formula), so a value like `=HYPERLINK(…)` stays inert text.
 */
import { NOTES_COLUMNS, notesRows } from '../../../shared/domain/workbook/notes';
import type { StreetData } from '../../../shared/domain/workbook/records';
import { compareOrder } from '../../../shared/domain/workbook/sheet-kit';
import { NOTES_SHEET, SHEET_DEFS, SHEET_ORDER } from '../../../shared/domain/workbook/sheets';
import type { RecordOf, SheetDef, SheetField } from '../../../shared/domain/workbook/sheets';
import { xlsxColumn } from './sheet-columns';
import { XlsxStreamWriter } from './xlsx-stream-writer';

/** Where the rows come from: the database (in key order) or a generated street. */
export type WorkbookSource = { [K in SheetField]: () => Iterable<RecordOf<K>> } & { total: number };

/**
 * A street's data in the order the workbook is written; version 1's 就业愿望 columns of 人员 (the demo fills them)
 * are written as what they are, a wish without a date in 就业愿望.
 */
export function sourceFromStreetData(data: StreetData): WorkbookSource {
  const sorted = <K extends SheetField>(field: K, items: readonly RecordOf<K>[]): RecordOf<K>[] => {
    const order = SHEET_DEFS[field].order as (r: RecordOf<K>) => readonly (string | number)[];
    return items
      .map((r) => [order(r), r] as const)
      .sort((a, b) => compareOrder(a[0], b[0]))
      .map(([, r]) => r);
  };
  const personWishes = data.persons.flatMap((p) =>
    p.hasWish === null
      ? []
      : [{ idNumber: p.idNumber, recordedOn: null, hasWish: p.hasWish, wishedJob: null, wishedWage: null, trainingWanted: p.trainingWanted, noWishReason: p.noWishReason, deemedByRefusals: false }],
  );
  const shorthand = new Set(personWishes.map((w) => w.idNumber));
  const wishes = [...data.wishes.filter((w) => w.recordedOn !== null || !shorthand.has(w.idNumber)), ...personWishes];
  const persons = data.persons.map((p) => ({ ...p, hasWish: null, noWishReason: null, trainingWanted: null }));
  const lists = SHEET_ORDER.filter((f): f is Exclude<SheetField, 'street'> => f !== 'street');
  const source = { street: () => (data.street ? [data.street] : []), total: data.street ? 1 : 0 } as unknown as WorkbookSource;
  for (const field of lists) {
    const items = (field === 'wishes' ? wishes : field === 'persons' ? persons : data[field]) as RecordOf<typeof field>[];
    (source as unknown as Record<string, () => unknown[]>)[field] = () => sorted(field, items);
    source.total += items.length;
  }
  return source;
}

export async function writeWorkbook(path: string, source: WorkbookSource, onProgress: (fraction: number, note: string) => void = () => undefined): Promise<Record<string, number>> {
  const defs = SHEET_ORDER.map((field) => ({ field, def: SHEET_DEFS[field] as SheetDef<unknown> }));
  const writer = new XlsxStreamWriter(path, [
    ...defs.map(({ def }) => ({ name: def.name, columns: def.columns.map((c) => xlsxColumn(c, false)) })),
    { name: NOTES_SHEET, columns: NOTES_COLUMNS },
  ]);
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
  await writer.writeSheet(notesRows());
  await writer.finish();
  onProgress(1, '写入完成');
  return counts;
}

/**
 * The blank template (下载空白模板): every sheet with its header and no rows, the 填表说明 sheet first, and on every
 * data sheet Excel data validation on rows 2 … `validationRows` (the whole sheet by default).
 */
export async function writeTemplate(path: string, validationRows = 1_048_576): Promise<void> {
  const defs = SHEET_ORDER.map((field) => SHEET_DEFS[field] as SheetDef<unknown>);
  const writer = new XlsxStreamWriter(path, [
    { name: NOTES_SHEET, columns: NOTES_COLUMNS },
    ...defs.map((def) => ({ name: def.name, columns: def.columns.map((c) => xlsxColumn(c, true)), validationRows })),
  ]);
  await writer.writeSheet(notesRows());
  for (let i = 0; i < defs.length; i += 1) await writer.writeSheet([]);
  await writer.finish();
}
