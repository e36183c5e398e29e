/**
 * The worksheets are inflated by the reader itself, in large chunks: a part that inflates past the size the zip
 * declared for it is still refused as a bomb while it streams, one that falls short of it as a damaged file.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZipLimitError } from '../../../electron/services/files/zip-limits';
import { openXlsx } from '../../../electron/services/workbook/xlsx-stream-reader';
import { declareUncompressedSize } from '../../fixtures/package-builder';
import { writeXlsxParts } from '../../fixtures/zip-bombs';
import { tempDir } from '../support/temp-runtime';

let dir: string;
beforeAll(() => {
  dir = tempDir('desk-inflate-limits-');
});

const SHEET = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${Array.from(
  { length: 2000 },
  (_v, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>第 ${i + 1} 行</t></is></c><c r="B${i + 1}"><v>${i}</v></c></row>`,
).join('')}</sheetData></worksheet>`;

async function readAll(path: string): Promise<{ rows: number; error: unknown }> {
  let rows = 0;
  try {
    const workbook = await openXlsx(path);
    try {
      for (const sheet of workbook.sheets) for await (const batch of sheet.batches()) rows += batch.length;
    } finally {
      workbook.close();
    }
    return { rows, error: null };
  } catch (error) {
    return { rows, error };
  }
}

describe('a worksheet inflated by the reader', () => {
  it('reads every row when the sizes are true', async () => {
    const path = join(dir, 'true.xlsx');
    await writeXlsxParts(path, { sheet: SHEET });
    expect(await readAll(path)).toEqual({ rows: 2000, error: null });
  });

  it('one that inflates past its declared size is refused as a bomb, naming the part', async () => {
    const path = join(dir, 'lying.xlsx');
    await writeXlsxParts(path, { sheet: SHEET });
    declareUncompressedSize(path, 'xl/worksheets/sheet1.xml', 1000);
    const { error } = await readAll(path);
    expect(error).toBeInstanceOf(ZipLimitError);
    expect((error as Error).message).toMatch(/“xl\/worksheets\/sheet1\.xml”解压后的大小超过它声明的大小.*疑似“压缩炸弹”/);
  });

  it('one that falls short of its declared size is a damaged file', async () => {
    const path = join(dir, 'short.xlsx');
    await writeXlsxParts(path, { sheet: SHEET });
    declareUncompressedSize(path, 'xl/worksheets/sheet1.xml', SHEET.length * 3);
    const { error } = await readAll(path);
    expect((error as Error).message).toMatch(/压缩文件不完整或已损坏/);
  });
});
