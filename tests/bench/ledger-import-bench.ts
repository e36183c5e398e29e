/** The 导入本所台账 benchmark cases' calls through the API: inspect + preview (a job), then commit (a job). */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LedgerCommitted, LedgerInspection, LedgerPreview } from '../../shared/contract/ledger-import';
import type { LedgerKind } from '../../shared/domain/ledger-import/ledger-fields';
import type { DeskRuntime } from '../../electron/services/runtime/desk-runtime';

async function call<T>(runtime: DeskRuntime, method: string, input: unknown): Promise<T> {
  const result = await runtime.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

async function job<T>(runtime: DeskRuntime, method: string, input: unknown): Promise<{ jobId: string; result: T }> {
  const { jobId } = await call<{ jobId: string }>(runtime, method, input);
  for (;;) {
    const status = runtime.jobs.get(jobId);
    if (status.state === 'failed') throw new Error(status.error?.message);
    if (status.state === 'done') return { jobId, result: status.result as T };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export interface TimedPreview {
  jobId: string;
  preview: LedgerPreview;
  /** inspect + preview, as the clerk waits for them. */
  ms: number;
}

/** Inspects `fileName` in `workDir` and previews it as `kind` with the suggested mapping, into the first community. */
export async function previewLedgerFile(runtime: DeskRuntime, workDir: string, fileName: string, kind: LedgerKind): Promise<TimedPreview> {
  const communities = await call<{ id: number; code: string }[]>(runtime, 'communities.list', {});
  const community = communities[0];
  if (!community) throw new Error('no community');
  const file = runtime.files.register({ path: join(workDir, fileName), name: fileName, direction: 'input' });
  const started = performance.now();
  const inspection = await call<LedgerInspection>(runtime, 'ledgerImport.inspect', { file, sheet: null });
  const { jobId, result } = await job<LedgerPreview>(runtime, 'ledgerImport.preview', {
    file,
    sheet: inspection.sheet,
    kind,
    communityId: community.id,
    mapping: inspection.suggestions[kind],
    saveAs: null,
  });
  return { jobId, preview: result, ms: performance.now() - started };
}

/** 确认导入 of a preview; returns what was written and how long it took. */
export async function commitPreview(runtime: DeskRuntime, previewJobId: string): Promise<{ committed: LedgerCommitted; ms: number }> {
  const started = performance.now();
  const { result } = await job<LedgerCommitted>(runtime, 'ledgerImport.commit', { previewJobId });
  return { committed: result, ms: performance.now() - started };
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
