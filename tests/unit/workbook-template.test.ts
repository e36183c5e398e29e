/**
 * The blank template (下载空白模板, `export-workbook --template OUT`), read with exceljs: every sheet with its header
 * (bold, frozen), 填表说明 with each column's meaning, whether required, allowed values and an example; dropdowns for
 * 是/否 and every vocabulary, date cells formatted and checked as dates, ID and code columns as text; filled in
 * (here by exceljs, as Excel or WPS would) it imports without a rejected row; blank it imports nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOTES_SHEET, SHEET_DEFS, SHEET_NAMES, SHEET_ORDER } from '../../shared/domain/workbook/sheets';
import { commitImport, prepareImport } from '../../electron/services/workbook/import-workbook';
import { writeTemplate } from '../../electron/services/workbook/write-workbook';
import { openZip } from '../../electron/services/workbook/zip-entries';
import { v2Sheets } from '../fixtures/workbook-v2-builder';
import { cli, onlyJson } from './support/cli-capture';
import { rowCount, tempDir, tempRuntime } from './support/temp-runtime';

const TODAY = '2026-11-23';
/** exceljs expands a validation range into one entry per cell: the checks read a template validated on 60 rows. */
const ROWS = 60;

let dir: string;
let runtime: ReturnType<typeof tempRuntime>;
beforeEach(() => {
  dir = tempDir('desk-tpl-');
  runtime = tempRuntime();
});
afterEach(() => runtime.dispose());

async function template(): Promise<ExcelJS.Workbook> {
  const path = join(dir, 'template.xlsx');
  await writeTemplate(path, ROWS);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe('the blank template', () => {
  it('has 填表说明 first, then every sheet with its header, bold and frozen, and no data', async () => {
    const workbook = await template();
    expect(workbook.worksheets.map((w) => w.name)).toEqual([NOTES_SHEET, ...SHEET_NAMES]);
    for (const field of SHEET_ORDER) {
      const def = SHEET_DEFS[field];
      const sheet = workbook.getWorksheet(def.name);
      expect(sheet?.rowCount, def.name).toBe(1);
      const header = sheet?.getRow(1);
      expect(def.columns.map((_c, i) => header?.getCell(i + 1).value)).toEqual(def.columns.map((c) => c.header));
      expect(header?.getCell(1).font?.bold).toBe(true);
      expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });

  it('explains every column: meaning, required or not, allowed values, an example', async () => {
    const notes = (await template()).getWorksheet(NOTES_SHEET);
    const rows = (notes?.getSheetValues() ?? []).slice(1).map((r) => (Array.isArray(r) ? r.slice(1).map((v) => (v === undefined || v === null ? '' : String(v))) : []));
    expect(rows[0]).toEqual(['工作表', '列', '是否必填', '含义与规则', '可填的值', '示例']);
    const byColumn = new Map(rows.map((r) => [`${r[0]}|${r[1]}`, r]));
    for (const field of SHEET_ORDER) {
      const def = SHEET_DEFS[field];
      expect(byColumn.get(`${def.name}|（整张表）`)?.[3], def.name).toBe(def.meaning);
      for (const column of def.columns) {
        const row = byColumn.get(`${def.name}|${column.header}`);
        expect(row, `${def.name} ${column.header}`).toBeDefined();
        expect(row?.[2]).toBe(column.required ? '必填' : '选填');
        expect(row?.[4]).not.toBe('');
        if (column.values) expect(row?.[4]).toBe(column.values.join('、'));
        if (column.example !== null) expect(row?.[5]).toBe(String(column.example));
      }
    }
    expect(rows.some((r) => r[0] === '（通用规则）' && /考核结果/.test(r[3] ?? ''))).toBe(true);
  });

  it('has dropdowns for 是/否 and the vocabularies, dates as dates, ID numbers and codes as text', async () => {
    const workbook = await template();
    const person = workbook.getWorksheet('人员');
    const validation = (sheet: ExcelJS.Worksheet | undefined, address: string) =>
      (sheet as unknown as { dataValidations: { model: Record<string, { type: string; formulae?: unknown[] }> } } | undefined)?.dataValidations.model[address];
    // 人员: A 身份证号码 (text, length), E 与户主关系 (list), I 在校学生 (是/否), V 迁出日期 (date).
    expect(person?.getColumn(1).numFmt).toBe('@');
    expect(validation(person, 'A2')).toMatchObject({ type: 'textLength' });
    expect(validation(person, 'E2')).toMatchObject({ type: 'list', formulae: ['"户主,配偶,子女,父母,其他"'] });
    expect(validation(person, `I${ROWS}`)).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(person?.getColumn(22).numFmt).toBe('yyyy-mm-dd');
    expect(validation(person, 'V2')).toMatchObject({ type: 'date' });
    const services = workbook.getWorksheet('服务记录');
    expect(validation(services, 'C2')?.formulae?.[0]).toContain('职业介绍');
    const recognitions = workbook.getWorksheet('困难认定');
    expect(validation(recognitions, 'C2')?.formulae?.[0]).toBe('"4050人员,低保,零就业家庭成员,残疾,长期失业,失地农民,其他"');
    expect(workbook.getWorksheet('社区')?.getColumn(1).numFmt).toBe('@');
    // Every 是/否 and vocabulary column of every sheet has its dropdown.
    for (const field of SHEET_ORDER) {
      const def = SHEET_DEFS[field];
      const sheet = workbook.getWorksheet(def.name);
      def.columns.forEach((c, i) => {
        if (!c.values) return;
        const letter = sheet?.getColumn(i + 1).letter ?? '';
        expect(validation(sheet, `${letter}2`), `${def.name} ${c.header}`).toMatchObject({ type: 'list', formulae: [`"${c.values.join(',')}"`] });
      });
    }
  });

  it('as downloaded, validates the whole sheet (to row 1,048,576)', async () => {
    const path = join(dir, 'full.xlsx');
    await writeTemplate(path);
    const zip = await openZip(path);
    try {
      const xml = (await zip.text('xl/worksheets/sheet8.xml')) ?? '';
      expect(xml).toContain('sqref="E2:E1048576"');
    } finally {
      zip.close();
    }
  });

  it('imports blank (nothing), and filled in Excel-style, imports without a rejected row', async () => {
    const blank = join(dir, 'blank.xlsx');
    await writeTemplate(blank, ROWS);
    const empty = await prepareImport(runtime.db, blank, 'blank.xlsx', TODAY, () => undefined);
    expect(empty.preview.errors).toEqual([]);
    expect(empty.preview.warnings).toEqual([]);
    for (const counts of Object.values(empty.preview.counts)) expect(counts).toEqual({ new: 0, changed: 0, unchanged: 0 });

    // Fill each sheet of the template under its own headers with the small version 2 street, typed as text and dates.
    const workbook = await template();
    for (const [name, rows] of Object.entries(v2Sheets())) {
      const sheet = workbook.getWorksheet(name);
      if (!sheet) throw new Error(name);
      const headers = (sheet.getRow(1).values as unknown[]).slice(1);
      const given = rows[0] as string[];
      rows.slice(1).forEach((row, r) => {
        given.forEach((header, k) => {
          const value = row[k];
          if (value === null || value === undefined) return;
          sheet.getRow(r + 2).getCell(headers.indexOf(header) + 1).value = value as ExcelJS.CellValue;
        });
      });
    }
    const filled = join(dir, 'filled.xlsx');
    await workbook.xlsx.writeFile(filled);
    const prepared = await prepareImport(runtime.db, filled, 'filled.xlsx', TODAY, () => undefined);
    expect(prepared.preview.errors).toEqual([]);
    expect(prepared.preview.warnings).toEqual([]);
    commitImport(runtime.db, runtime.caller(), prepared);
    expect(rowCount(runtime, 'assistance_measures')).toBe(2);
    expect(rowCount(runtime, 'vacancies')).toBe(2);
  });

  it('is what `export-workbook --template OUT` writes', async () => {
    const out = join(dir, 'cli-template.xlsx');
    const run = await cli('export-workbook', '--template', out, '--json');
    expect(run.code).toBe(0);
    expect(onlyJson(run.stdout)).toEqual({ ok: true, file: out, template: true, version: '2', sheets: [NOTES_SHEET, ...SHEET_NAMES] });
    const path = join(dir, 'direct.xlsx');
    await writeTemplate(path);
    const zipped = (p: string) => readFileSync(p).length;
    expect(Math.abs(zipped(out) - zipped(path))).toBeLessThan(200);
    expect((await cli('export-workbook', '--template', out, 'other.xlsx')).code).toBe(2);
  });
});
