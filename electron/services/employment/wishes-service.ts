import { DEEMED_NO_WISH_REASON } from '../../../shared/contract/employment';
import type { ConfirmDeemedInput, DeemedCandidate, RecordWishInput, Wish } from '../../../shared/contract/employment';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { findWishRecordedOn, insertWish, refusalsSinceWish, wishInForce } from '../../../db/repositories/employment/wishes-repo';
import type { RefusalScope, WishValues } from '../../../db/repositories/employment/wishes-repo';
import { inTransaction } from '../../../db/transaction';
import type { PersonFacts } from '../../../db/repositories/registry/persons-repo';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { personRecordWritten } from './person-record-written';
import { fieldError, personForNewRecord } from '../registry/person-rules';

function requireWishPerson(db: DeskDatabase, today: string, personId: number, recordedOn: string): PersonFacts {
  const { person, problems } = personForNewRecord(db, today, personId, { path: 'recordedOn', value: recordedOn, label: '记录日期' });
  problems.throwIfAny();
  return person;
}

function saveWish(db: DeskDatabase, ctx: CallerContext, today: string, values: WishValues & { recordedOn: string }): Wish {
  const person = requireWishPerson(db, today, values.personId, values.recordedOn);
  if (findWishRecordedOn(db, person.id, values.recordedOn)) {
    throw fieldError('CONFLICT', 'recordedOn', `${person.name}在 ${values.recordedOn} 已有一条就业意愿记录；同一天只能记录一次`);
  }
  return personRecordWritten(db, ctx, 'employment_wish', insertWish(db, values));
}

export function recordWish(db: DeskDatabase, ctx: CallerContext, today: string, input: RecordWishInput): Wish {
  return inTransaction(db, () =>
    saveWish(db, ctx, today, {
      personId: input.personId,
      recordedOn: input.recordedOn,
      hasWish: input.hasWish,
      wishedJob: input.hasWish ? (input.wishedJob ?? null) : null,
      wishedWage: input.hasWish ? (input.wishedWage ?? null) : null,
      trainingWanted: input.trainingWanted ?? null,
      noWishReason: input.hasWish ? null : (input.noWishReason ?? null),
      deemedByRefusals: false,
    }),
  );
}

/** Persons with two or more refused referrals since their wish in force: a suggestion for the clerk, nothing more. */
export function deemedNoWishCandidates(db: DeskDatabase, today: string, scope: RefusalScope): DeemedCandidate[] {
  const byPerson = new Map<number, DeemedCandidate>();
  for (const row of refusalsSinceWish(db, today, scope)) {
    let candidate = byPerson.get(row.personId);
    if (!candidate) {
      candidate = {
        personId: row.personId,
        name: row.name,
        idNumberMasked: maskIdNumber(row.idNumber),
        communityName: row.communityName,
        wishRecordedOn: row.wishRecordedOn,
        refusals: [],
      };
      byPerson.set(row.personId, candidate);
    }
    candidate.refusals.push({
      serviceId: row.serviceId,
      date: row.date,
      content: row.content,
      clerk: row.clerk,
      vacancyId: row.vacancyId,
      vacancyTitle: row.vacancyTitle,
    });
  }
  return [...byPerson.values()].filter((c) => c.refusals.length >= 2);
}

/** The clerk's confirmation: records "no wish, deemed after two refused referrals". */
export function confirmDeemedNoWish(db: DeskDatabase, ctx: CallerContext, today: string, input: ConfirmDeemedInput): Wish {
  return inTransaction(db, () => {
    const person = requireWishPerson(db, today, input.personId, input.recordedOn);
    const candidate = deemedNoWishCandidates(db, input.recordedOn, { personId: person.id })[0];
    if (!candidate) {
      throw fieldError('CONFLICT', 'personId', `${person.name}在 ${input.recordedOn} 前没有两次拒绝职业介绍的记录（或已无就业意愿），不能视为无就业意愿`);
    }
    const before = wishInForce(db, person.id, input.recordedOn);
    return saveWish(db, ctx, today, {
      personId: person.id,
      recordedOn: input.recordedOn,
      hasWish: false,
      wishedJob: null,
      wishedWage: null,
      trainingWanted: before?.trainingWanted ?? null,
      noWishReason: DEEMED_NO_WISH_REASON,
      deemedByRefusals: true,
    });
  });
}
