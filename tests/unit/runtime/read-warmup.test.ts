/**
 * The warm-up of the kept reads (electron/services/runtime/read-warmup.ts): a runtime opened with warmReads builds
 * today's worklist and the default standard's assessment in the background, step by step, answering requests
 * meanwhile; the first 待办 and 考核 after it are answered from the kept reads and equal fresh ones; the CLI's and
 * the tests' runtimes do not warm.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forgetMemoReads, memoStats } from '../../../db/read-memo';
import { migrationsDir } from '../../../db/migrations-dir';
import { loadDemoStreet } from '../../../electron/services/demo/demo-service';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import { buildWorklist, buildWorklistAfresh } from '../../../electron/services/worklist/build-worklist';
import { tempDir } from '../support/temp-runtime';

const TODAY = '2026-11-20';
let dataDir: string;

const open = (warmReads: boolean): DeskRuntime => openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser', today: () => TODAY, warmReads });

beforeAll(() => {
  dataDir = tempDir('desk-warmup-');
  const loading = open(false);
  try {
    loadDemoStreet(loading.db, loading.caller(), { size: 'small', seed: 20261120, asOf: TODAY, today: TODAY });
  } finally {
    loading.close();
  }
}, 180_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('warms today’s worklist and assessment after open, answering a request in between', async () => {
  const runtime = open(true);
  try {
    const warming = runtime.warmup();
    expect(warming).not.toBeNull();
    // A request made while the warm-up runs is answered (between two of its steps).
    const counts = await runtime.call('worklist.counts', { asOf: TODAY });
    expect(counts.ok).toBe(true);
    const report = await warming;
    expect(report?.stopped).toBeNull();
    const names = report?.steps.map(([name]) => name) ?? [];
    expect(names.slice(0, 10)).toEqual(['population', 'registrations', 'recognitions', 'families', 'unemployed', 'concerned', 'digests', 'completeness', 'worklist', 'metrics']);
    // The default standard's metrics one step each, then its run.
    expect(names).toContain('metric employment-rate');
    expect(names.filter((name) => name.startsWith('metric ')).length).toBeGreaterThan(3);
    expect(names[names.length - 1]).toBe('assessment');

    const before = memoStats(runtime.db.sqlite);
    const kept = buildWorklist(runtime.db, TODAY, null);
    const run = await runtime.call('assessment.run', { standardId: 'chongqing-2007', asOf: TODAY });
    expect(run.ok).toBe(true);
    const after = memoStats(runtime.db.sqlite);
    expect(after.hits).toBeGreaterThan(before.hits);
    // The worklist was kept whole: no read of it was read afresh.
    expect(memoStats(runtime.db.sqlite).misses).toBe(before.misses);
    forgetMemoReads(runtime.db.sqlite);
    expect(kept).toEqual(buildWorklistAfresh(runtime.db, TODAY, null));
  } finally {
    runtime.close();
  }
});

it('warms again after a job has ended, and not at all without warmReads', async () => {
  const runtime = open(true);
  try {
    const first = runtime.warmup();
    await first;
    const exported = await runtime.call('workbook.export', { file: null });
    expect(exported.ok).toBe(true);
    const jobId = (exported.ok ? exported.value : { jobId: '' }) as { jobId: string };
    for (let i = 0; i < 600; i += 1) {
      const status = await runtime.call('jobs.get', { id: jobId.jobId });
      if (status.ok && (status.value as { state: string }).state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const again = runtime.warmup();
    expect(again).not.toBe(first);
    expect((await again)?.stopped).toBeNull();
  } finally {
    runtime.close();
  }
  const cold = open(false);
  try {
    expect(cold.warmup()).toBeNull();
  } finally {
    cold.close();
  }
}, 120_000);
