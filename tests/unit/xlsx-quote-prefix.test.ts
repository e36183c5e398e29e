/**
 * Text that Excel would take for a formula (= + - @ first) is exported as text with Excel's quote prefix, so that
 * editing the cell in Excel keeps it text. exceljs reads the values back independently; it does not model
 * quotePrefix, so the cell's style is followed into the raw styles.xml.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { XlsxStreamWriter } from '../../electron/services/workbook/xlsx-stream-writer';
import { openXlsx } from '../../electron/services/workbook/xlsx-stream-reader';
import { openZip } from '../../electron/services/workbook/zip-entries';
import { tempDir } from './support/temp-runtime';

const FORMULA_LIKE = ['=HYPERLINK("http://x","点我")', '=1+1', '+86 13800000000', '-5 元', '@home', '=cmd|\' /C calc\'!A0'];
const PLAIN = ['王秀英', '1=1', 'a+b', '备注 -', '321102001001', ' =leading space'];

interface RawCell {
  ref: string;
  style: number;
  type: string | null;
}

async function rawParts(path: string): Promise<{ styles: string; sheet: string }> {
  const zip = await openZip(path);
  try {
    return { styles: (await zip.text('xl/styles.xml')) ?? '', sheet: (await zip.text('xl/worksheets/sheet1.xml')) ?? '' };
  } finally {
    zip.close();
  }
}

/** The cellXfs of styles.xml, each as its attributes. */
function cellXfs(styles: string): Record<string, string>[] {
  const block = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  return Array.from(block.matchAll(/<xf\b([^>]*?)\/?>/g), (m) => Object.fromEntries(Array.from((m[1] ?? '').matchAll(/(\w+)="([^"]*)"/g), (a) => [a[1], a[2]])));
}

function rawCells(sheet: string): Map<string, RawCell> {
  const out = new Map<string, RawCell>();
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>/g)) {
    const attrs = m[2] ?? '';
    out.set(m[1] ?? '', { ref: m[1] ?? '', style: Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? '0'), type: /\bt="(\w+)"/.exec(attrs)?.[1] ?? null });
  }
  return out;
}

const dir = tempDir('desk-quote-');
const path = join(dir, 'quoted.xlsx');
const values = [...FORMULA_LIKE, ...PLAIN];

beforeAll(async () => {
  const writer = new XlsxStreamWriter(path, [{ name: '人员', columns: [{ header: '内容', width: 30 }, { header: '数字', width: 10 }] }]);
  await writer.writeSheet(values.map((value, i) => [value, i]));
  await writer.finish();
});


describe('formula-like text in an export', () => {
  it('exceljs reads every such cell back as the same text, never as a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('人员');
    values.forEach((value, i) => {
      const cell = sheet?.getRow(i + 2).getCell(1);
      expect(cell?.type, value).toBe(ExcelJS.ValueType.String);
      expect(cell?.value, value).toBe(value);
      expect(cell?.formula, value).toBeFalsy();
    });
  });

  it('styles.xml has a quote-prefix cell style, and exactly the = + - @ cells use it', async () => {
    const { styles, sheet } = await rawParts(path);
    const xfs = cellXfs(styles);
    expect(/<cellXfs count="(\d+)"/.exec(styles)?.[1]).toBe(String(xfs.length));
    const quoted = xfs.flatMap((xf, index) => (xf.quotePrefix === '1' ? [index] : []));
    expect(quoted).toHaveLength(1);
    const quotedIndex = quoted[0] ?? -1;
    // A plain text style otherwise: the general number format, the normal font.
    expect(xfs[quotedIndex]).toMatchObject({ numFmtId: '0', fontId: '0' });

    const cells = rawCells(sheet);
    values.forEach((value, i) => {
      const cell = cells.get(`A${i + 2}`);
      expect(cell?.type, value).toBe('inlineStr');
      expect(cell?.style === quotedIndex, value).toBe(FORMULA_LIKE.includes(value));
    });
    // Numbers, the header and plain text keep their own styles.
    expect(cells.get('B2')?.style).not.toBe(quotedIndex);
    expect(cells.get('A1')?.style).not.toBe(quotedIndex);
    expect(sheet).not.toMatch(/<f>|<f /);
  });

  it('the desk’s own reader still reads the values unchanged', async () => {
    const workbook = await openXlsx(path);
    try {
      const read: unknown[] = [];
      for await (const row of workbook.sheets[0]?.rows() ?? []) read.push(row.cells.find((cell) => typeof cell === 'string'));
      expect(read).toEqual(['内容', ...values]);
    } finally {
      workbook.close();
    }
  });
});
