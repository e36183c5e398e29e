import ExcelJS from 'exceljs';
import type { ImportProblemDto } from '../../../shared/contract/workbook';

/** The list of problems as a workbook the clerk can filter and work through in Excel. */
export async function writeErrorReport(path: string, fileName: string, errors: ImportProblemDto[], omitted: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('错误清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '工作表', key: 'sheet', width: 12 },
    { header: '行', key: 'row', width: 8 },
    { header: '列', key: 'column', width: 16 },
    { header: '值', key: 'value', width: 24 },
    { header: '问题', key: 'message', width: 70 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const e of errors) sheet.addRow([e.sheet, e.row, e.column, e.value, e.message]).commit();
  if (omitted > 0) sheet.addRow(['', null, '', '', `另有 ${omitted} 个问题未列出：请先改正以上问题后重新导入`]).commit();
  sheet.addRow([]).commit();
  sheet.addRow(['', null, '', '', `源文件：${fileName}`]).commit();
  sheet.commit();
  await workbook.commit();
}
