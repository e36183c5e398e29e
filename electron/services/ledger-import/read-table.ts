/** A ledger sheet's table: its header (found among the first rows) and its data rows, streamed. */
import { AppError } from '../../../shared/app-error';
import { classifyRow, findHeader, HEADER_SEARCH_ROWS } from '../../../shared/domain/ledger-import/find-table';
import type { SheetRow, TableHeader } from '../../../shared/domain/ledger-import/find-table';
import type { LedgerFile, LedgerSheet } from './open-ledger';

export function pickSheet(file: LedgerFile, name: string | null, fileName: string): LedgerSheet {
  if (file.sheets.length === 0) throw new AppError('REJECTED', `“${fileName}”里没有工作表`);
  if (name === null) return file.sheets[0] as LedgerSheet;
  const sheet = file.sheets.find((s) => s.name === name);
  if (!sheet) throw new AppError('NOT_FOUND', `“${fileName}”里没有名为“${name}”的工作表（有：${file.sheets.map((s) => s.name).join('、')}）`);
  return sheet;
}

export interface TableScan {
  /** The first rows (for the header and a sample). */
  top: SheetRow[];
  header: TableHeader | null;
}

/** Reads the first rows of a sheet and finds the header in them; stops reading there. */
export async function scanTop(sheet: LedgerSheet): Promise<TableScan> {
  const top: SheetRow[] = [];
  const rows = sheet.rows();
  try {
    for await (const row of rows) {
      top.push(row);
      if (top.length >= HEADER_SEARCH_ROWS) break;
    }
  } finally {
    await rows.return(undefined);
  }
  return { top, header: findHeader(top) };
}

/** The named sheet, or (no name) the first sheet that has a table — else the first sheet. */
export async function chooseSheet(file: LedgerFile, name: string | null, fileName: string): Promise<{ sheet: LedgerSheet; scan: TableScan }> {
  const sheet = pickSheet(file, name, fileName);
  const scan = await scanTop(sheet);
  if (name !== null || scan.header !== null) return { sheet, scan };
  for (const other of file.sheets.slice(1)) {
    const next = await scanTop(other);
    if (next.header !== null) return { sheet: other, scan: next };
  }
  return { sheet, scan };
}

export interface DataRows {
  header: TableHeader;
  /** Rows after the header up to the footer, blank rows left out. */
  rows: AsyncGenerator<SheetRow>;
  /** Footer rows seen (制表人/审核人/合计 …), known once `rows` is done. */
  footer(): number[];
  blank(): number;
}

/** The data rows of the sheet, after its header; null when no header was found. */
export async function dataRows(sheet: LedgerSheet): Promise<DataRows | null> {
  const { header } = await scanTop(sheet);
  if (header === null) return null;
  const footer: number[] = [];
  let blank = 0;
  const rows = async function* () {
    let ended = false;
    let previous = header.last;
    for await (const row of sheet.rows()) {
      if (row.number <= header.last) continue;
      // Rows a file leaves out entirely (blank rows are often not stored) count as blank.
      if (!ended) blank += Math.max(0, row.number - previous - 1);
      previous = row.number;
      const kind = classifyRow(row);
      if (kind === 'blank') {
        if (!ended) blank += 1;
        continue;
      }
      if (kind === 'footer' || ended) {
        ended = true;
        footer.push(row.number);
        continue;
      }
      yield row;
    }
  };
  return { header, rows: rows(), footer: () => footer, blank: () => blank };
}
