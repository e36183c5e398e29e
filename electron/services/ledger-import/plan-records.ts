/**
 * Ledgers of records about persons already known (服务记录台账): each row names its person by 身份证 — a person
 * who is neither in the database nor added by this file is an error naming the row — and becomes a record keyed as
 * the standard workbook keys that sheet (身份证|日期|服务类型|内容|序号 for 服务记录), so that importing the same
 * file again finds every record unchanged. A ledger has no 序号: two rows of the same person, day, kind and content
 * cannot be told apart, and the later is a duplicate pointing at the first.
 */
import type { CheckedRow } from '../../../shared/domain/ledger-import/check-row';
import type { LedgerField } from '../../../shared/domain/ledger-import/ledger-fields';
import type { RowNumbers } from '../../../shared/domain/workbook/cross-check';
import type { ServiceRecord, StreetData } from '../../../shared/domain/workbook/records';
import { emptyStreetData, SHEET_DEFS } from '../../../shared/domain/workbook/sheets';
import type { SheetField } from '../../../shared/domain/workbook/sheets';
import type { SheetsPresent } from '../workbook/plan-import';
import type { WorkbookSnapshot } from '../workbook/workbook-snapshot';

export interface RecordRow extends CheckedRow {
  status: 'valid' | 'rejected' | 'duplicate';
  change: 'new' | 'update' | 'unchanged' | null;
  differences: { field: string; before: string | null; after: string | null }[];
}

/** The columns the row's issues name: the file's headers of the ID and name columns. */
export interface RecordColumns {
  idNumber: string;
  name: string;
}

/** The 服务记录 sheet's columns a mapped field fills (the others, absent, keep what the database holds). */
const SERVICE_COLUMN: Partial<Record<LedgerField, string>> = {
  idNumber: '身份证号码',
  serviceDate: '日期',
  serviceKind: '服务类型',
  serviceContent: '内容',
  clerk: '经办人',
  outcome: '服务结果',
  course: '培训项目',
  hours: '学时',
  certificate: '证书',
};

export function recordsPresent(fields: ReadonlySet<LedgerField>): SheetsPresent {
  const columns = new Set<string>();
  for (const field of fields) {
    const header = SERVICE_COLUMN[field];
    if (header !== undefined) columns.add(header);
  }
  return { sheets: new Set<SheetField>(['services']), columns: new Map([['services', columns]]) };
}

function serviceOf(row: CheckedRow, idNumber: string): ServiceRecord | null {
  const v = row.values;
  if (v.serviceDate === null || v.serviceKind === null) return null;
  return {
    idNumber,
    date: v.serviceDate,
    kind: v.serviceKind,
    referralResult: null,
    content: v.serviceContent,
    seq: 1,
    clerk: v.clerk,
    outcome: v.outcome,
    referralResultOn: null,
    vacancy: null,
    course: v.course,
    hours: v.hours,
    certificate: v.certificate,
    benefitType: null,
    amount: null,
    benefitPeriod: null,
    approvalNumber: null,
    agreementSignedOn: null,
  };
}

/** Marks the later of two rows holding the same record (same person, day, kind and content) as its duplicate. */
export function markRecordDuplicates(rows: RecordRow[], column: string): void {
  const first = new Map<string, number>();
  for (const row of rows) {
    if (row.status !== 'valid' || row.idNumber === null) continue;
    const record = serviceOf(row, row.idNumber);
    if (record === null) continue;
    const key = SHEET_DEFS.services.key(record);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, row.row);
    else {
      row.status = 'duplicate';
      row.issues.unshift({ column, severity: 'error', message: `与第 ${seen} 行是同一条记录（同一人、同一天、同一服务类型和内容），本行不导入；以第 ${seen} 行为准` });
    }
  }
}

/** Rejects the rows whose person is not in the database (a records ledger adds no one), or whose name is another's. */
export function checkRecordPersons(rows: RecordRow[], snapshot: WorkbookSnapshot, columns: RecordColumns): void {
  for (const row of rows) {
    if (row.status !== 'valid' || row.idNumber === null) continue;
    const found = snapshot.persons.get(row.idNumber);
    if (!found) {
      row.status = 'rejected';
      row.issues.push({
        column: columns.idNumber,
        severity: 'error',
        message: `第 ${row.row} 行：身份证号码 ${row.idNumber} 的人不在数据库中，本文件也没有此人：请先导入劳动力资源台账或在“人员与家庭”中录入此人，再导入本行`,
      });
    } else if (row.values.name !== null && row.values.name !== found.record.name) {
      row.status = 'rejected';
      row.issues.push({
        column: columns.name,
        severity: 'error',
        message: `第 ${row.row} 行：姓名“${row.values.name}”与数据库中该身份证号码的人（${found.record.name}）不符，请核对身份证号码`,
      });
    }
  }
}

function emptyRows(): RowNumbers {
  return Object.fromEntries(Object.keys(SHEET_DEFS).map((f) => [f, [] as number[]])) as unknown as RowNumbers;
}

const shownValue = (v: string | number | null): string | null => (v === null ? null : String(v));

const COMPARED = [
  ['clerk', '经办人'],
  ['outcome', '服务结果'],
  ['hours', '学时'],
  ['certificate', '证书'],
] as const;

/** The records of the rows still valid, each marked new, update (with the differences) or unchanged. */
export function buildRecords(rows: RecordRow[], snapshot: WorkbookSnapshot, fields: ReadonlySet<LedgerField>): { data: StreetData; rowNumbers: RowNumbers } {
  const data = emptyStreetData();
  const rowNumbers = emptyRows();
  for (const row of rows) {
    row.change = null;
    row.differences = [];
    if (row.status !== 'valid' || row.idNumber === null) continue;
    const record = serviceOf(row, row.idNumber);
    if (record === null) continue;
    const inDb = snapshot.services.get(SHEET_DEFS.services.key(record));
    if (!inDb) row.change = 'new';
    else {
      for (const [field, label] of COMPARED) {
        // What the row leaves empty stays as it is.
        if (record[field] === null) (record as unknown as Record<string, unknown>)[field] = inDb.record[field];
        else if (fields.has(field) && record[field] !== inDb.record[field]) row.differences.push({ field: label, before: shownValue(inDb.record[field]), after: shownValue(record[field]) });
      }
      row.change = row.differences.length > 0 ? 'update' : 'unchanged';
    }
    data.services.push(record);
    rowNumbers.services.push(row.row);
  }
  return { data, rowNumbers };
}
