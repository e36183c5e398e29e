/**
 * A workbook large enough to be read on two cores (import-workbook.ts SCAN_APART_FROM_BYTES), imported as the app
 * runs it: the import worker starts the sheet-scanning helper thread itself. The preview counts what the read in
 * one thread reads; a cancel in the middle of the read ends both threads with nothing written; the file then imports.
 */
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../shared/contract/workbook';
import { SCAN_APART_FROM_BYTES } from '../../../electron/services/workbook/import-workbook';
import { readWorkbook } from '../../../electron/services/workbook/read-workbook';
import { writeSyntheticWorkbook } from '../../fixtures/synthetic-workbook';
import { dbFingerprint } from '../support/db-fingerprint';
import { called, untilJobEnds } from '../support/follow-job';
import { rowCount, tempDir, tempRuntime } from '../support/temp-runtime';

const PERSONS = 40_000;
let file: string;

beforeAll(async () => {
  file = join(tempDir('desk-worker-apart-'), 'synthetic.xlsx');
  await writeSyntheticWorkbook(file, PERSONS);
}, 120_000);

describe('a large workbook imported through the worker, its sheets scanned in a helper thread', () => {
  it('previews what one thread reads, cancels mid-read with nothing written, then imports', async () => {
    expect(statSync(file).size).toBeGreaterThanOrEqual(SCAN_APART_FROM_BYTES);
    const alone = await readWorkbook(file, '2026-11-23');
    expect(alone.problems.count).toBe(0);
    const runtime = tempRuntime();
    try {
      const before = dbFingerprint(runtime);
      const ref = () => runtime.files.register({ path: file, name: basename(file), direction: 'input' });

      const first = await called<{ jobId: string }>(runtime, 'workbook.preview', { file: ref() });
      let cancelledAt: string | null = null;
      const cancelled = await untilJobEnds(runtime, first.jobId, async (running) => {
        if (cancelledAt === null && /正在读取“(人员|就业愿望|就业记录|服务记录)”第 \d+ 行/.test(running.note)) {
          cancelledAt = running.note;
          await called(runtime, 'jobs.cancel', { id: first.jobId });
        }
      });
      expect(cancelledAt).not.toBeNull();
      expect(cancelled.state).toBe('failed');
      expect(cancelled.error?.message).toMatch(/已取消，数据库未改动/);
      expect(dbFingerprint(runtime)).toBe(before);

      const second = await called<{ jobId: string }>(runtime, 'workbook.preview', { file: ref() });
      const previewed = await untilJobEnds(runtime, second.jobId);
      expect(previewed.state, JSON.stringify(previewed.error)).toBe('done');
      const preview = previewed.result as ImportPreview;
      expect(preview.ok, JSON.stringify(preview.errors.slice(0, 3))).toBe(true);
      for (const [sheet, rows] of Object.entries(alone.rowCounts)) expect(preview.counts[sheet]?.new, sheet).toBe(rows);
      expect(preview.counts['人员']?.new).toBe(PERSONS);

      const commit = await called<{ jobId: string }>(runtime, 'workbook.commit', { previewJobId: second.jobId });
      const done = await untilJobEnds(runtime, commit.jobId);
      expect(done.state, JSON.stringify(done.error)).toBe('done');
      expect(rowCount(runtime, 'persons')).toBe(PERSONS);
    } finally {
      runtime.dispose();
    }
  }, 240_000);
});
