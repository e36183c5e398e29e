/** docs/workbook-v2.md is what scripts/workbook-spec.ts writes from the sheet definitions: never out of date. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHEET_DEFS, SHEET_ORDER } from '../../shared/domain/workbook/sheets';
import { SPEC_PATH, workbookSpec } from '../../scripts/workbook-spec';

describe('the version 2 spec (docs/workbook-v2.md)', () => {
  it('is up to date (npx tsx scripts/workbook-spec.ts)', () => {
    expect(readFileSync(SPEC_PATH, 'utf8')).toBe(workbookSpec());
  });

  it('names every sheet and every column', () => {
    const doc = readFileSync(SPEC_PATH, 'utf8');
    for (const field of SHEET_ORDER) {
      const def = SHEET_DEFS[field];
      expect(doc).toContain(`## ${def.name}\n`);
      for (const column of def.columns) expect(doc).toContain(`| ${column.header} |`);
    }
  });

  it('is linked from the README', () => {
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toContain('docs/workbook-v2.md');
  });
});
