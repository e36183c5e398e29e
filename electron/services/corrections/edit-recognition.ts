/**
 * 修改就业困难人员认定 (issue #14): the application (category, day, 特别困难), the review (decision, day, reviewer,
 * note) and the exit (day, reason) of a recognition entered wrongly — checked as when each step was recorded (the
 * person's dates, one application a day, one live recognition at a time, its agreements signed within it), audited
 * with before and after, the person's derived state re-derived, in one transaction. The step reached is kept.
 */
import { AppError } from '../../../shared/app-error';
import type { EditRecognitionInput } from '../../../shared/contract/corrections';
import type { Recognition } from '../../../shared/contract/recognitions';
import { listAgreementsOfPerson } from '../../../db/repositories/recognitions/agreements-repo';
import { rewriteRecognition } from '../../../db/repositories/recognitions/recognition-corrections-repo';
import type { RecognitionFields } from '../../../db/repositories/recognitions/recognition-corrections-repo';
import { findRecognition, listRecognitionsOf } from '../../../db/repositories/recognitions/recognitions-repo';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { refreshPersons } from '../population/recompute';
import { recognitionOf } from '../recognitions/recognitions-service';
import { fieldError, foundById, personForCorrection } from '../registry/person-rules';

const NOT_FOUND = '找不到该认定记录，可能已被作废，请刷新后重试';

export function editRecognition(db: DeskDatabase, ctx: CallerContext, today: string, input: EditRecognitionInput): Recognition {
  return inTransaction(db, () => {
    const before = foundById(findRecognition(db, input.id), NOT_FOUND);
    if (before.version !== input.version) throw new AppError('CONFLICT', `该认定记录已被他人修改（当前版本 ${before.version}），请刷新后重试`);
    const { review, exit } = input;
    // The step reached stays: a pending application has no review, a reviewed one has one, only an exited one an exit.
    if (before.status === 'applied' && review !== null) throw fieldError('INVALID_INPUT', 'review', '该认定尚未审核，修改时不能填写审核结论；请用“审核”办理');
    if (before.status !== 'applied' && review === null) throw fieldError('INVALID_INPUT', 'review', '该认定已审核，请填写审核结论、审核日期和审核人');
    if (before.status === 'exited' && exit === null) throw fieldError('INVALID_INPUT', 'exit', '该认定已退出，请填写退出日期和退出原因');
    if (before.status !== 'exited' && exit !== null) throw fieldError('INVALID_INPUT', 'exit', '该认定尚未退出，修改时不能填写退出；请用“退出”办理');
    if (before.status === 'exited' && review?.decision !== 'recognised') throw fieldError('INVALID_INPUT', 'review.decision', '已退出的认定，审核结论只能是“认定”');
    const { person, problems } = personForCorrection(
      db,
      today,
      before.personId,
      { path: 'appliedOn', value: input.appliedOn, label: '申请日期' },
      { path: 'review.reviewedOn', value: review?.reviewedOn ?? null, label: '审核日期' },
      { path: 'exit.exitedOn', value: exit?.exitedOn ?? null, label: '退出日期' },
    );
    const others = listRecognitionsOf(db, person.id).filter((r) => r.id !== before.id);
    if (others.some((r) => r.appliedOn === input.appliedOn)) {
      problems.add('appliedOn', `${person.name}在 ${input.appliedOn} 已申请过一次认定，同一人同一天只能申请一次`);
    }
    const status = review === null ? 'applied' : exit !== null ? 'exited' : review.decision;
    const live = status === 'applied' || status === 'recognised';
    const otherLive = others.find((r) => r.status === 'applied' || r.status === 'recognised');
    if (live && otherLive) problems.add('review.decision', `${person.name}已有另一条在办或有效的认定（${otherLive.appliedOn} 申请），同一时间只能有一条`);
    const recognisedOn = review?.decision === 'recognised' ? review.reviewedOn : null;
    const agreements = listAgreementsOfPerson(db, person.id).filter((a) => a.recognitionId === before.id);
    if (agreements.length > 0) {
      if (recognisedOn === null) {
        problems.add('review.decision', `该认定下有 ${agreements.length} 份一人一策援助协议，不能改为不予认定；请先作废协议`);
      } else {
        const earliest = agreements.reduce((a, b) => (b.signedOn < a ? b.signedOn : a), agreements[0]!.signedOn);
        if (recognisedOn > earliest) problems.add('review.reviewedOn', `认定日期不能晚于该认定下援助协议的签订日期（${earliest}）`);
        const active = agreements.find((a) => a.status === 'active');
        if (exit && active) problems.add('exit.exitedOn', `该认定下的援助协议（${active.signedOn} 签订）仍在执行，请先终止它`);
        const lastClosed = agreements.reduce<string | null>((a, b) => (b.closedOn !== null && (a === null || b.closedOn > a) ? b.closedOn : a), null);
        if (exit && lastClosed !== null && exit.exitedOn < lastClosed) problems.add('exit.exitedOn', `退出日期不能早于该认定下援助协议的终止日期（${lastClosed}）`);
      }
    }
    problems.throwIfAny();
    const fields: RecognitionFields = {
      category: input.category,
      appliedOn: input.appliedOn,
      especiallyDifficult: input.especiallyDifficult,
      status,
      reviewedOn: review?.reviewedOn ?? null,
      reviewer: review?.reviewer ?? null,
      reviewNote: review?.note || null,
      recognisedOn,
      exitedOn: exit?.exitedOn ?? null,
      exitReason: exit?.exitReason ?? null,
    };
    const row = rewriteRecognition(db, before.id, input.version, fields);
    if (!row) throw new AppError('CONFLICT', '该认定记录已被他人修改，请刷新后重试');
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'difficulty_recognition', entityKey: String(row.id), before, after: row });
    refreshPersons(db, [person.id]);
    return recognitionOf(db, row);
  });
}
