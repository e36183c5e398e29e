/**
 * 填表说明: the notes sheet of the blank template (and of every export): the rules for every sheet, then each
 * sheet and each of its columns — what it means, whether it must be filled, the values it takes, an example.
 * docs/workbook-v2.md says the same things (a unit test keeps them in step).
 */
import type { ColumnDef, ColumnKind } from './sheet-kit';
import { NOTES_SHEET, SHEET_DEFS, SHEET_ORDER, WORKBOOK_FORMAT_VERSION } from './sheets';

export const NOTES_COLUMNS: { header: string; width: number }[] = [
  { header: '工作表', width: 14 },
  { header: '列', width: 20 },
  { header: '是否必填', width: 10 },
  { header: '含义与规则', width: 70 },
  { header: '可填的值', width: 34 },
  { header: '示例', width: 24 },
];

/** The rules every sheet follows. */
export const GENERAL_RULES: string[] = [
  `本文件是“充分就业社区工作台”的标准数据工作簿，第 ${WORKBOOK_FORMAT_VERSION} 版：一个街道全部由经办人录入的数据，可在 Excel 或 WPS 中填写后导入，也可导入另一台电脑上的工作台。`,
  '每张工作表的第 1 行是列标题，须与本说明一字不差，列的先后可以调换；不认识的列会被指出，整个文件不导入。选填的列可以整列不要：导入时，文件中没有的列保留数据库中原有的内容。',
  '日期填 Excel 日期，或文字 2024-03-15、2024/3/15、2024.3.15、2024年3月15日、20240315；除计划日期外不得晚于导入当天。是/否列填“是”或“否”。空格 = 未记录。',
  '身份证号码、社区代码、户编号等按文本填写（本模板已把这些列设为文本格式，Excel 不会把 18 位号码变成科学计数）。',
  '各表之间用关键列互相指明：人员用身份证号码，户用户编号，社区用社区代码，用工单位用单位名称，岗位用单位名称、岗位名称、发布日期，认定用身份证号码和申请日期，援助协议用身份证号码和签订日期。所指的记录须在本文件或数据库中，否则指出所在的工作表、行和列。',
  '导入先逐行、逐表核对；只要有一个问题，什么都不写入，并列出每个问题的工作表、行、列和原因（可下载错误清单）。没有问题时先显示每张表新增、修改、不变的行数，确认后一次写入。导入新增和修改记录，文件中没有的记录不会被删除（有“移户记录”表时，文件中每个人的户籍历史按文件重写）。',
  '不在工作簿中的：保存的考核结果、手工评定、工作日历的调整、设置、用户和操作日志；要连同这些一起转移，请在关闭程序后复制数据库文件 desk.sqlite。',
  `“${NOTES_SHEET}”工作表只供阅读，导入时跳过。`,
];

const KIND_VALUES: Record<ColumnKind, string> = {
  text: '文字',
  id: '18 位号码，按文本填写',
  code: '代码，按文本填写',
  date: '日期',
  yesNo: '是、否',
  choice: '',
  integer: '整数',
  decimal: '数字（最多两位小数）',
};

export function allowedValues(column: ColumnDef): string {
  if (column.values) return column.values.join('、');
  return KIND_VALUES[column.kind];
}

export function requiredText(column: ColumnDef): string {
  return column.required ? '必填' : '选填';
}

/** The notes sheet's rows after its header: the rules, then every sheet and its columns. */
export function notesRows(): string[][] {
  const rows: string[][] = GENERAL_RULES.map((rule) => ['（通用规则）', '', '', rule, '', '']);
  for (const field of SHEET_ORDER) {
    const def = SHEET_DEFS[field];
    rows.push([def.name, '（整张表）', def.required ? '必需的工作表' : '可以没有这张表', def.meaning, '', '']);
    for (const column of def.columns) {
      rows.push([def.name, column.header, requiredText(column), column.meaning, allowedValues(column), column.example === null ? '' : String(column.example)]);
    }
  }
  return rows;
}
