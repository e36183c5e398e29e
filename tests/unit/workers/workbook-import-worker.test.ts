/**
 * The workbook import in its worker thread: the main thread answers while the worker writes (jobs.get sees the
 * write in progress, a save is refused at once instead of waiting for the lock), a cancel before the commit — in the
 * preview or in the middle of the write — leaves the database exactly as it was, and the same file then imports.
 */
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../shared/contract/jobs';
import type { ImportPreview } from '../../../shared/contract/workbook';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import { writeSyntheticWorkbook } from '../../fixtures/synthetic-workbook';
import { dbFingerprint } from '../support/db-fingerprint';
import { called, untilJobEnds } from '../support/follow-job';
import { rowCount, tempDir, tempRuntime } from '../support/temp-runtime';

const PERSONS = 12_000;
let file: string;

beforeAll(async () => {
  file = join(tempDir('desk-worker-import-'), 'synthetic.xlsx');
  await writeSyntheticWorkbook(file, PERSONS);
}, 120_000);
afterAll(() => undefined);

async function preview(runtime: DeskRuntime): Promise<{ jobId: string; status: JobStatus }> {
  const ref = runtime.files.register({ path: file, name: basename(file), direction: 'input' });
  const { jobId } = await called<{ jobId: string }>(runtime, 'workbook.preview', { file: ref });
  return { jobId, status: await untilJobEnds(runtime, jobId) };
}

describe('the workbook import in a worker thread', () => {
  it('writes while the main thread answers: progress is seen, a save is refused at once, then the data is there', async () => {
    const runtime = tempRuntime();
    try {
      const { jobId, status } = await preview(runtime);
      expect(status.state).toBe('done');
      expect((status.result as ImportPreview).ok).toBe(true);
      const commit = await called<{ jobId: string }>(runtime, 'workbook.commit', { previewJobId: jobId });
      const notes: string[] = [];
      let refused: string | null = null;
      const end = await untilJobEnds(runtime, commit.jobId, async (running) => {
        notes.push(running.note);
        if (refused === null && /已写入 \d+ 条/.test(running.note)) {
          const save = await runtime.call('communities.create', { code: '321102001009', name: '新社区', kind: 'community', contact: null });
          refused = save.ok ? 'saved' : save.error.message;
        }
      });
      expect(end.state, JSON.stringify(end.error)).toBe('done');
      expect(notes.some((n) => /已写入 \d+ 条/.test(n))).toBe(true);
      expect(refused).toMatch(/正在导入标准数据工作簿.*本次修改未写入/);
      expect(rowCount(runtime, 'persons')).toBe(PERSONS);
      // After the import a save goes through again.
      const after = await runtime.call('communities.create', { code: '321102001009', name: '新社区', kind: 'community', contact: null });
      expect(after.ok ? 'saved' : after.error.message).toBe('saved');
    } finally {
      runtime.dispose();
    }
  }, 180_000);

  it('cancelled in the middle of the write: rolled back, the database exactly as before; the file imports afterwards', async () => {
    const runtime = tempRuntime();
    try {
      const before = dbFingerprint(runtime);
      const { jobId } = await preview(runtime);
      const commit = await called<{ jobId: string }>(runtime, 'workbook.commit', { previewJobId: jobId });
      let asked = false;
      const end = await untilJobEnds(runtime, commit.jobId, async (running) => {
        if (!asked && /已写入 \d+ 条/.test(running.note)) {
          asked = true;
          await called(runtime, 'jobs.cancel', { id: commit.jobId });
        }
      });
      expect(asked).toBe(true);
      expect(end.state).toBe('failed');
      expect(end.error?.message).toMatch(/已取消，数据库未改动/);
      expect(dbFingerprint(runtime)).toBe(before);
      // The preview's worker is gone with it: a new preview and commit import the same file.
      const again = await preview(runtime);
      const done = await untilJobEnds(runtime, (await called<{ jobId: string }>(runtime, 'workbook.commit', { previewJobId: again.jobId })).jobId);
      expect(done.state).toBe('done');
      expect(rowCount(runtime, 'persons')).toBe(PERSONS);
    } finally {
      runtime.dispose();
    }
  }, 240_000);

  it('cancelled while reading: the worker ends, nothing is written, and the preview cannot be committed', async () => {
    const runtime = tempRuntime();
    try {
      const before = dbFingerprint(runtime);
      const ref = runtime.files.register({ path: file, name: basename(file), direction: 'input' });
      const { jobId } = await called<{ jobId: string }>(runtime, 'workbook.preview', { file: ref });
      const cancelled = await called<JobStatus>(runtime, 'jobs.cancel', { id: jobId });
      expect(cancelled.id).toBe(jobId);
      const end = await untilJobEnds(runtime, jobId);
      expect(end.state).toBe('failed');
      expect(end.error?.message).toMatch(/已取消，数据库未改动/);
      const commit = await runtime.call('workbook.commit', { previewJobId: jobId });
      expect(commit.ok).toBe(false);
      expect(dbFingerprint(runtime)).toBe(before);
    } finally {
      runtime.dispose();
    }
  }, 120_000);
});
