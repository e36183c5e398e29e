/**
 * The record part of a 就业困难人员台账 row: the 认定类别 (the seven categories, in the words offices use), the
 * 申请日期, the 审核结论 with its 审核（认定）日期, 审核人 and 审核意见, and an 退出 with its reason. What the row says
 * is read here; whether the person may have it (registered, of working age, no other recognition in force, dates in
 * order) is decided by the recognitions' own rules when the import is planned.
 */
import type { RecognitionCategory, RecognitionRecord } from '../workbook/records';
import type { LedgerField } from './ledger-fields';
import type { RowReading } from './check-service-row';
import { checkRecordDate, readText } from './check-service-row';
import { normaliseDecision, normaliseRecognitionCategory } from './normalise-recognition';
import type { ReviewDecision } from './normalise-recognition';
import { normaliseYesNo } from './normalise-words';
import { plain } from './plain-cell';

/** The review and exit are read as the workbook's 困难认定 records them; the category, day and decision may be missing. */
export interface RecognitionValues extends Pick<RecognitionRecord, 'reviewedOn' | 'reviewer' | 'reviewNote' | 'exitedOn' | 'exitReason' | 'especiallyDifficult'> {
  category: RecognitionCategory | null;
  appliedOn: string | null;
  /**
   * The ledger has no 申请日期 column: a recognition of the same category recognised that day is this row's; else the
   * 认定日期 is taken as the application day too (a warning says so).
   */
  appliedOnFromReview: boolean;
  decision: ReviewDecision | null;
}

/** An optional record date: empty is null; otherwise a whole day in the person's lifetime, not after today. */
function optionalDate(read: RowReading, field: LedgerField, what: string, birthDate: string | null, today: string): string | null {
  if (read.cell(field) === null) return null;
  return checkRecordDate(read, field, what, birthDate, today);
}

export function checkRecognitionFields(read: RowReading, mapped: (field: LedgerField) => boolean, birthDate: string | null, today: string): RecognitionValues {
  const values: RecognitionValues = {
    category: null,
    appliedOn: null,
    appliedOnFromReview: false,
    decision: null,
    reviewedOn: null,
    reviewer: null,
    reviewNote: null,
    exitedOn: null,
    exitReason: null,
    especiallyDifficult: false,
  };
  if (!read.formula('category')) {
    const category = read.word('category', normaliseRecognitionCategory(read.cell('category')));
    if (category !== null) values.category = category;
    else if (plain(read.cell('category'), 10) === null) read.error('category', '认定类别为空');
  }
  values.reviewedOn = read.formula('reviewedOn') ? null : optionalDate(read, 'reviewedOn', '认定日期', birthDate, today);
  if (mapped('appliedOn')) values.appliedOn = checkRecordDate(read, 'appliedOn', '申请日期', birthDate, today);
  else if (values.reviewedOn !== null) {
    values.appliedOn = values.reviewedOn;
    values.appliedOnFromReview = true;
    read.warning('appliedOn', `台账没有申请日期：库中有同一类别、同一认定日期的认定即是本行；没有的，按认定日期 ${values.reviewedOn} 记为申请日期`);
  } else if (read.cell('reviewedOn') === null) read.error('appliedOn', '没有申请日期，也没有认定日期：无法知道何时申请');

  if (mapped('decision')) {
    if (!read.formula('decision')) values.decision = read.word('decision', normaliseDecision(read.cell('decision')));
    if (values.decision === null && values.reviewedOn !== null && plain(read.cell('decision'), 10) === null) {
      read.error('decision', `填写了认定日期 ${values.reviewedOn}，审核结论却为空：请填写“认定”或“不予认定”`);
    }
  } else if (values.reviewedOn !== null) values.decision = 'recognised';

  values.reviewer = readText(read, 'reviewer', '审核人', 20);
  values.reviewNote = readText(read, 'reviewNote', '审核意见', 200);
  if (values.decision !== null) {
    if (values.reviewedOn === null && read.cell('reviewedOn') === null) read.error('reviewedOn', '有审核结论时须填写审核（认定）日期');
    if (values.reviewer === null && read.cell('reviewer') === null) read.error('reviewer', '有审核结论时须填写审核人（认定表上签字审核的人）');
    if (values.decision === 'refused' && values.reviewNote === null) read.error('reviewNote', '不予认定时须填写理由（审核意见）');
  } else {
    if (values.reviewer !== null) read.error('reviewer', '尚无审核结论（待审核）时不填审核人');
    if (values.reviewNote !== null) read.error('reviewNote', '尚无审核结论（待审核）时不填审核意见');
  }

  values.exitedOn = read.formula('exitedOn') ? null : optionalDate(read, 'exitedOn', '退出日期', birthDate, today);
  values.exitReason = readText(read, 'exitReason', '退出原因', 100);
  if (values.exitedOn !== null || values.exitReason !== null) {
    if (values.decision !== 'recognised') read.error('exitedOn', '只有已认定的可以退出：本行没有“认定”的审核结论');
    else if (values.exitedOn === null && read.cell('exitedOn') === null) read.error('exitedOn', '填写了退出原因，须同时填写退出日期');
    else if (values.exitReason === null && read.cell('exitReason') === null) read.error('exitReason', '填写了退出日期，须同时填写退出原因');
  }

  if (!read.formula('especiallyDifficult')) values.especiallyDifficult = read.word('especiallyDifficult', normaliseYesNo(read.cell('especiallyDifficult'))) ?? false;
  return values;
}
