import { join } from 'node:path';
import { makeIdNumber } from '../../../shared/domain/id-number';
import type { LedgerCell } from '../../fixtures/ledger-builder';
import { writeLedgerXlsx } from '../../fixtures/ledger-builder';
import type { BenchCase } from '../bench-case';
import { commitPreview, previewLedgerFile, seconds } from '../ledger-import-bench';
import { openRuntimeAt } from '../large-street';
import { prepareLargeCopy } from '../population-bench';

const ROWS = 10_000;
/** Records the street already holds, listed again as they are (unchanged) and with another 经办人 (updates). */
const SAME = 400;
const OTHER_CLERK = 100;
const DUPLICATES = 50;
const UNKNOWN = 50;
const NEW = ROWS - SAME - OTHER_CLERK - DUPLICATES - UNKNOWN;

const KINDS = [
  ['职业指导', '职业指导：求职技巧'],
  ['跟踪回访', '电话回访：了解求职进展'],
  ['就业见习', '就业见习：商超理货'],
] as const;

interface Listed {
  idNumber: string;
  name: string;
  date: string;
  content: string | null;
  clerk: string | null;
}

/**
 * 导入本所台账 of a 10,000-row 服务记录台账 naming persons of the large street: new records of 9,400 persons spread
 * over the street, 500 records the street already holds (400 as they are, 100 with another 经办人), 50 rows
 * repeated inside the file and 50 persons the street does not have — preview (only the named persons' records
 * read), then commit.
 */
export const ledgerImportServices10k: BenchCase = {
  name: 'ledger-import-services-10k',
  description: `导入本所台账: a ${ROWS.toLocaleString('en')}-row 服务记录台账 naming persons of the large street — preview, then commit`,
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
    const runtime = openRuntimeAt(ctx.workDir);
    let persons: { idNumber: string; name: string }[];
    let existing: Listed[];
    let known: Set<string>;
    try {
      const sqlite = runtime.db.sqlite;
      persons = sqlite
        .prepare(
          `SELECT id_number AS idNumber, name FROM persons WHERE archived_on IS NULL AND birth_date <= '2008-01-01'
            ORDER BY id % 997, id LIMIT ?`,
        )
        .all(NEW) as { idNumber: string; name: string }[];
      existing = sqlite
        .prepare(
          `SELECT p.id_number AS idNumber, p.name, s.date, s.content, s.clerk FROM service_records s JOIN persons p ON p.id = s.person_id
            WHERE s.kind = 'guidance' AND s.agreement_id IS NULL AND s.vacancy_id IS NULL ORDER BY s.id % 991, s.id LIMIT ?`,
        )
        .all(SAME + OTHER_CLERK) as Listed[];
      known = new Set(sqlite.prepare('SELECT id_number FROM persons').pluck().all() as string[]);
    } finally {
      runtime.close();
    }
    if (persons.length < NEW || existing.length < SAME + OTHER_CLERK) throw new Error('the large street has too few persons or services');
    const rows: LedgerCell[][] = [];
    persons.forEach((p, i) => {
      const [word, content] = KINDS[i % KINDS.length] ?? KINDS[0];
      const date = `2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      rows.push([rows.length + 1, p.name, p.idNumber, date, word, content, '王芳']);
    });
    existing.forEach((s, i) => rows.push([rows.length + 1, s.name, s.idNumber, s.date, '职业指导', s.content, i < SAME ? s.clerk : '赵磊']));
    for (let i = 0; i < DUPLICATES; i += 1) rows.push([rows.length + 1, ...(rows[i * 97]?.slice(1) ?? [])]);
    for (let seq = 1; rows.length < ROWS; seq += 1) {
      const idNumber = makeIdNumber('321102', '1979-06-15', seq);
      if (!known.has(idNumber)) rows.push([rows.length + 1, '外来人员', idNumber, '2026-06-01', '职业指导', '职业指导：求职技巧', '王芳']);
    }
    await writeLedgerXlsx(join(ctx.workDir, 'services.xlsx'), {
      title: '金山社区就业服务记录台账',
      columns: [{ header: '序号' }, { header: '姓名' }, { header: '身份证号' }, { header: '服务时间' }, { header: '服务项目' }, { header: '服务内容' }, { header: '经办人' }],
      rows,
      footer: [['合计'], ['制表人：王芳']],
    });
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const { jobId, preview, ms: previewMs } = await previewLedgerFile(runtime, ctx.workDir, 'services.xlsx', 'services');
      const { committed, ms: commitMs } = await commitPreview(runtime, jobId);
      const s = preview.summary;
      ctx.note(
        `${preview.dataRows.toLocaleString('en')} rows (valid ${s.valid}: new ${s.new}, updates ${s.updates}, unchanged ${s.unchanged}; rejected ${s.rejected}, duplicates ${s.duplicates}; ${committed.services} records written); preview ${seconds(previewMs)}, commit ${seconds(commitMs)}`,
      );
      return { wallMs: previewMs + commitMs };
    } finally {
      runtime.close();
    }
  },
};
