/**
 * The record part of a 服务记录台账 row: the service's date (a real day, not before the person's birth nor after
 * today), its kind (the nine kinds, in the words offices use), its content, 经办人 and 服务结果.
 */
import type { CellValue } from '../workbook/cell-values';
import type { ServiceKind } from '../workbook/records';
import type { LedgerField } from './ledger-fields';
import { normaliseDate } from './normalise-date';
import { normaliseServiceKind } from './normalise-service-kind';
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
}

export function checkServiceFields(read: RowReading, birthDate: string | null, today: string): ServiceValues {
  const values: ServiceValues = { serviceDate: null, serviceKind: null, serviceContent: null, clerk: null, outcome: null };
  values.serviceDate = checkRecordDate(read, 'serviceDate', '服务日期', birthDate, today);
  if (!read.formula('serviceKind')) {
    const kind = read.word('serviceKind', normaliseServiceKind(read.cell('serviceKind')));
    if (kind !== null) values.serviceKind = kind;
    else if (plain(read.cell('serviceKind'), 10) === null) read.error('serviceKind', '服务类型为空');
  }
  if (!read.formula('serviceContent')) values.serviceContent = plain(read.cell('serviceContent'), 500);
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
