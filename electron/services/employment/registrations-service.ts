import type { CancelRegistrationInput, Registration, RegisterInput } from '../../../shared/contract/employment';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import type { RegistrationWish } from '../../../shared/contract/employment';
import { findWishRecordedOn, insertWish } from '../../../db/repositories/employment/wishes-repo';
import { cancelRegistration, findRegistration, insertRegistration, listRegistrationsOfPerson } from '../../../db/repositories/employment/registrations-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { personRecordWritten } from './person-record-written';
import { refreshPersons } from '../population/recompute';
import { checkPersonDate, fieldError, foundById, personForNewRecord, requirePerson, RuleProblems } from '../registry/person-rules';

/** The wish asked by 失业登记 (the person had none as of the date), recorded dated the registration day. */
function recordRegistrationWish(db: DeskDatabase, ctx: CallerContext, person: { id: number; name: string }, on: string, wish: RegistrationWish): void {
  if (findWishRecordedOn(db, person.id, on)) {
    throw fieldError('CONFLICT', 'wish.hasWish', `${person.name}在 ${on} 已有一条就业意愿记录；同一天只能记录一次，请不填就业意愿再登记`);
  }
  const row = insertWish(db, {
    personId: person.id,
    recordedOn: on,
    hasWish: wish.hasWish,
    wishedJob: null,
    wishedWage: null,
    trainingWanted: null,
    noWishReason: wish.hasWish ? null : wish.noWishReason,
    deemedByRefusals: false,
  });
  recordAudit(db, { username: ctx.username, action: 'create', entity: 'employment_wish', entityKey: String(row.id), after: row });
}

/**
 * A registration is open from its date up to (not including) its cancellation day, so a new one may start on the
 * day the previous one was cancelled. A new registration is open-ended: it may not start before an existing one ends.
 */
export function registerUnemployment(db: DeskDatabase, ctx: CallerContext, today: string, input: RegisterInput): Registration {
  return inTransaction(db, () => {
    const { person, problems } = personForNewRecord(db, today, input.personId, { path: 'registeredOn', value: input.registeredOn, label: '登记日期' }, { fromWorkingAge: true });
    problems.throwIfAny();
    const existing = listRegistrationsOfPerson(db, person.id);
    const open = existing.find((r) => r.cancelledOn === null);
    if (open) {
      throw fieldError('CONFLICT', 'registeredOn', `${person.name}已有一条未注销的失业登记（${open.registeredOn} 起），请先注销后再登记`);
    }
    const clash = existing.find((r) => r.cancelledOn !== null && (r.cancelledOn > input.registeredOn || r.registeredOn === input.registeredOn));
    if (clash) {
      throw fieldError(
        'CONFLICT',
        'registeredOn',
        `与已有的失业登记（${clash.registeredOn} 至 ${clash.cancelledOn} 注销）时间重叠；新的登记最早从 ${clash.cancelledOn} 开始`,
      );
    }
    const row = insertRegistration(db, { personId: person.id, registeredOn: input.registeredOn, reason: input.reason });
    recordAudit(db, { username: ctx.username, action: 'create', entity: 'unemployment_registration', entityKey: String(row.id), after: row });
    if (input.wish) recordRegistrationWish(db, ctx, person, input.registeredOn, input.wish);
    refreshPersons(db, [person.id]);
    return row;
  });
}

export function cancelUnemployment(db: DeskDatabase, ctx: CallerContext, today: string, input: CancelRegistrationInput): Registration {
  return inTransaction(db, () => {
    const before = foundById(findRegistration(db, input.id), '找不到该失业登记，可能已被他人修改，请刷新后重试');
    if (before.cancelledOn !== null) {
      throw fieldError('CONFLICT', 'cancelledOn', `该失业登记已于 ${before.cancelledOn} 注销，不能再次注销`);
    }
    // An archived person's registration may still be closed, on or before the archive date (checkPersonDate).
    const person = requirePerson(db, before.personId);
    const problems = new RuleProblems();
    checkPersonDate(problems, person, today, 'cancelledOn', input.cancelledOn, '注销日期');
    if (input.cancelledOn < before.registeredOn) {
      problems.add('cancelledOn', `注销日期不能早于登记日期（${before.registeredOn}）`);
    }
    problems.throwIfAny();
    const row = cancelRegistration(db, before.id, input.cancelledOn, input.cancelReason);
    if (!row) throw fieldError('CONFLICT', 'cancelledOn', '该失业登记刚被他人注销，请刷新后查看');
    return personRecordWritten(db, ctx, 'unemployment_registration', row, before);
  });
}
