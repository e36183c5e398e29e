/**
 * 待办 as an Excel file, as filtered on the page (worklist.exportXlsx): one sheet named for the date, a bold frozen
 * header, 身份证号码 masked as on the screen, 期限 a real date, 处理情况 for rows shown with 已处理/暂缓. Small (one
 * street's rows), written with the workbook's streaming writer (text never a formula).
 */
import type { WorklistList, WorklistListRow } from '../../../shared/contract/worklist';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { parseIsoDate } from '../../../shared/domain/dates';
import { WORKLIST_KIND_LABEL, WORKLIST_STATUS_LABEL } from '../../../shared/domain/worklist/kinds';
import type { CellValue } from '../../../shared/domain/workbook/cell-values';
import { XlsxStreamWriter } from '../workbook/xlsx-stream-writer';
import type { XlsxColumn } from '../workbook/xlsx-stream-writer';
import { dispositionText } from '../../../shared/domain/worklist/disposition-text';

const COLUMNS: XlsxColumn[] = [
  { header: '状态', width: 8 },
  { header: '期限', width: 12, style: 'date' },
  { header: '类型', width: 14 },
  { header: '社区', width: 12 },
  { header: '对象', width: 14 },
  { header: '身份证号码/户编号', width: 22, style: 'text' },
  { header: '事项', width: 70 },
  { header: '经办人', width: 10 },
  { header: '处理情况', width: 40 },
];

function dateCell(iso: string): Date {
  const { year, month, day } = parseIsoDate(iso);
  return new Date(Date.UTC(year, month - 1, day));
}


function cellsOf(row: WorklistListRow): CellValue[] {
  const key = row.subject.kind === 'person' ? maskIdNumber(row.subject.key) : row.subject.key;
  return [
    WORKLIST_STATUS_LABEL[row.status],
    dateCell(row.dueOn),
    WORKLIST_KIND_LABEL[row.kind],
    row.communityName,
    row.subject.name,
    key,
    row.detail,
    row.clerk,
    dispositionText(row.disposition),
  ];
}

/** Writes the list to `path`; returns the number of rows written. */
export async function writeWorklistXlsx(list: WorklistList, path: string): Promise<number> {
  const writer = new XlsxStreamWriter(path, [{ name: `待办（截至${list.asOf}）`, columns: COLUMNS }]);
  const count = await writer.writeSheet(list.rows.map(cellsOf));
  await writer.finish();
  return count;
}
