/**
 * The rows not imported as a workbook the office can fix and import again: the file's own header and cells, with a
 * 原行号 and a 问题说明 column; the same header means the same mapping (template) applies on the way back in.
 */
import { XlsxStreamWriter } from '../workbook/xlsx-stream-writer';
import type { PreparedLedger } from './preview-ledger';

export async function writeLedgerErrorReport(path: string, prepared: PreparedLedger): Promise<number> {
  const headers = prepared.headers;
  const writer = new XlsxStreamWriter(path, [
    {
      name: '未导入的行',
      columns: [...headers.map((h) => ({ header: h, width: Math.min(30, Math.max(10, h.length * 2 + 2)) })), { header: '原行号', width: 8 }, { header: '问题说明', width: 70 }],
    },
  ]);
  let count = 0;
  const rows = (function* () {
    for (const row of prepared.rows) {
      if (row.status === 'valid') continue;
      count += 1;
      const cells = prepared.rejectedCells.get(row.row) ?? headers.map(() => null);
      const problems = row.issues.filter((i) => i.severity === 'error').map((i) => `${i.column}：${i.message}`);
      yield [...cells, row.row, problems.join('；')];
    }
  })();
  await writer.writeSheet(rows);
  await writer.finish();
  return count;
}
