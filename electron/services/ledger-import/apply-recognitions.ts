/**
 * 就业困难人员台账 (kind `difficult`): each row is a person's 困难认定 — applied for, reviewed (认定 or 不予认定),
 * exited — written through the recognitions' own service, under the rules of the person page's forms. A person not
 * in the database is rejected (this ledger adds no one and places no one in a household). A recognition is named
 * by its person and application day: the same person, category and day in the database is the same recognition —
 * unchanged, or taken one step further (reviewed, exited); a different category that day, or a review or exit that
 * disagrees with the one recorded, is rejected (the import does not rewrite what was decided).
 */
import { AppError } from '../../../shared/app-error';
import { ApplyRecognitionInput, ExitRecognitionInput, ReviewRecognitionInput } from '../../../shared/contract/recognitions';
import type { ColumnsByField } from '../../../shared/domain/ledger-import/check-row';
import type { RecognitionValues } from '../../../shared/domain/ledger-import/check-recognition-row';
import { RECOGNITION_CATEGORY_LABEL } from '../../../shared/domain/recognition-categories';
import type { DeskDatabase } from '../../../db/open-database';
import { listRecognitionsOf } from '../../../db/repositories/recognitions/recognitions-repo';
import type { RecognitionRow } from '../../../db/repositories/recognitions/recognitions-repo';
import { findPersonByIdNumber } from '../../../db/repositories/registry/persons-repo';
import type { CallerContext } from '../context';
import { exitRecognition, recordApplication, reviewRecognition } from '../recognitions/recognitions-service';
import { fieldError } from '../registry/person-rules';
import { applyRow, headerOf, markKeyDuplicates, reject, serviceInput } from './apply-rows';
import type { ApplyMode, RowOutcome } from './apply-rows';
import type { Difference, PlannedRow } from './plan-ledger';

const DECISION_LABEL = { recognised: '认定', refused: '不予认定' } as const;
const APPLY = ApplyRecognitionInput.omit({ fiveClear: true });

export interface RecognitionCounts {
  new: number;
  changed: number;
}

function recognitionOf(row: PlannedRow): RecognitionValues | null {
  const v = row.values.recognition;
  return row.status === 'valid' && row.idNumber !== null && v !== null && v.appliedOn !== null && v.category !== null ? v : null;
}

/** The same person, category and application day twice in the file: the later row is the duplicate. */
export function markRecognitionDuplicates(rows: PlannedRow[], columns: ColumnsByField): void {
  markKeyDuplicates(
    rows,
    (row) => {
      const v = recognitionOf(row);
      return v === null ? null : `${row.idNumber}|${v.category}|${v.appliedOn}`;
    },
    headerOf(columns, 'idNumber'),
    '认定（同一人、同一认定类别、同一申请日期）',
  );
}

function columnOf(columns: ColumnsByField, fromReview: boolean): (path: string) => string {
  return (path) => {
    switch (path) {
      case 'appliedOn':
        return headerOf(columns, fromReview ? 'reviewedOn' : 'appliedOn');
      case 'category':
      case 'reviewedOn':
      case 'reviewer':
      case 'decision':
      case 'exitedOn':
      case 'exitReason':
      case 'especiallyDifficult':
        return headerOf(columns, path);
      case 'note':
        return headerOf(columns, 'reviewNote');
      default:
        return headerOf(columns, 'idNumber');
    }
  };
}

const decisionOf = (r: { status: RecognitionRow['status'] }): 'recognised' | 'refused' | null => (r.status === 'applied' ? null : r.status === 'refused' ? 'refused' : 'recognised');

/** Applies, reviews and exits as the row says, from what the database holds; refuses what would rewrite a decision. */
function applyRecognitionRow(db: DeskDatabase, ctx: CallerContext, today: string, personId: number, v: RecognitionValues & { appliedOn: string; category: NonNullable<RecognitionValues['category']> }, columns: ColumnsByField): RowOutcome {
  const differences: Difference[] = [];
  const warnings: RowOutcome['warnings'] = [];
  const label = RECOGNITION_CATEGORY_LABEL[v.category];
  const recorded = listRecognitionsOf(db, personId);
  // A roster without 申请日期 names a recognition by its category and 认定日期.
  const existing = recorded.find((r) => r.appliedOn === v.appliedOn) ?? (v.appliedOnFromReview ? recorded.find((r) => r.category === v.category && r.reviewedOn === v.reviewedOn) : undefined);
  let current: { id: number; version: number; status: RecognitionRow['status']; reviewedOn: string | null; reviewer: string | null; exitedOn: string | null };
  let change: RowOutcome['change'] = 'unchanged';
  if (existing) {
    if (existing.category !== v.category) {
      throw fieldError('CONFLICT', 'category', `此人 ${v.appliedOn} 申请的认定在库中类别为“${RECOGNITION_CATEGORY_LABEL[existing.category]}”，与本行“${label}”不同；同一人同一天只能申请一次，导入不改已有认定的类别，请核对`);
    }
    if (columns.especiallyDifficult && existing.especiallyDifficult !== v.especiallyDifficult) {
      warnings.push({ column: headerOf(columns, 'especiallyDifficult'), message: `特别困难与库中不同（库中：${existing.especiallyDifficult ? '是' : '否'}）；本次导入不改，如需更正请在人员页办理` });
    }
    current = existing;
  } else {
    const input = serviceInput(db, ctx, 'recognitions.apply', APPLY, { personId, category: v.category, appliedOn: v.appliedOn, especiallyDifficult: v.especiallyDifficult });
    current = recordApplication(db, ctx, today, { ...input, fiveClear: null });
    change = 'new';
    differences.push({ field: '困难认定', before: null, after: `${v.appliedOn} 申请（${label}${v.especiallyDifficult ? '，特别困难' : ''}）` });
  }
  if (v.decision !== null) {
    const recorded = decisionOf(current);
    if (recorded === null) {
      const input = serviceInput(db, ctx, 'recognitions.review', ReviewRecognitionInput, { id: current.id, version: current.version, decision: v.decision, reviewedOn: v.reviewedOn ?? '', reviewer: v.reviewer ?? '', note: v.reviewNote ?? undefined });
      current = reviewRecognition(db, ctx, today, input);
      if (change === 'unchanged') change = 'update';
      differences.push({ field: '审核结论', before: '待审核', after: `${v.reviewedOn ?? ''} ${DECISION_LABEL[v.decision]}` });
    } else if (recorded !== v.decision || current.reviewedOn !== v.reviewedOn) {
      throw fieldError(
        'CONFLICT',
        recorded !== v.decision ? 'decision' : 'reviewedOn',
        `库中此认定已于 ${current.reviewedOn ?? ''} 审核为“${DECISION_LABEL[recorded]}”，与本行（${v.reviewedOn ?? ''} ${DECISION_LABEL[v.decision]}）不同；导入不改已审核的认定，请在人员页核对更正`,
      );
    } else if (v.reviewer !== null && current.reviewer !== v.reviewer) {
      warnings.push({ column: headerOf(columns, 'reviewer'), message: `审核人与库中不同（库中：${current.reviewer ?? '未填'}）；本次导入不改` });
    }
  }
  if (v.exitedOn !== null && v.exitReason !== null) {
    if (current.status === 'recognised') {
      const input = serviceInput(db, ctx, 'recognitions.exit', ExitRecognitionInput, { id: current.id, version: current.version, exitedOn: v.exitedOn, exitReason: v.exitReason });
      exitRecognition(db, ctx, today, input);
      if (change === 'unchanged') change = 'update';
      differences.push({ field: '退出', before: null, after: `${v.exitedOn} 退出（${v.exitReason}）` });
    } else if (current.status === 'exited' && current.exitedOn !== v.exitedOn) {
      throw fieldError('CONFLICT', 'exitedOn', `库中此认定已于 ${current.exitedOn ?? ''} 退出，与本行的退出日期 ${v.exitedOn} 不同；导入不改，请在人员页核对更正`);
    }
  }
  return { change, differences, warnings };
}

/**
 * Applies the valid rows in the order of their application days (an older recognition, exited, before a newer one
 * of the same person), each in a savepoint; returns how many recognitions were added and how many taken further.
 */
export function applyRecognitionRows(db: DeskDatabase, ctx: CallerContext, today: string, rows: PlannedRow[], columns: ColumnsByField, mode: ApplyMode): RecognitionCounts {
  const counts: RecognitionCounts = { new: 0, changed: 0 };
  const ordered = rows.filter((r) => recognitionOf(r) !== null).sort((a, b) => (recognitionOf(a)?.appliedOn ?? '').localeCompare(recognitionOf(b)?.appliedOn ?? '') || a.row - b.row);
  for (const row of ordered) {
    const v = recognitionOf(row);
    if (v === null || row.idNumber === null || v.appliedOn === null || v.category === null) continue;
    const person = findPersonByIdNumber(db, row.idNumber);
    if (!person) {
      if (mode === 'commit') throw new AppError('CONFLICT', `第 ${row.row} 行的人已不在数据库中：请重新预览后再确认导入`);
      reject(row, {
        column: headerOf(columns, 'idNumber'),
        severity: 'error',
        message: `第 ${row.row} 行：身份证号码 ${row.idNumber} 的人不在数据库中：就业困难人员台账不新建人员，请先导入劳动力资源台账或在“人员与家庭”中录入此人，再导入本行`,
      });
      continue;
    }
    if (row.values.name !== null && row.values.name !== person.name) {
      reject(row, { column: headerOf(columns, 'name'), severity: 'error', message: `第 ${row.row} 行：姓名“${row.values.name}”与数据库中该身份证号码的人（${person.name}）不符，请核对身份证号码` });
      continue;
    }
    const values = { ...v, appliedOn: v.appliedOn, category: v.category };
    const outcome = applyRow(db, row, mode, columnOf(columns, v.appliedOnFromReview), () => applyRecognitionRow(db, ctx, today, person.id, values, columns));
    if (outcome?.change === 'new') counts.new += 1;
    else if (outcome?.change === 'update') counts.changed += 1;
  }
  return counts;
}
