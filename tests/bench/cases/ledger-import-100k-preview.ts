import { join } from 'node:path';
import { generatedLabourRows, writeLedgerXlsx } from '../../fixtures/ledger-builder';
import type { BenchCase } from '../bench-case';
import { previewLedgerFile, seconds } from '../ledger-import-bench';
import { openRuntimeAt } from '../large-street';
import { prepareLargeCopy } from '../population-bench';

const ROWS = 100_000;

/**
 * The bad input "a 100,000-row sheet (preview within seconds, memory bounded)" at street size: a generated
 * 100,000-row labour ledger (the messy rows of ledger-import-10k, ten times over) inspected and previewed against a
 * copy of the large street. Nothing is committed; the peak RSS is the whole process's.
 */
export const ledgerImport100kPreview: BenchCase = {
  name: 'ledger-import-100k-preview',
  description: `导入本所台账: preview of a ${ROWS.toLocaleString('en')}-row labour ledger against the large street`,
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
      const { preview, ms } = await previewLedgerFile(runtime, ctx.workDir, 'ledger.xlsx', 'labour');
      const s = preview.summary;
      ctx.note(
        `${preview.dataRows.toLocaleString('en')} rows (valid ${s.valid}, rejected ${s.rejected}, duplicates ${s.duplicates}; new ${s.new}, updates ${s.updates}, ${s.newHouseholds} new households); preview ${seconds(ms)}`,
      );
      return { wallMs: ms };
    } finally {
      runtime.close();
    }
  },
};
