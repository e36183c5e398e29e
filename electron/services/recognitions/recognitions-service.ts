import { AppError } from '../../../shared/app-error';
import { FiveClear } from '../../../shared/contract/recognitions';
import type {
  ApplyRecognitionInput,
  ExitRecognitionInput,
  Recognition,
  ReviewRecognitionInput,
} from '../../../shared/contract/recognitions';
import { addDays } from '../../../shared/domain/dates';
import { commitmentDays } from '../../../shared/domain/worklist/settings';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { findActiveAgreement } from '../../../db/repositories/recognitions/agreements-repo';
import { findLiveRecognition, findRecognition, insertRecognition, listRecognitionsOf, updateRecognition } from '../../../db/repositories/recognitions/recognitions-repo';
import type { AgreementRow } from '../../../db/repositories/recognitions/agreements-repo';
import type { PersonFacts } from '../../../db/repositories/registry/persons-repo';
import type { RecognitionChange, RecognitionRow, RecognitionStatus } from '../../../db/repositories/recognitions/recognitions-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { checkCloseDate, writeClose } from './agreements-service';
import { readWorklistSettings } from '../settings/worklist-settings';
import { checkPersonDate, fieldError, foundById, personForNewRecord, requireNotArchived, requirePerson, RuleProblems } from '../registry/person-rules';

const STATUS_LABEL: Record<RecognitionStatus, string> = {
  applied: '已申请待审核',
  recognised: '已认定',
  refused: '不予认定',
  exited: '已退出',
};

/** The immediate-employment commitment's days after recognition (seed 003: 72 hours), from the worklist settings. */
function commitmentDaysOf(db: DeskDatabase): number {
  return commitmentDays(readWorklistSettings(db));
}

function toRecognition(row: RecognitionRow, days: number): Recognition {
  const parsed = row.fiveClear === null ? null : FiveClear.safeParse(JSON.parse(row.fiveClear));
  return {
    ...row,
    fiveClear: parsed?.success ? parsed.data : null,
    commitmentDueOn:
      row.especiallyDifficult && row.status === 'recognised' && row.recognisedOn !== null
        ? addDays(row.recognisedOn, days)
        : null,
  };
}

/** A recognition as the API gives it (its 72-hour commitment day from today's settings). */
export function recognitionOf(db: DeskDatabase, row: RecognitionRow): Recognition {
  return toRecognition(row, commitmentDaysOf(db));
}

export function applyRecognition(db: DeskDatabase, ctx: CallerContext, today: string, input: ApplyRecognitionInput): Recognition {
  return recordApplication(db, ctx, today, input);
}

/**
 * The application under applyRecognition's rules, with 五清 possibly not recorded (null): an office's 就业困难人员台账
 * brought in by 导入本所台账 says nothing of 五清, and the import does not invent it.
 */
export function recordApplication(
  db: DeskDatabase,
  ctx: CallerContext,
  today: string,
  input: Omit<ApplyRecognitionInput, 'fiveClear'> & { fiveClear: FiveClear | null },
): Recognition {
  return inTransaction(db, () => {
    const { person, problems } = personForNewRecord(db, today, input.personId, { path: 'appliedOn', value: input.appliedOn, label: '申请日期' }, { fromWorkingAge: true });
    problems.throwIfAny();
    const live = findLiveRecognition(db, person.id);
    if (live) {
      throw fieldError('CONFLICT', 'personId', `${person.name}已有一条${STATUS_LABEL[live.status]}的就业困难人员认定（${live.appliedOn} 申请），不能重复申请`);
    }
    // The standard workbook names a recognition by its person and application day.
    if (listRecognitionsOf(db, person.id).some((r) => r.appliedOn === input.appliedOn)) {
      throw fieldError('CONFLICT', 'appliedOn', `${person.name}在 ${input.appliedOn} 已申请过一次认定，同一人同一天只能申请一次`);
    }
    const row = insertRecognition(db, {
      personId: person.id,
      category: input.category,
      appliedOn: input.appliedOn,
      especiallyDifficult: input.especiallyDifficult,
      fiveClear: input.fiveClear === null ? null : JSON.stringify(input.fiveClear),
    });
    recordAudit(db, { username: ctx.username, action: 'create', entity: 'difficulty_recognition', entityKey: String(row.id), after: row });
    return toRecognition(row, commitmentDaysOf(db));
  });
}

export function listRecognitionsForPerson(db: DeskDatabase, personId: number): Recognition[] {
  requirePerson(db, personId);
  const days = commitmentDaysOf(db);
  return listRecognitionsOf(db, personId).map((row) => toRecognition(row, days));
}

/**
 * Loads the recognition, checks the version and that `from` allows the step; then applies `change` and runs
 * `after` (in the same transaction).
 */
function transition(
  db: DeskDatabase,
  ctx: CallerContext,
  target: { id: number; version: number },
  from: RecognitionStatus,
  action: string,
  changeOf: (before: RecognitionRow, person: PersonFacts, problems: RuleProblems) => RecognitionChange,
  after: (row: RecognitionRow) => void = () => undefined,
): Recognition {
  return inTransaction(db, () => {
    const before = foundById(findRecognition(db, target.id), '找不到该认定记录，可能已被他人修改，请刷新后重试');
    if (before.version !== target.version) {
      throw new AppError('CONFLICT', `该认定记录已被他人修改（当前版本 ${before.version}），请刷新后重试`);
    }
    if (before.status !== from) {
      throw new AppError('CONFLICT', `该认定当前为“${STATUS_LABEL[before.status]}”，不能${action}；只有“${STATUS_LABEL[from]}”的认定可以${action}`);
    }
    const person = requirePerson(db, before.personId);
    const problems = new RuleProblems();
    const change = changeOf(before, person, problems);
    problems.throwIfAny();
    const row = updateRecognition(db, before.id, target.version, change);
    if (!row) throw new AppError('CONFLICT', '该认定记录已被他人修改，请刷新后重试');
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'difficulty_recognition', entityKey: String(row.id), before, after: row });
    after(row);
    return toRecognition(row, commitmentDaysOf(db));
  });
}

export function reviewRecognition(db: DeskDatabase, ctx: CallerContext, today: string, input: ReviewRecognitionInput): Recognition {
  return transition(db, ctx, input, 'applied', '审核', (before, person, problems) => {
    // An archived person is not recognised any more; a pending application can still be refused (not after the archiving).
    if (input.decision === 'recognised') requireNotArchived(person, today, 'id');
    checkPersonDate(problems, person, today, 'reviewedOn', input.reviewedOn, '审核日期');
    if (input.reviewedOn < before.appliedOn) problems.add('reviewedOn', `审核日期不能早于申请日期（${before.appliedOn}）`);
    return {
      status: input.decision,
      reviewedOn: input.reviewedOn,
      reviewer: input.reviewer,
      reviewNote: input.note ?? null,
      recognisedOn: input.decision === 'recognised' ? input.reviewedOn : null,
    };
  });
}

/**
 * Ends a recognition in force (also for a person since archived: the exit not after the archiving). The person's
 * 一人一策 agreement in force ends with it, on the same day.
 */
export function exitRecognition(db: DeskDatabase, ctx: CallerContext, today: string, input: ExitRecognitionInput): Recognition {
  let agreement: AgreementRow | null = null;
  return transition(
    db,
    ctx,
    input,
    'recognised',
    '退出',
    (before, person, problems) => {
      checkPersonDate(problems, person, today, 'exitedOn', input.exitedOn, '退出日期');
      const since = before.recognisedOn ?? before.appliedOn;
      if (input.exitedOn < since) problems.add('exitedOn', `退出日期不能早于认定日期（${since}）`);
      agreement = findActiveAgreement(db, person.id);
      if (agreement) checkCloseDate(db, agreement, input.exitedOn, 'exitedOn', '退出日期（一人一策援助协议随之终止）', problems);
      return { status: 'exited', exitedOn: input.exitedOn, exitReason: input.exitReason };
    },
    () => {
      if (agreement) writeClose(db, ctx, agreement, input.exitedOn, `就业困难人员认定退出：${input.exitReason}`);
    },
  );
}
