import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareImport } from '../../../electron/services/workbook/import-workbook';
import type { BenchCase } from '../bench-case';
import { openRuntimeAt } from '../large-street';
import { tinyStrings, writeXlsxParts } from '../../fixtures/zip-bombs';

const CACHE = join(tmpdir(), 'desk-bench-cache');
const BOMB = join(CACHE, 'bomb-shared-strings-2.8gb.xlsx');
/** 160 million tiny shared strings: about 2.7 GB of XML in a file of a few MB (the bomb). */
const STRINGS = 160_000_000;

/** A workbook whose sharedStrings.xml expands to about 2.7 GB, refused by an import (the limits of files/zip-limits.ts). */
export const zipBombRefusal: BenchCase = {
  name: 'zip-bomb-refusal',
  description: 'import-workbook preview of a 7 MB .xlsx whose sharedStrings.xml expands to 2.7 GB (160 M tiny strings): refused by the zip limits',
  async setup() {
    if (existsSync(BOMB)) return;
    mkdirSync(CACHE, { recursive: true });
    process.stderr.write('bench: generating the shared-strings bomb (cached for later runs)…\n');
    await writeXlsxParts(`${BOMB}.building`, { sharedStrings: tinyStrings(STRINGS, false) });
    renameSync(`${BOMB}.building`, BOMB);
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const prepared = await prepareImport(runtime.db, BOMB, 'bomb.xlsx', '2026-11-23', () => undefined);
      if (prepared.preview.ok) throw new Error('the bomb was accepted');
      ctx.note(`file ${(statSync(BOMB).size / 1024 / 1024).toFixed(1)} MB; refused: ${prepared.preview.errors[0]?.message ?? ''} (targets: < 2 s, < 300 MB)`);
    } finally {
      runtime.close();
    }
  },
};
