/**
 * The record part of a 服务记录台账 row: the service's date (a real day, not before the person's birth nor after
 * today), its kind (the nine kinds, in the words offices use), its content, 经办人 and 服务结果.
 */
import type { CellValue } from '../workbook/cell-values';
import type { ServiceKind } from '../workbook/records';
import type { LedgerField } from './ledger-fields';
import { normaliseDate } from './normalise-date';
import { normaliseServiceKind } from './normalise-service-kind';
import { toHalfWidth } from './normalise-text';
import type { WordOutcome } from './normalise-words';
import { plain } from './plain-cell';

export interface RowReading {
  cell: (field: LedgerField) => CellValue;
  /** True (and the error noted) when the cell is a formula without a cached value. */
  formula: (field: LedgerField) => boolean;
  error: (field: LedgerField, message: string) => void;
  warning: (field: LedgerField, message: string) => void;
  word: <T>(field: LedgerField, outcome: WordOutcome<T>) => T | null;
}

/** A text cell of at most `max` characters; a longer one is an error naming the field. Empty or a formula: null. */
export function readText(read: RowReading, field: LedgerField, what: string, max: number): string | null {
  if (read.formula(field)) return null;
  const value = plain(read.cell(field), max + 50);
  if (value !== null && value.length > max) {
    read.error(field, `${what}超过 ${max} 个字（${value.slice(0, 10)}…）`);
    return null;
  }
  return value;
}

/** A record's date: required, a whole day (a month-only date cannot tell records apart), in the person's lifetime. */
export function checkRecordDate(read: RowReading, field: LedgerField, what: string, birthDate: string | null, today: string): string | null {
  if (read.formula(field)) return null;
  const date = normaliseDate(read.cell(field));
  if (!date.ok) read.error(field, `日期无效：${date.reason}`);
  else if (date.date === null) read.error(field, `${what}为空`);
  else if (date.precision === 'month') read.error(field, `${what}只有年月（${date.date.slice(0, 7)}），请填写到日`);
  else if (date.date > today) read.error(field, `${what} ${date.date} 晚于今天`);
  else if (birthDate !== null && date.date < birthDate) read.error(field, `${what} ${date.date} 早于出生日期 ${birthDate}`);
  else return date.date;
  return null;
}

export interface ServiceValues {
  serviceDate: string | null;
  serviceKind: ServiceKind | null;
  serviceContent: string | null;
  clerk: string | null;
  outcome: string | null;
  course: string | null;
  hours: number | null;
  certificate: string | null;
}

/** 学时: a number greater than 0 and at most 2000 (the standard workbook's range); empty is null. */
export function readHours(read: RowReading): number | null {
  const cell = read.cell('hours');
  if (cell === null || read.formula('hours')) return null;
  const text = typeof cell === 'number' ? String(cell) : cell instanceof Date ? '' : toHalfWidth(String(cell)).replace(/\s+/g, '').replace(/(学时|课时|小时)$/u, '');
  if (text === '') return null;
  const hours = Number(text);
  if (!Number.isFinite(hours) || !/^\d+(\.\d+)?$/.test(text)) read.error('hours', `学时“${String(cell)}”不是数字`);
  else if (hours <= 0) read.error('hours', '学时应大于 0');
  else if (hours > 2000) read.error('hours', `学时 ${hours} 超过 2000`);
  else return hours;
  return null;
}

/** 培训台账: every row is a training; its 培训项目 is required and is the record's content too (it tells trainings apart). */
function checkTraining(read: RowReading, values: ServiceValues): void {
  values.serviceKind = 'training';
  if (!read.formula('course')) {
    const course = plain(read.cell('course'), 100);
    if (course === null) read.error('course', '培训项目为空');
    else if (course.length > 60) read.error('course', `培训项目超过 60 个字（${course.slice(0, 10)}…）`);
    else {
      values.course = course;
      values.serviceContent = course;
    }
  }
  values.hours = readHours(read);
  if (!read.formula('certificate')) {
    const certificate = plain(read.cell('certificate'), 100);
    if (certificate !== null && certificate.length > 60) read.error('certificate', '证书超过 60 个字');
    else if (certificate !== null && !/^(无|否|没有|未取得|\/|-)$/u.test(certificate)) values.certificate = certificate;
  }
}

export function checkServiceFields(read: RowReading, birthDate: string | null, today: string, training = false): ServiceValues {
  const values: ServiceValues = { serviceDate: null, serviceKind: null, serviceContent: null, clerk: null, outcome: null, course: null, hours: null, certificate: null };
  values.serviceDate = checkRecordDate(read, 'serviceDate', training ? '培训日期' : '服务日期', birthDate, today);
  if (training) checkTraining(read, values);
  else if (!read.formula('serviceKind')) {
    const kind = read.word('serviceKind', normaliseServiceKind(read.cell('serviceKind')));
    if (kind !== null) values.serviceKind = kind;
    else if (plain(read.cell('serviceKind'), 10) === null) read.error('serviceKind', '服务类型为空');
  }
  if (!training && !read.formula('serviceContent')) values.serviceContent = plain(read.cell('serviceContent'), 500);
  if (!read.formula('clerk')) {
    const clerk = plain(read.cell('clerk'), 100);
    if (clerk !== null && clerk.length > 20) read.error('clerk', `经办人超过 20 个字（${clerk.slice(0, 10)}…）`);
    else values.clerk = clerk;
  }
  if (!read.formula('outcome')) {
    const outcome = plain(read.cell('outcome'), 300);
    if (outcome !== null && outcome.length > 200) read.error('outcome', '服务结果超过 200 个字，请精简');
    else values.outcome = outcome;
  }
  return values;
}
