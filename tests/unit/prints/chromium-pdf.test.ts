import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/prints/chromium-pdf';
import { joinHtml } from '../../../shared/print/html';
import { LEDGER_PAGE } from '../../../shared/print/page-setup';
import { printDocument } from '../../../shared/print/print-document';
import { printSection, printTable } from '../../../shared/print/print-table';
import type { PrintRow } from '../../../shared/print/print-table';

const dir = mkdtempSync(join(tmpdir(), 'desk-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text of each page of a PDF (pdftotext, poppler-utils). */
function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
}

describe('PDF through the system Chromium', () => {
  it('prints the title and headers on every page, page N of M, a long name wrapped in its cell', async () => {
    const heading = { title: '劳动力资源台账', street: '解放路街道', community: '七星岗社区', asOf: '2026-11-20', preparedBy: '王会计', preparedOn: '2026-11-20' };
    const columns = [
      { label: '序号', width: 4, align: 'right' as const },
      { label: '姓名', width: 8 },
      { label: '身份证号码', width: 17, code: true },
      { label: '家庭住址', width: 22 },
    ];
    const rows: PrintRow[] = Array.from({ length: 90 }, (_v, i) => ({
      kind: 'row',
      cells: [i + 1, i === 0 ? '欧阳'.repeat(20) : `人员${i + 1}`, '500103********1234', i === 1 ? '重庆市渝中区解放碑街道民族路'.repeat(3) : '民族路 1 号'],
    }));
    const body = joinHtml([
      printSection(printTable({ heading, columns, rows, emptyText: '没有记录' })),
      printSection(printTable({ heading: { ...heading, community: '空社区' }, columns, rows: [], emptyText: '截至 2026年11月20日 本社区没有符合条件的人员' })),
    ]);
    const path = join(dir, 'ledger.pdf');
    await renderPdf(printDocument({ title: heading.title, page: LEDGER_PAGE, body }), path);
    const pages = pdfPages(path);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page).toContain('劳动力资源台账');
      expect(page).toMatch(/身份证号码/);
      expect(page.replace(/\s+/g, '')).toContain(`第${i + 1}页共${pages.length}页`);
    });
    expect(pages[pages.length - 1]).toContain('本社区没有符合条件的人员');
    // The 40-character name stays in its column: split over lines, never run into the ID column.
    expect(pages[0]).not.toContain('欧阳'.repeat(20));
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    // A4 landscape: 842 × 595 points.
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts/);
  });
});
