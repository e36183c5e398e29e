/** Every zip the app opens is held to the limits of electron/services/files/zip-limits.ts: bombs generated here. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_LIMITS, tokenGuard, ZipLimitError } from '../../electron/services/files/zip-limits';
import type { ZipLimits } from '../../electron/services/files/zip-limits';
import { prepareImport } from '../../electron/services/workbook/import-workbook';
import { openXlsx } from '../../electron/services/workbook/xlsx-stream-reader';
import { farCellSheet, hugeCellSheet, repeatedBytes, tinyStrings, writeXlsxParts } from '../fixtures/zip-bombs';
import { dbFingerprint } from './support/db-fingerprint';
import { tempDir, tempRuntime } from './support/temp-runtime';

let dir: string;
beforeAll(() => {
  dir = tempDir('desk-zip-limits-');
});

const limits = (over: Partial<ZipLimits>): ZipLimits => ({ ...DEFAULT_ZIP_LIMITS, ...over });

/** Opens the workbook and reads every row of every sheet; resolves to the error it failed with, if any. */
async function readAll(path: string, l: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<unknown> {
  try {
    const workbook = await openXlsx(path, l);
    try {
      for (const sheet of workbook.sheets) for await (const _row of sheet.rows()) void _row;
    } finally {
      workbook.close();
    }
    return null;
  } catch (error) {
    return error;
  }
}

async function bomb(name: string, parts: Parameters<typeof writeXlsxParts>[1]): Promise<string> {
  const path = join(dir, name);
  await writeXlsxParts(path, parts);
  return path;
}

describe('the zip’s central directory, before anything is decompressed', () => {
  it('a part that deflates from repeated bytes (a ratio bomb) is refused at once, naming the entry and the ratio', async () => {
    const path = await bomb('ratio.xlsx', { sharedStrings: repeatedBytes(64 * 1024 * 1024) });
    const started = performance.now();
    const error = await readAll(path);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(ZipLimitError);
    expect((error as Error).message).toMatch(/“xl\/sharedStrings\.xml”压缩比为 \d+:1.*超过 200:1 的上限/);
  });

  it('an entry declared larger than the per-entry limit', async () => {
    const path = await bomb('big-entry.xlsx', { extra: { 'xl/media/blob.bin': repeatedBytes(3 * 1024 * 1024) } });
    const error = await readAll(path, limits({ maxEntryBytes: 2 * 1024 * 1024, maxRatio: 100_000 }));
    expect((error as Error).message).toMatch(/“xl\/media\/blob\.bin”解压后有 3\.0 MB，超过单个文件 2\.0 MB 的上限/);
  });

  it('more entries than allowed, and more bytes in all than allowed', async () => {
    const many = await bomb('many.xlsx', { extra: Object.fromEntries(Array.from({ length: 20 }, (_v, i) => [`x/${i}.xml`, '<a/>'])) });
    expect((await readAll(many, limits({ maxEntries: 10 })) as Error).message).toMatch(/压缩包内有 \d+ 个文件，超过 10 个的上限/);
    const total = await bomb('total.xlsx', { extra: { 'x/1.bin': repeatedBytes(2 * 1024 * 1024), 'x/2.bin': repeatedBytes(2 * 1024 * 1024) } });
    expect((await readAll(total, limits({ maxTotalBytes: 3 * 1024 * 1024, maxRatio: 100_000 })) as Error).message).toMatch(/解压后共 4\.0 MB，超过 3\.0 MB 的上限/);
  });
});

describe('while streaming, before memory grows', () => {
  it('many tiny shared strings: refused past the count', async () => {
    const path = await bomb('strings.xlsx', { sharedStrings: tinyStrings(50_000, true) });
    const error = await readAll(path, limits({ maxSharedStrings: 10_000 }));
    expect((error as Error).message).toMatch(/共享字符串超过 10,000 条的上限/);
    expect(await readAll(path)).toBeNull();
  });

  it('shared strings past their total size', async () => {
    const path = await bomb('string-bytes.xlsx', { sharedStrings: tinyStrings(50_000, true) });
    expect((await readAll(path, limits({ maxSharedStringBytes: 100_000 })) as Error).message).toMatch(/共享字符串合计超过 98 KB 的上限/);
  });

  it('one huge cell: over Excel’s 32,767 characters, and far over it (the parser never buffers it)', async () => {
    const over = await bomb('cell.xlsx', { sheet: hugeCellSheet(40_000) });
    expect((await readAll(over)) as Error).toBeInstanceOf(ZipLimitError);
    expect(((await readAll(over)) as Error).message).toMatch(/长 40,000 字，超过 Excel 单元格 32,767 字的上限/);
    // 20 million characters of one letter deflate 1000:1 (refused for the ratio already); past that check, the guard
    // stops it before the parser has buffered more than the limit.
    const huge = await bomb('cell-huge.xlsx', { sheet: hugeCellSheet(20 * 1024 * 1024) });
    expect(((await readAll(huge)) as Error).message).toMatch(/压缩比/);
    expect(((await readAll(huge, limits({ maxRatio: 1_000_000 }))) as Error).message).toMatch(/超过 262,144 字的连续内容/);
  });

  it('a row or a column beyond Excel’s grid', async () => {
    const rows = await bomb('rows.xlsx', { sheet: farCellSheet(1_048_577, 1) });
    expect(((await readAll(rows)) as Error).message).toMatch(/行号 1,048,577 超过 Excel 的 1,048,576 行上限/);
    const cols = await bomb('cols.xlsx', { sheet: farCellSheet(2, 16_385) });
    expect(((await readAll(cols)) as Error).message).toMatch(/列号 16,385 超过 Excel 的 16,384 列上限/);
    expect(await readAll(await bomb('edge.xlsx', { sheet: farCellSheet(1_048_576, 16_384) }))).toBeNull();
  });

  it('the token guard sees a run that spans chunks, and lets real XML through', () => {
    const guard = tokenGuard('x.xml', limits({ maxTokenChars: 10 }));
    expect(() => guard('<a>12345')).not.toThrow();
    expect(() => guard('6789')).not.toThrow();
    expect(() => guard('0</a>')).not.toThrow();
    expect(() => guard('<b>123456')).not.toThrow();
    expect(() => guard('78901</b>')).toThrow(ZipLimitError);
    const big = tokenGuard('y.xml', limits({ maxTokenChars: 10 }));
    expect(() => big(`<a>${'x'.repeat(5)}</a><b>${'y'.repeat(11)}</b>`)).toThrow(ZipLimitError);
  });
});

describe('an import of a bomb', () => {
  const runtime = tempRuntime();
  afterAll(() => runtime.dispose());

  it('is refused with the limit named, and nothing is written', async () => {
    const path = await bomb('import-bomb.xlsx', { sharedStrings: repeatedBytes(64 * 1024 * 1024) });
    const before = dbFingerprint(runtime);
    const prepared = await prepareImport(runtime.db, path, 'import-bomb.xlsx', '2026-11-23', () => undefined);
    expect(prepared.preview.ok).toBe(false);
    expect(prepared.preview.errors[0]?.message).toMatch(/^文件超出安全上限，未导入：压缩包中的“xl\/sharedStrings\.xml”压缩比/);
    expect(dbFingerprint(runtime)).toBe(before);
  });
});
