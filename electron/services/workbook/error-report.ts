import type { ImportProblemDto } from '../../../shared/contract/workbook';
import { XlsxStreamWriter } from './xlsx-stream-writer';

/** The list of problems as a workbook the clerk can filter and work through in Excel. */
export async function writeErrorReport(path: string, fileName: string, errors: ImportProblemDto[], omitted: number): Promise<void> {
  const writer = new XlsxStreamWriter(path, [
    {
      name: '错误清单',
      columns: [
        { header: '工作表', width: 12 },
        { header: '行', width: 8 },
        { header: '列', width: 16 },
        { header: '值', width: 24 },
        { header: '问题', width: 70 },
      ],
    },
  ]);
  const rows = errors.map((e) => [e.sheet, e.row, e.column, e.value, e.message]);
  if (omitted > 0) rows.push(['', null, '', '', `另有 ${omitted} 个问题未列出：请先改正以上问题后重新导入`]);
  rows.push(['', null, '', '', `源文件：${fileName}`]);
  await writer.writeSheet(rows);
  await writer.finish();
}
