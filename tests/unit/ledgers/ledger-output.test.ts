/**
 * A ledger's Excel workbook (read back with exceljs, and the raw parts where exceljs does not model a feature) and its
 * print document: layout, page setup, header and footer, IDs as text and masked, formula-looking text escaped, a
 * street-wide ledger grouped by community with 未分配 last, a ledger without rows.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/prints/chromium-pdf';
import type { LedgerPrintSpec } from '../../../electron/services/ledgers/ledger-print';
import { ledgerPrintHtml } from '../../../electron/services/ledgers/ledger-print';
import { writeLedgerXlsx } from '../../../electron/services/ledgers/ledger-xlsx';
import { openZip } from '../../../electron/services/workbook/zip-entries';
import { LEDGER_COLUMNS } from '../../../shared/domain/ledgers/columns';
import type { LedgerRow } from '../../../shared/domain/ledgers/rows';
import { tempDir } from '../support/temp-runtime';
import { rmSync } from 'node:fs';

const dir = tempDir('desk-ledger-out-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LONG_NAME = '欧阳'.repeat(20);
const LONG_ADDRESS = '江苏省镇江市京口区正东路街道解放路社区花山湾小区'.repeat(2);

function person(communityId: number | null, name: string, idNumber: string, extra: Record<string, string | number | null> = {}): LedgerRow {
  return { communityId, section: null, values: { name, idNumber, gender: '女', address: '解放路 1 号', phone: '13800000000', ...extra } };
}

const communities = [
  { id: 1, code: '321102001001', name: '北社区' },
  { id: 2, code: '321102001002', name: '南社区' },
];

function spec(rows: LedgerRow[], extra: Partial<LedgerPrintSpec> = {}): LedgerPrintSpec {
  return {
    kind: 'unemployed',
    asOf: '2026-06-30',
    period: { from: '2026-01-01', to: '2026-06-30' },
    street: '解放路街道',
    scopeName: '全街道',
    communities,
    columns: LEDGER_COLUMNS.unemployed,
    rows,
    preparedBy: '王会计',
    preparedOn: '2026-07-01',
    page: { size: 'A4', orientation: 'landscape' },
    note: null,
    ...extra,
  };
}

const rows = [
  person(2, '南一', '321102198001010011'),
  person(1, LONG_NAME, '321102198001010022', { address: LONG_ADDRESS }),
  person(null, '迁出者', '321102198001010033'),
  person(1, '北二', '321102198001010044', { policiesEnjoyed: '=HYPERLINK("http://x")', wish: '+86 电话' }),
];

describe('the Excel workbook of a ledger', () => {
  const path = join(dir, 'ledger.xlsx');
  let sheet: ExcelJS.Worksheet;
  let raw: { sheet: string; workbook: string; styles: string };
  beforeAll(async () => {
    await writeLedgerXlsx(spec(rows), path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const zip = await openZip(path);
    try {
      raw = { sheet: (await zip.text('xl/worksheets/sheet1.xml')) ?? '', workbook: (await zip.text('xl/workbook.xml')) ?? '', styles: (await zip.text('xl/styles.xml')) ?? '' };
    } finally {
      zip.close();
    }
  });

  it('title rows and the header, merged across the columns', () => {
    expect(sheet.name).toBe('下岗失业人员台账');
    expect(sheet.getCell('A1').value).toBe('下岗失业人员台账');
    const meta = String(sheet.getCell('A2').value);
    for (const part of ['街道：解放路街道', '社区：全街道', '截至日期：2026年6月30日', '制表人：王会计', '制表日期：2026年7月1日']) expect(meta).toContain(part);
    const headers = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(headers).toEqual(LEDGER_COLUMNS.unemployed.filter((c) => c.key !== 'community').map((c) => c.label));
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toContain('A1:P1');
    expect(merges).toContain('A2:P2');
  });

  it('page setup: A4 landscape, fit to width, the header rows repeated, 第 &P 页 共 &N 页 in the footer', () => {
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.fitToPage).toBe(true);
    expect(sheet.pageSetup.fitToWidth).toBe(1);
    expect(sheet.pageSetup.fitToHeight).toBe(0);
    expect(sheet.pageSetup.printTitlesRow).toBe('1:3');
    expect(raw.workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;下岗失业人员台账&apos;!$1:$3</definedName>`.replace(/&apos;/g, "'"));
    expect(sheet.headerFooter.oddFooter).toContain('第 &P 页 共 &N 页');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('one group per community in code order, 未分配 last, each from a new page, subtotals and the street total', () => {
    const column = (n: number) => (sheet.getColumn(n).values as unknown[]).map((v) => (v === undefined || v === null ? '' : String(v)));
    const first = column(1);
    const groupRows = first.map((v, i) => [v, i] as const).filter(([v]) => v.startsWith('社区：'));
    expect(groupRows.map(([v]) => v)).toEqual(['社区：北社区（2 人）', '社区：南社区（1 人）', '社区：未分配（1 人）']);
    expect(first).toContain('小计：2 人');
    expect(first[first.length - 1]).toBe('全街道合计：4 人（3 个社区）');
    const breaks = Array.from(raw.sheet.matchAll(/<brk id="(\d+)"/g), (m) => Number(m[1]));
    expect(breaks).toEqual(groupRows.slice(1).map(([, i]) => i - 1));
    // 序号 restarts in each community.
    expect(column(1).filter((v) => /^\d+$/.test(v))).toEqual(['1', '2', '1', '1']);
  });

  it('身份证号码 are text cells, masked; formula-looking text stays text with the quote prefix', () => {
    const idColumn = LEDGER_COLUMNS.unemployed.filter((c) => c.key !== 'community').findIndex((c) => c.key === 'idNumber') + 1;
    const ids: unknown[] = [];
    sheet.eachRow((r, n) => {
      if (n > 3 && typeof r.getCell(1).value === 'number') {
        const cell = r.getCell(idColumn);
        if (cell.value !== null && cell.value !== undefined) {
          ids.push(cell.value);
          expect(cell.type).toBe(ExcelJS.ValueType.String);
        }
      }
    });
    expect(ids).toEqual(['321102********0022', '321102********0044', '321102********0011', '321102********0033']);
    expect(raw.sheet).not.toContain('321102198001010022');
    let formulas = 0;
    sheet.eachRow((r) => r.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && (formulas += 1))));
    expect(formulas).toBe(0);
    const policiesColumn = LEDGER_COLUMNS.unemployed.filter((c) => c.key !== 'community').findIndex((c) => c.key === 'policiesEnjoyed') + 1;
    const found: ExcelJS.Cell[] = [];
    sheet.eachRow((r) => {
      const cell = r.getCell(policiesColumn);
      if (cell.value === '=HYPERLINK("http://x")') found.push(cell);
    });
    expect(found).toHaveLength(1);
    const styleIndex = Number(new RegExp(`<c r="${found[0]?.address}" s="(\\d+)"`).exec(raw.sheet)?.[1]);
    const xfs = Array.from((/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(raw.styles)?.[1] ?? '').matchAll(/<xf\b([^>]*?)>/g), (m) => m[1] ?? '');
    expect(xfs[styleIndex]).toContain('quotePrefix="1"');
  });

  it('a ledger without rows: the headers and a line saying so', async () => {
    const emptyPath = join(dir, 'empty.xlsx');
    await writeLedgerXlsx(spec([], { scopeName: '北社区' }), emptyPath);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(emptyPath);
    const s = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(s.getRow(3).getCell(2).value).toBe('姓名');
    expect(String(s.getCell('A4').value)).toBe('截至2026年6月30日，北社区没有符合本台账条件的记录。');
  });
});

describe('the print document of a ledger', () => {
  it('one section per community, each titled with it, IDs masked, 未分配 last; the street total at the end', () => {
    const html = ledgerPrintHtml(spec(rows));
    const sections = html.split('<section class="print-section">').slice(1);
    expect(sections.map((s) => /社区：([^<]+)<\/span>/.exec(s)?.[1])).toEqual(['北社区', '南社区', '未分配']);
    expect(html).not.toContain('321102198001010022');
    expect(html).toContain('321102********0022');
    expect(sections[2]).toContain('全街道合计：4 人（3 个社区）');
    expect(html).toContain('=HYPERLINK(&quot;http://x&quot;)');
    expect(html).not.toMatch(/<script/i);
  });

  it('zero rows: one page with the headers and a line saying so; a 40-character name wraps in its cell', async () => {
    const empty = ledgerPrintHtml(spec([], { scopeName: '北社区' }));
    expect(empty).toContain('<th>姓名</th>');
    expect(empty).toContain('截至2026年6月30日，北社区没有符合本台账条件的记录。');
    const pdf = join(dir, 'wrap.pdf');
    await renderPdf(ledgerPrintHtml(spec(rows)), pdf);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    // Wrapped inside its column: the 40 characters never stand on one line.
    expect(text).not.toContain(LONG_NAME);
    expect(text.replace(/\s+/g, '')).toContain('欧阳欧阳');
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    pages.forEach((page, i) => expect(page.replace(/\s+/g, '')).toContain(`第${i + 1}页共${pages.length}页`));
  });
});
