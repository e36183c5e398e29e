import { join } from 'node:path';
import { generatedLabourRows, writeLedgerXlsx } from '../../fixtures/ledger-builder';
import type { BenchCase } from '../bench-case';
import { commitPreview, previewLedgerFile, seconds } from '../ledger-import-bench';
import { openRuntimeAt } from '../large-street';
import { prepareLargeCopy } from '../population-bench';

const ROWS = 10_000;

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
      const { jobId, preview, ms: previewMs } = await previewLedgerFile(runtime, ctx.workDir, 'ledger.xlsx', 'labour');
      const { committed, ms: commitMs } = await commitPreview(runtime, jobId);
      const s = preview.summary;
      ctx.note(
        `${preview.dataRows.toLocaleString('en')} rows (valid ${s.valid}, rejected ${s.rejected}, duplicates ${s.duplicates}; new ${committed.persons.new}, updated ${committed.persons.changed}, ${committed.households} new households); preview ${seconds(previewMs)}, commit ${seconds(commitMs)}`,
      );
      return { wallMs: previewMs + commitMs };
    } finally {
      runtime.close();
    }
  },
};
