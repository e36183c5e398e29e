/**
 * 修改失业登记 (issue #14): the date, the reason and the cancellation of a registration entered wrongly — checked as
 * when it was recorded (the person's dates, no overlap with the person's other registrations), audited with before
 * and after, and the person's derived state (family episodes) recomputed, in one transaction.
 */
import type { EditRegistrationInput } from '../../../shared/contract/corrections';
import type { Registration } from '../../../shared/contract/employment';
import { rewriteRegistration } from '../../../db/repositories/employment/employment-corrections-repo';
import { findRegistration, listRegistrationsOfPerson } from '../../../db/repositories/employment/registrations-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { personRecordWritten } from '../employment/person-record-written';
import { fieldError, foundById, personForCorrection } from '../registry/person-rules';

const GONE = '找不到该失业登记，可能已被作废，请刷新后重试';

/** Open from its date up to (not including) its cancellation day; open-ended while not cancelled. */
function overlaps(a: { registeredOn: string; cancelledOn: string | null }, b: { registeredOn: string; cancelledOn: string | null }): boolean {
  if (a.registeredOn === b.registeredOn) return true;
  const aEnd = a.cancelledOn ?? '9999-12-31';
  const bEnd = b.cancelledOn ?? '9999-12-31';
  return a.registeredOn < bEnd && b.registeredOn < aEnd;
}

export function editRegistration(db: DeskDatabase, ctx: CallerContext, today: string, input: EditRegistrationInput): Registration {
  return inTransaction(db, () => {
    const before = foundById(findRegistration(db, input.id), GONE);
    const registered = { path: 'registeredOn', value: input.registeredOn, label: '登记日期' };
    const { person, problems } = personForCorrection(db, today, before.personId, registered, { path: 'cancelledOn', value: input.cancelledOn, label: '注销日期' });
    problems.throwIfAny();
    const after = { registeredOn: input.registeredOn, cancelledOn: input.cancelledOn };
    const clash = listRegistrationsOfPerson(db, person.id).find((r) => r.id !== before.id && overlaps(after, r));
    if (clash) {
      const other = clash.cancelledOn ? `${clash.registeredOn} 至 ${clash.cancelledOn} 注销` : `${clash.registeredOn} 起，未注销`;
      throw fieldError('CONFLICT', 'registeredOn', `与${person.name}的另一条失业登记（${other}）时间重叠，请先更正那一条`);
    }
    const row = foundById(
      rewriteRegistration(db, before.id, {
        registeredOn: input.registeredOn,
        reason: input.reason,
        cancelledOn: input.cancelledOn,
        cancelReason: input.cancelledOn === null ? null : (input.cancelReason ?? null),
      }),
      GONE,
    );
    return personRecordWritten(db, ctx, 'unemployment_registration', row, before);
  });
}
