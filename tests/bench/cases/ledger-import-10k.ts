import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LedgerCommitted, LedgerInspection, LedgerPreview } from '../../../shared/contract/ledger-import';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import { generatedLabourRows, writeLedgerXlsx } from '../../fixtures/ledger-builder';
import type { BenchCase } from '../bench-case';
import { openRuntimeAt } from '../large-street';
import { prepareLargeCopy } from '../population-bench';

const ROWS = 10_000;

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

/**
 * 导入本所台账 of a 10,000-row messy ledger (title rows, IDs with spaces / full-width digits / lower-case x, some bad
 * checksums, several persons per address) into a copy of the large street: inspect + preview (every row read,
 * checked and planned against the database), then commit (one transaction, derived state refreshed).
 */
export const ledgerImport10k: BenchCase = {
  name: 'ledger-import-10k',
  description: `导入本所台账: a ${ROWS.toLocaleString('en')}-row messy ledger into the large street — preview, then commit`,
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
    await writeLedgerXlsx(join(ctx.workDir, 'ledger.xlsx'), {
      title: '金山社区劳动力资源台账',
      columns: [{ header: '序号' }, { header: '姓名' }, { header: '公民身份号码' }, { header: '联系电话' }, { header: '家庭住址' }, { header: '文化程度' }],
      rows: [...generatedLabourRows(ROWS)],
      footer: [['合计'], ['制表人：王芳']],
    });
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const communities = await call<{ id: number; code: string }[]>(runtime, 'communities.list', {});
      const community = communities[0];
      if (!community) throw new Error('no community');
      const file = runtime.files.register({ path: join(ctx.workDir, 'ledger.xlsx'), name: 'ledger.xlsx', direction: 'input' });
      const started = performance.now();
      const inspection = await call<LedgerInspection>(runtime, 'ledgerImport.inspect', { file, sheet: null });
      const preview = await job<LedgerPreview>(runtime, 'ledgerImport.preview', {
        file,
        sheet: inspection.sheet,
        kind: 'labour',
        communityId: community.id,
        mapping: inspection.suggestions.labour,
        saveAs: null,
      });
      const previewMs = performance.now() - started;
      const committed = await job<LedgerCommitted>(runtime, 'ledgerImport.commit', { previewJobId: preview.jobId });
      const wallMs = performance.now() - started;
      const s = preview.result.summary;
      ctx.note(
        `${preview.result.dataRows.toLocaleString('en')} rows (valid ${s.valid}, rejected ${s.rejected}, duplicates ${s.duplicates}; new ${committed.result.persons.new}, updated ${committed.result.persons.changed}, ${committed.result.households} new households); preview ${(previewMs / 1000).toFixed(2)} s, commit ${((wallMs - previewMs) / 1000).toFixed(2)} s`,
      );
      return { wallMs };
    } finally {
      runtime.close();
    }
  },
};
