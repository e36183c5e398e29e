/** CSV as Excel/WPS write it: quoted fields with doubled quotes and line breaks, CRLF or LF, comma or tab separated. */
import type { SheetRow } from '../../../shared/domain/ledger-import/find-table';

/** The separator of the first line: a tab when it has more tabs than commas, else a comma. */
function separatorOf(text: string): string {
  const end = text.indexOf('\n');
  const first = end < 0 ? text : text.slice(0, end);
  const tabs = first.split('\t').length;
  const commas = first.split(',').length;
  return tabs > commas ? '\t' : ',';
}

/** Rows of the text, numbered from 1, cells from index 1 (as the .xlsx reader gives them); empty cells are null. */
export function* csvRows(text: string, maxCellChars: number): Generator<SheetRow> {
  const sep = separatorOf(text);
  let row: (string | null)[] = [null];
  let cell = '';
  let quoted = false;
  let number = 1;
  let i = 0;
  const push = () => {
    if (cell.length > maxCellChars) throw new Error(`第 ${number} 行有一格超过 ${maxCellChars} 个字符`);
    const t = cell;
    row.push(t.trim() === '' ? null : t);
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === sep) push();
    else if (ch === '\n' || ch === '\r') {
      push();
      yield { number, cells: row };
      number += 1;
      row = [null];
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else cell += ch;
    i += 1;
  }
  if (cell !== '' || row.length > 1) {
    push();
    yield { number, cells: row };
  }
}
