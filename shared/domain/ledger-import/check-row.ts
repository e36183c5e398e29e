/**
 * One data row of a ledger, read through the confirmed mapping and checked: errors reject the row (a bad or
 * truncated 身份证, no name, an impossible date), warnings keep it (a gender column disagreeing with the ID, a
 * month-only date, a phone number that is not one and is left out).
 */
import type { CellValue } from '../workbook/cell-values';
import type { Education, RegistrationReason, Relation, WorkAbility } from '../workbook/records';
import type { LedgerField, LedgerKind } from './ledger-fields';
import { LEDGER_FIELD_LABEL, recordsPersons } from './ledger-fields';
import { checkServiceFields } from './check-service-row';
import type { RowReading, ServiceValues } from './check-service-row';
import { checkRecognitionFields } from './check-recognition-row';
import type { RecognitionValues } from './check-recognition-row';
import { checkVacancyFields } from './check-vacancy-row';
import type { VacancyValues } from './check-vacancy-row';
import { plain } from './plain-cell';
import { normaliseDate } from './normalise-date';
import { normaliseIdNumber } from './normalise-id';
import { looseText, toHalfWidth } from './normalise-text';
import { normaliseEducation, normaliseGender, normaliseRelation, normaliseWorkAbility, normaliseYesNo } from './normalise-words';
import type { WordOutcome } from './normalise-words';

export interface RowIssue {
  /** The column's header as in the file (or the field's name when the column is missing). */
  column: string;
  severity: 'error' | 'warning';
  message: string;
}

/** The values a row gives, normalised; null = not given. */
export interface LedgerValues extends ServiceValues {
  name: string | null;
  birthDate: string | null;
  gender: 'M' | 'F' | null;
  phone: string | null;
  address: string | null;
  education: Education | null;
  relation: Relation | null;
  workAbility: WorkAbility | null;
  isStudent: boolean | null;
  isRetired: boolean | null;
  migrantWorker: boolean | null;
  veteran: boolean | null;
  skills: string | null;
  skillLevel: string | null;
  unemployedSince: string | null;
  unemploymentReason: RegistrationReason | null;
  registered: boolean | null;
  /** 就业困难人员台账: the recognition the row records. */
  recognition: RecognitionValues | null;
  /** 岗位台账: the employer and vacancy the row records. */
  vacancy: VacancyValues | null;
}

export interface CheckedRow {
  /** Excel row number. */
  row: number;
  /** The normalised 18-digit number, or null when it is missing or wrong. */
  idNumber: string | null;
  /** The legacy 15-digit number the ID was converted from. */
  convertedFrom: string | null;
  values: LedgerValues;
  issues: RowIssue[];
}

/** field → { column index (1-based), header as shown } of the confirmed mapping. */
export type ColumnsByField = Partial<Record<LedgerField, { index: number; header: string }>>;

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

/** 失业原因 words → the registration's reason. */
export function registrationReason(text: string): RegistrationReason {
  const t = looseText(text);
  if (/下岗/.test(t)) return 'laid_off';
  if (/毕业|应届|高校|大学生/.test(t)) return 'graduate';
  if (/退役|复员|转业|军人/.test(t)) return 'veteran';
  if (/返乡|回乡/.test(t)) return 'returnee';
  if (/失业|解除|终止|辞职|辞退|到期|破产|关闭|裁员|离职/.test(t)) return 'unemployed';
  return 'other';
}

export interface CheckOptions {
  kind: LedgerKind;
  today: string;
}

/** Reads and checks one data row. */
export function checkRow(number: number, cells: readonly CellValue[], columns: ColumnsByField, options: CheckOptions): CheckedRow {
  const issues: RowIssue[] = [];
  const cell = (field: LedgerField): CellValue => {
    const c = columns[field];
    return c ? (cells[c.index] ?? null) : null;
  };
  const column = (field: LedgerField) => columns[field]?.header ?? LEDGER_FIELD_LABEL[field];
  const error = (field: LedgerField, message: string) => issues.push({ column: column(field), severity: 'error', message });
  const warning = (field: LedgerField, message: string) => issues.push({ column: column(field), severity: 'warning', message });
  const word = <T>(field: LedgerField, outcome: WordOutcome<T>): T | null => {
    if (outcome.ok) return outcome.value;
    error(field, outcome.reason);
    return null;
  };
  // A formula's cached value is what the reader hands over; a formula without one arrives as its text and is refused.
  const formula = (field: LedgerField): boolean => {
    const v = cell(field);
    if (typeof v === 'string' && v.startsWith('=')) {
      error(field, `单元格是公式（${v.slice(0, 40)}）且没有计算结果，不会执行公式：请在 Excel/WPS 中打开保存后再导入，或改为数值`);
      return true;
    }
    return false;
  };

  const values: LedgerValues = {
    name: null,
    birthDate: null,
    gender: null,
    phone: null,
    address: null,
    education: null,
    relation: null,
    workAbility: null,
    isStudent: null,
    isRetired: null,
    migrantWorker: null,
    veteran: null,
    skills: null,
    skillLevel: null,
    unemployedSince: null,
    unemploymentReason: null,
    registered: null,
    serviceDate: null,
    serviceKind: null,
    serviceContent: null,
    clerk: null,
    outcome: null,
    course: null,
    hours: null,
    certificate: null,
    recognition: null,
    vacancy: null,
  };
  const read: RowReading = { cell, formula, error, warning, word };
  if (options.kind === 'vacancies') {
    // A vacancy names no person: no 身份证, no name.
    values.vacancy = checkVacancyFields(read, options.today);
    return { row: number, idNumber: null, convertedFrom: null, values, issues };
  }
  let idNumber: string | null = null;
  let convertedFrom: string | null = null;
  if (!formula('idNumber')) {
    const id = normaliseIdNumber(cell('idNumber'), options.today);
    if (id.ok) {
      idNumber = id.idNumber;
      convertedFrom = id.convertedFrom;
      values.birthDate = id.birthDate;
      values.gender = id.gender;
      if (convertedFrom !== null) warning('idNumber', `15 位旧身份证号码 ${convertedFrom} 已转换为 18 位 ${idNumber}`);
    } else error('idNumber', id.reason);
  }

  if (!formula('name')) {
    const name = plain(cell('name'), 100);
    // A record about a known person may leave the name out (the 身份证 names the person).
    if (name === null) {
      if (!recordsPersons(options.kind)) error('name', '姓名为空');
    } else if (name.length > 30) error('name', `姓名超过 30 个字（${name.slice(0, 10)}…）`);
    else values.name = name.replace(/\s+/g, '');
  }

  if (columns.gender && !formula('gender')) {
    const gender = word('gender', normaliseGender(cell('gender')));
    if (gender !== null && values.gender !== null && gender !== values.gender) {
      warning('gender', `性别“${gender === 'M' ? '男' : '女'}”与身份证号码不符（号码显示为${values.gender === 'M' ? '男' : '女'}），按身份证号码记为${values.gender === 'M' ? '男' : '女'}`);
    }
  }

  if (columns.phone && !formula('phone')) {
    const raw = plain(cell('phone'), 60);
    if (raw !== null) {
      const phone = toHalfWidth(raw).replace(/[\s()（）]/g, '');
      if (PHONE.test(phone)) values.phone = phone;
      else warning('phone', `“${raw}”不是有效的电话号码（手机 11 位，或区号-号码），该项不导入`);
    }
  }
  if (columns.address && !formula('address')) values.address = plain(cell('address'), 100);
  if (columns.education && !formula('education')) values.education = word('education', normaliseEducation(cell('education')));
  if (columns.relation && !formula('relation')) values.relation = word('relation', normaliseRelation(cell('relation')));
  if (columns.workAbility && !formula('workAbility')) values.workAbility = word('workAbility', normaliseWorkAbility(cell('workAbility')));
  for (const field of ['isStudent', 'isRetired', 'migrantWorker', 'veteran', 'registered'] as const) {
    if (columns[field] && !formula(field)) values[field] = word(field, normaliseYesNo(cell(field)));
  }
  if (columns.skills && !formula('skills')) values.skills = plain(cell('skills'), 100);
  if (columns.skillLevel && !formula('skillLevel')) values.skillLevel = plain(cell('skillLevel'), 30);

  if (options.kind === 'unemployed' && values.registered !== false) {
    if (!formula('unemployedSince')) {
      const since = normaliseDate(cell('unemployedSince'));
      if (!since.ok) error('unemployedSince', `日期无效：${since.reason}`);
      else if (since.date === null) error('unemployedSince', '失业时间为空（不登记的请在“是否登记”填“否”）');
      else if (since.date > options.today) error('unemployedSince', `失业时间 ${since.date} 晚于今天`);
      else if (values.birthDate !== null && since.date < values.birthDate) error('unemployedSince', `失业时间 ${since.date} 早于出生日期 ${values.birthDate}`);
      else {
        values.unemployedSince = since.date;
        if (since.precision === 'month') warning('unemployedSince', `只有年月，按当月 1 日（${since.date}）登记`);
      }
    }
    if (!formula('unemploymentReason')) {
      const reason = plain(cell('unemploymentReason'), 60);
      values.unemploymentReason = reason === null ? 'unemployed' : registrationReason(reason);
    }
  }
  if (options.kind === 'services' || options.kind === 'training') Object.assign(values, checkServiceFields(read, values.birthDate, options.today, options.kind === 'training'));
  if (options.kind === 'difficult') values.recognition = checkRecognitionFields(read, (field) => columns[field] !== undefined, values.birthDate, options.today);
  return { row: number, idNumber, convertedFrom, values, issues };
}
