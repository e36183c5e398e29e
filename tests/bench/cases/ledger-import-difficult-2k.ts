import { join } from 'node:path';
import { makeIdNumber } from '../../../shared/domain/id-number';
import type { LedgerCell } from '../../fixtures/ledger-builder';
import { writeLedgerXlsx } from '../../fixtures/ledger-builder';
import type { BenchCase } from '../bench-case';
import { commitPreview, previewLedgerFile, seconds } from '../ledger-import-bench';
import { openRuntimeAt } from '../large-street';
import { prepareLargeCopy } from '../population-bench';

const ROWS = 2_000;
const DUPLICATES = 50;
const UNKNOWN = 50;
const NEW = ROWS - DUPLICATES - UNKNOWN;

const CATEGORIES = ['4050人员', '低保户', '残疾人', '长期失业人员', '零就业家庭'] as const;

/**
 * 导入本所台账 of a 2,000-row 就业困难人员台账 (about a big street's recognitions in a year) naming persons of the
 * large street who hold no recognition: 1,900 applications recognised on review, 50 rows repeated inside the file
 * and 50 persons the street does not have — each row applied through the person page's recognition service, in the
 * preview (rolled back) and the commit.
 */
export const ledgerImportDifficult2k: BenchCase = {
  name: 'ledger-import-difficult-2k',
  description: `导入本所台账: a ${ROWS.toLocaleString('en')}-row 就业困难人员台账 naming persons of the large street — preview, then commit`,
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
    const runtime = openRuntimeAt(ctx.workDir);
    let persons: { idNumber: string; name: string }[];
    let known: Set<string>;
    try {
      const sqlite = runtime.db.sqlite;
      persons = sqlite
        .prepare(
          `SELECT id_number AS idNumber, name FROM persons p
            WHERE archived_on IS NULL AND birth_date BETWEEN '1970-01-01' AND '2000-01-01'
              AND NOT EXISTS (SELECT 1 FROM difficulty_recognitions r WHERE r.person_id = p.id)
            ORDER BY id % 997, id LIMIT ?`,
        )
        .all(NEW) as { idNumber: string; name: string }[];
      known = new Set(sqlite.prepare('SELECT id_number FROM persons').pluck().all() as string[]);
    } finally {
      runtime.close();
    }
    if (persons.length < NEW) throw new Error('the large street has too few persons without a recognition');
    const rows: LedgerCell[][] = [];
    persons.forEach((p, i) => {
      const month = String(1 + (i % 9)).padStart(2, '0');
      const day = String(1 + (i % 20)).padStart(2, '0');
      rows.push([rows.length + 1, p.name, p.idNumber, CATEGORIES[i % CATEGORIES.length] ?? '4050人员', `2026-${month}-${day}`, '认定', `2026-${month}-${String(Number(day) + 5).padStart(2, '0')}`, '王芳']);
    });
    for (let i = 0; i < DUPLICATES; i += 1) rows.push([rows.length + 1, ...(rows[i * 37]?.slice(1) ?? [])]);
    for (let seq = 1; rows.length < ROWS; seq += 1) {
      const idNumber = makeIdNumber('321102', '1975-03-15', seq);
      if (!known.has(idNumber)) rows.push([rows.length + 1, '外来人员', idNumber, '低保户', '2026-06-01', '认定', '2026-06-08', '王芳']);
    }
    await writeLedgerXlsx(join(ctx.workDir, 'difficult.xlsx'), {
      title: '江滨街道就业困难人员认定台账',
      columns: [{ header: '序号' }, { header: '姓名' }, { header: '身份证号' }, { header: '人员类别' }, { header: '申请时间' }, { header: '审核结果' }, { header: '认定时间' }, { header: '审核人' }],
      rows,
      footer: [['制表人：王芳']],
    });
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const { jobId, preview, ms: previewMs } = await previewLedgerFile(runtime, ctx.workDir, 'difficult.xlsx', 'difficult');
      const { committed, ms: commitMs } = await commitPreview(runtime, jobId);
      const s = preview.summary;
      ctx.note(
        `${preview.dataRows.toLocaleString('en')} rows (valid ${s.valid}: new ${s.new}, updates ${s.updates}, unchanged ${s.unchanged}; rejected ${s.rejected}, duplicates ${s.duplicates}; committed ${JSON.stringify(committed)}); preview ${seconds(previewMs)} (${(previewMs / preview.dataRows).toFixed(2)} ms/row), commit ${seconds(commitMs)}`,
      );
      return { wallMs: previewMs + commitMs };
    } finally {
      runtime.close();
    }
  },
};
