import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LedgerCommitted, LedgerDocument, LedgerInspection, LedgerPreview, LedgerPreviewRow } from '../../../shared/contract/ledger-import';
import { LEDGER_IDS, messyUnemployedLedger, writeLedgerXlsx } from '../../fixtures/ledger-builder';
import { dbFingerprint } from '../support/db-fingerprint';
import { jobResult } from '../support/follow-job';
import { rowCount, runtimeWithStreet, tempDir } from '../support/temp-runtime';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';

let runtime: DeskRuntime & { dispose(): void };
let dir: string;
let communityId: number;

beforeEach(async () => {
  runtime = await runtimeWithStreet();
  dir = tempDir('desk-ledger-');
  const created = await runtime.call('communities.create', { code: '321102001001', name: '金山社区', kind: 'community', contact: null });
  if (!created.ok) throw new Error(created.error.message);
  communityId = (created.value as { id: number }).id;
});
afterEach(() => runtime.dispose());

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await runtime.call(method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

async function callError(method: string, input: unknown): Promise<string> {
  const result = await runtime.call(method, input);
  if (result.ok) throw new Error('expected a failure');
  return result.error.message;
}

function register(path: string, name: string): string {
  return runtime.files.register({ path, name, direction: 'input' });
}

async function messyFile(): Promise<string> {
  const path = join(dir, '失业人员台账.xlsx');
  await writeLedgerXlsx(path, messyUnemployedLedger());
  return register(path, '失业人员台账.xlsx');
}

async function preview(file: string, mapping: Record<string, string | null>, kind = 'unemployed', saveAs: string | null = null) {
  const started = await call<{ jobId: string }>('ledgerImport.preview', { file, sheet: null, kind, communityId, mapping, saveAs });
  const { untilJobEnds } = await import('../support/follow-job');
  const status = await untilJobEnds(runtime, started.jobId);
  return { jobId: started.jobId, status, preview: status.result as LedgerPreview | undefined };
}

async function rows(jobId: string, filter = 'all'): Promise<LedgerPreviewRow[]> {
  return (await call<{ rows: LedgerPreviewRow[] }>('ledgerImport.rows', { previewJobId: jobId, filter, offset: 0, limit: 500 })).rows;
}

function fixedMapping(inspection: LedgerInspection): Record<string, string | null> {
  const mapping = { ...inspection.suggestions.unemployed };
  mapping['电话'] = null;
  mapping['手机号码'] = 'phone';
  return mapping;
}

describe('导入本所台账 (service through the API)', () => {
  it('inspects the messy ledger: picks the sheet with a table, finds the two-level header, suggests a mapping', async () => {
    const file = await messyFile();
    const inspection = await call<LedgerInspection>('ledgerImport.inspect', { file, sheet: null });
    expect(inspection.sheets).toEqual(['说明', '台账']);
    expect(inspection.sheet).toBe('台账');
    expect(inspection.header).toMatchObject({ first: 3, last: 4 });
    expect(inspection.suggestions.unemployed).toMatchObject({
      姓名: 'name',
      公民身份号码: 'idNumber',
      电话: 'phone',
      手机号码: null,
      家庭住址: 'address',
      '失业情况/失业时间': 'unemployedSince',
      '失业情况/是否登记': 'registered',
    });
    expect(inspection.sample[0]?.[1]).toBe('张伟');
    expect(inspection.template).toBeNull();
  });

  it('previews every row with its status and reasons, writes nothing, then commits the valid rows in one go', async () => {
    const file = await messyFile();
    const inspection = await call<LedgerInspection>('ledgerImport.inspect', { file, sheet: null });
    const { jobId, preview: result, status: st } = await preview(file, fixedMapping(inspection), 'unemployed', '金山社区失业台账');
    expect(st.error?.message).toBeUndefined();
    expect(result).toMatchObject({ ok: true, headerRows: [3, 4], dataRows: 9, footerRows: [15, 16], blankRows: 1 });
    expect(result?.summary).toMatchObject({ valid: 4, rejected: 4, duplicates: 1, warnings: 3, new: 4, newHouseholds: 3 });
    const doc = await call<LedgerDocument>('ledgerImport.document', { previewJobId: jobId });
    const byRow = new Map(doc.rows.map((r) => [r.row, r]));
    expect(byRow.get(5)).toMatchObject({ status: 'valid', id: LEDGER_IDS.zhang, convertedFrom: null });
    expect(byRow.get(5)?.issues).toContainEqual(expect.objectContaining({ severity: 'warning', message: expect.stringContaining('只有年月') }));
    expect(byRow.get(6)).toMatchObject({ status: 'valid', id: LEDGER_IDS.li });
    expect(byRow.get(7)).toMatchObject({ status: 'valid', convertedFrom: LEDGER_IDS.wang15 });
    expect(byRow.get(7)?.id).toHaveLength(18);
    expect(byRow.get(8)).toBeUndefined();
    expect(byRow.get(9)).toMatchObject({ status: 'rejected', id: null });
    expect(byRow.get(9)?.issues[0]?.message).toContain('后几位已丢失');
    expect(byRow.get(10)?.issues[0]).toMatchObject({ column: '公民身份号码', severity: 'error', message: expect.stringContaining('校验位') });
    expect(byRow.get(11)?.issues).toContainEqual({ column: '姓名', severity: 'error', message: '姓名为空' });
    expect(byRow.get(12)).toMatchObject({ status: 'valid', id: LEDGER_IDS.zhou });
    expect(byRow.get(12)?.issues).toContainEqual(expect.objectContaining({ column: '性别', severity: 'warning' }));
    expect(byRow.get(13)).toMatchObject({ status: 'duplicate', id: LEDGER_IDS.zhang });
    expect(byRow.get(13)?.issues[0]?.message).toContain('第 5 行');
    expect(byRow.get(14)?.issues[0]?.message).toContain('2024-02-30');
    expect(doc.mapping).toMatchObject({ 公民身份号码: 'idNumber', 手机号码: 'phone' });
    expect(doc.mapping['电话']).toBeUndefined();
    // 张伟 and 李娜 share 金山路1号 (written two ways): one new household, 张伟 its head.
    const listed = await rows(jobId, 'new');
    const zhang = listed.find((r) => r.row === 5);
    const li = listed.find((r) => r.row === 6);
    expect(zhang?.household).toBe(li?.household);
    expect(zhang?.maskedIdNumber).not.toBe(LEDGER_IDS.zhang);
    expect((await rows(jobId, 'duplicate')).map((r) => r.row)).toEqual([13]);
    expect((await rows(jobId, 'rejected')).map((r) => r.row)).toEqual([9, 10, 11, 14]);
    // Only the template was saved (a setting): no person, household or registration written by the preview.
    expect(rowCount(runtime, 'persons')).toBe(0);
    expect(rowCount(runtime, 'households')).toBe(0);

    const committed = (await jobResult(runtime, 'ledgerImport.commit', { previewJobId: jobId })) as LedgerCommitted;
    expect(committed).toMatchObject({ persons: { new: 4, changed: 0 }, households: 3, registrations: 4 });
    expect(rowCount(runtime, 'persons')).toBe(4);
    expect(rowCount(runtime, 'unemployment_registrations')).toBe(4);
    const phone = runtime.db.sqlite.prepare('SELECT phone FROM persons WHERE id_number = ?').pluck().get(LEDGER_IDS.zhou);
    expect(phone).toBe('13700000005');

    // The error report: the rows not imported with the file's own header, 原行号 and 问题说明.
    const report = await call<{ download: { ref: string; name: string } }>('ledgerImport.errorReport', { previewJobId: jobId, file: null });
    const out = runtime.files.resolve(report.download.ref, 'output');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out.path);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).values).toContain('问题说明');
    expect(sheet?.rowCount).toBe(6);
    expect(String(sheet?.getRow(2).getCell(sheet.getRow(1).cellCount).value)).toContain('后几位已丢失');

    // Re-importing the same file: the template is applied, and nothing changes.
    const again = await call<LedgerInspection>('ledgerImport.inspect', { file, sheet: null });
    expect(again.template?.name).toBe('金山社区失业台账');
    expect(again.template?.mapping['手机号码']).toBe('phone');
    const second = await preview(file, again.template?.mapping ?? {});
    expect(second.preview?.summary).toMatchObject({ valid: 4, new: 0, updates: 0, unchanged: 4, newHouseholds: 0 });
    await jobResult(runtime, 'ledgerImport.commit', { previewJobId: second.jobId });
    expect(rowCount(runtime, 'persons')).toBe(4);
    expect(rowCount(runtime, 'households')).toBe(3);
    expect(rowCount(runtime, 'unemployment_registrations')).toBe(4);
  });

  it('a person already in the database is an update, with the differences field by field', async () => {
    const file = await messyFile();
    const inspection = await call<LedgerInspection>('ledgerImport.inspect', { file, sheet: null });
    const first = await preview(file, fixedMapping(inspection));
    await jobResult(runtime, 'ledgerImport.commit', { previewJobId: first.jobId });
    const spec = messyUnemployedLedger();
    const row = spec.rows[0];
    if (row) {
      row[5] = '13999999999';
      row[7] = '本科';
    }
    const path = join(dir, '改过的台账.xlsx');
    await writeLedgerXlsx(path, spec);
    const changed = register(path, '改过的台账.xlsx');
    const second = await preview(changed, fixedMapping(inspection));
    expect(second.preview?.summary).toMatchObject({ updates: 1, unchanged: 3, new: 0 });
    const [update] = await rows(second.jobId, 'update');
    expect(update?.differences).toEqual([
      { field: '联系电话', before: expect.stringMatching(/^139\*+5678$/), after: expect.stringMatching(/^139\*+9999$/) },
      { field: '文化程度', before: '高中', after: '本科' },
    ]);
    await jobResult(runtime, 'ledgerImport.commit', { previewJobId: second.jobId });
    expect(runtime.db.sqlite.prepare('SELECT education FROM persons WHERE id_number = ?').pluck().get(LEDGER_IDS.zhang)).toBe('bachelor');
  });
});

describe('legacy .xls', () => {
  it('is read through @e965/xlsx: its header, text IDs and date cells', async () => {
    const { utils, write } = await import('@e965/xlsx');
    const sheet = utils.aoa_to_sheet([
      ['金山社区劳动力资源台账'],
      ['姓名', '身份证号码', '家庭住址', '失业时间'],
      ['张伟', LEDGER_IDS.zhang, '金山路1号', new Date(Date.UTC(2024, 2, 5))],
    ], { cellDates: true });
    const book = utils.book_new();
    utils.book_append_sheet(book, sheet, '台账');
    const path = join(dir, 'old.xls');
    writeFileSync(path, write(book, { type: 'buffer', bookType: 'biff8' }) as Buffer);
    const file = register(path, 'old.xls');
    const inspection = await call<LedgerInspection>('ledgerImport.inspect', { file, sheet: null });
    expect(inspection).toMatchObject({ format: 'xls', sheet: '台账', header: { first: 2, last: 2 } });
    const { jobId } = await preview(file, inspection.suggestions.unemployed, 'unemployed');
    const doc = await call<LedgerDocument>('ledgerImport.document', { previewJobId: jobId });
    expect(doc.rows).toEqual([{ row: 3, status: 'valid', id: LEDGER_IDS.zhang, convertedFrom: null, issues: [] }]);
  });

  it('a damaged .xls says to save it as .xlsx', async () => {
    const path = join(dir, 'broken.xls');
    writeFileSync(path, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 7)]));
    const message = await callError('ledgerImport.inspect', { file: register(path, 'broken.xls'), sheet: null });
    expect(message).toContain('另存为');
  });
});

describe('bad input: a clear message, and the database unchanged', () => {
  async function expectNothingWritten(run: () => Promise<void>) {
    const before = dbFingerprint(runtime);
    await run();
    expect(dbFingerprint(runtime)).toBe(before);
  }

  it('an empty sheet', async () => {
    const path = join(dir, 'empty.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1');
    await book.xlsx.writeFile(path);
    const file = register(path, 'empty.xlsx');
    await expectNothingWritten(async () => {
      const inspection = await call<LedgerInspection>('ledgerImport.inspect', { file, sheet: null });
      expect(inspection.header).toBeNull();
      const { status } = await preview(file, {});
      expect(status.state).toBe('failed');
      expect(status.error?.message).toContain('是空的');
    });
  });

  it('no recognisable ID column: the mapping step asks, it does not guess', async () => {
    const path = join(dir, 'noid.csv');
    writeFileSync(path, '姓名,住址,编号\n张伟,金山路1号,321102198004121214\n');
    const file = register(path, 'noid.csv');
    await expectNothingWritten(async () => {
      const inspection = await call<LedgerInspection>('ledgerImport.inspect', { file, sheet: null });
      expect(Object.values(inspection.suggestions.labour)).not.toContain('idNumber');
      const { status } = await preview(file, inspection.suggestions.labour, 'labour');
      expect(status.state).toBe('failed');
      expect(status.error?.message).toContain('请指定哪一列是“身份证号码”');
    });
  });

  it('the same ID three times: the first is taken, the later two point at it', async () => {
    const id = LEDGER_IDS.zhang;
    const path = join(dir, 'three.csv');
    writeFileSync(path, `姓名,身份证号码,住址\n张伟,${id},金山路1号\n张伟,${id},金山路1号\n张伟,${id.toLowerCase()},金山路1号\n`);
    const file = register(path, 'three.csv');
    const inspection = await call<LedgerInspection>('ledgerImport.inspect', { file, sheet: null });
    const before = dbFingerprint(runtime);
    const { jobId, preview: result } = await preview(file, inspection.suggestions.labour, 'labour');
    expect(result?.summary).toMatchObject({ valid: 1, duplicates: 2 });
    const doc = await call<LedgerDocument>('ledgerImport.document', { previewJobId: jobId });
    expect(doc.rows.map((r) => r.status)).toEqual(['valid', 'duplicate', 'duplicate']);
    expect(doc.rows[2]?.issues[0]?.message).toContain('第 2 行');
    expect(dbFingerprint(runtime)).toBe(before);
  });

  it('a GBK CSV without a BOM is read as GB18030', async () => {
    const path = join(dir, 'gbk.csv');
    const text = `姓名,身份证号码,家庭住址\r\n李娜,${LEDGER_IDS.li},金山路2号\r\n`;
    // GB18030 bytes of the text (TextDecoder cannot encode: the bytes are built from a known table of these characters).
    writeFileSync(path, gbkBytes(text));
    const file = register(path, 'gbk.csv');
    await expectNothingWritten(async () => {
      const inspection = await call<LedgerInspection>('ledgerImport.inspect', { file, sheet: null });
      expect(inspection).toMatchObject({ format: 'csv', encoding: 'GB18030' });
      expect(inspection.header?.columns.map((c) => c.key)).toEqual(['姓名', '身份证号码', '家庭住址']);
      // The sample shows ID numbers masked, as lists do.
      expect(inspection.sample[0]).toEqual(['李娜', `${LEDGER_IDS.li.slice(0, 6)}********${LEDGER_IDS.li.slice(14)}`, '金山路2号']);
    });
  });

  it('a file that is not a spreadsheet', async () => {
    const path = join(dir, 'photo.xlsx');
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const file = register(path, 'photo.xlsx');
    await expectNothingWritten(async () => {
      const message = await callError('ledgerImport.inspect', { file, sheet: null });
      expect(message).toContain('不是电子表格');
      expect(message).toContain('.xlsx');
    });
  });

  it('a formula cell: its cached value is used; a formula without one is refused, never run', async () => {
    const path = join(dir, 'formula.xlsx');
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('台账');
    ws.addRow(['姓名', '身份证号码', '联系电话']);
    ws.addRow(['张伟', LEDGER_IDS.zhang, null]).getCell(3).value = { formula: '"139"&"12345678"', result: '13912345678' };
    ws.addRow(['李娜', null, null]).getCell(2).value = { formula: 'CONCAT("3211","02")', result: undefined as unknown as string };
    await book.xlsx.writeFile(path);
    const file = register(path, 'formula.xlsx');
    const inspection = await call<LedgerInspection>('ledgerImport.inspect', { file, sheet: null });
    await expectNothingWritten(async () => {
      const { jobId } = await preview(file, inspection.suggestions.labour, 'labour');
      const doc = await call<LedgerDocument>('ledgerImport.document', { previewJobId: jobId });
      expect(doc.rows[0]).toMatchObject({ status: 'valid', id: LEDGER_IDS.zhang });
      expect(doc.rows[1]?.status).toBe('rejected');
      expect(doc.rows[1]?.issues[0]?.message).toContain('公式');
    });
  });

  it('a 100,000-row sheet is previewed, and nothing is written', async () => {
    const path = join(dir, 'big.csv');
    const lines = ['姓名,身份证号码,住址'];
    const { makeIdNumber } = await import('../../../shared/domain/id-number');
    for (let i = 0; i < 100_000; i += 1) {
      const birth = `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`;
      lines.push(`人员${i},${makeIdNumber('321102', birth, (Math.floor(i / 360) % 999) + 1)},金山路${i}号`);
    }
    writeFileSync(path, `${lines.join('\n')}\n`);
    const file = register(path, 'big.csv');
    const inspection = await call<LedgerInspection>('ledgerImport.inspect', { file, sheet: null });
    await expectNothingWritten(async () => {
      const { preview: result } = await preview(file, inspection.suggestions.labour, 'labour');
      expect(result?.dataRows).toBe(100_000);
      expect((result?.summary.valid ?? 0) + (result?.summary.duplicates ?? 0) + (result?.summary.rejected ?? 0)).toBe(100_000);
    });
  }, 120_000);
});

/** GB18030 bytes of a text made of ASCII and the few characters these tests use. */
function gbkBytes(text: string): Buffer {
  const table: Record<string, number[]> = {
    姓: [0xd0, 0xd5], 名: [0xc3, 0xfb], 身: [0xc9, 0xed], 份: [0xb7, 0xdd], 证: [0xd6, 0xa4], 号: [0xba, 0xc5], 码: [0xc2, 0xeb],
    家: [0xbc, 0xd2], 庭: [0xcd, 0xa5], 住: [0xd7, 0xa1], 址: [0xd6, 0xb7], 李: [0xc0, 0xee], 娜: [0xc4, 0xc8], 金: [0xbd, 0xf0],
    山: [0xc9, 0xbd], 路: [0xc2, 0xb7],
  };
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const b = table[ch];
      if (!b) throw new Error(`no GBK bytes for ${ch}`);
      bytes.push(...b);
    }
  }
  const buffer = Buffer.from(bytes);
  // The table is checked against the decoder itself.
  if (new TextDecoder('gb18030').decode(buffer) !== text) throw new Error('GBK table wrong');
  return buffer;
}
