/**
 * 修改就业意愿 (issue #14): a wish entered wrongly — its date, whether there is one, the job, wage, training or the
 * reason for none — re-checked, audited with before and after, the household's episodes re-derived, in one
 * transaction. A wish "deemed none after two refusals" stays so only while it still says none.
 */
import type { EditWishInput } from '../../../shared/contract/corrections';
import type { Wish } from '../../../shared/contract/employment';
import { findWish, rewriteWish } from '../../../db/repositories/employment/employment-corrections-repo';
import { findWishRecordedOn } from '../../../db/repositories/employment/wishes-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { personRecordWritten } from '../employment/person-record-written';
import { checkPersonDate, fieldError, foundById, requirePerson, RuleProblems } from '../registry/person-rules';

const GONE = '找不到该就业意愿记录，可能已被作废，请刷新后重试';

/** Any wish of a person, in force or earlier, as 修改 starts from it. */
export function wishToEdit(db: DeskDatabase, id: number): Wish {
  return foundById(findWish(db, id), GONE);
}

export function editWish(db: DeskDatabase, ctx: CallerContext, today: string, input: EditWishInput): Wish {
  return inTransaction(db, () => {
    const before = foundById(findWish(db, input.id), GONE);
    const person = requirePerson(db, before.personId);
    const problems = new RuleProblems();
    if (input.recordedOn === null && before.recordedOn !== null) problems.add('recordedOn', '请填写记录日期');
    if (input.recordedOn !== null) checkPersonDate(problems, person, today, 'recordedOn', input.recordedOn, '记录日期');
    problems.throwIfAny();
    if (input.recordedOn !== null && input.recordedOn !== before.recordedOn) {
      const other = findWishRecordedOn(db, person.id, input.recordedOn);
      if (other && other.id !== before.id) throw fieldError('CONFLICT', 'recordedOn', `${person.name}在 ${input.recordedOn} 已有另一条就业意愿记录；同一天只能有一条`);
    }
    const row = foundById(
      rewriteWish(db, before.id, {
        recordedOn: input.recordedOn,
        hasWish: input.hasWish,
        wishedJob: input.hasWish ? input.wishedJob : null,
        wishedWage: input.hasWish ? input.wishedWage : null,
        trainingWanted: input.trainingWanted,
        noWishReason: input.hasWish ? null : input.noWishReason,
        deemedByRefusals: before.deemedByRefusals && !input.hasWish,
      }),
      GONE,
    );
    return personRecordWritten(db, ctx, 'employment_wish', row, before);
  });
}
