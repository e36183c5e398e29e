/** Checks shared by the 一人一策 services: the agreement in force, and the earliest day it can close. */
import { AppError } from '../../../shared/app-error';
import { findAgreement } from '../../../db/repositories/recognitions/agreements-repo';
import type { AgreementRow } from '../../../db/repositories/recognitions/agreements-repo';
import { latestDoneOn } from '../../../db/repositories/recognitions/measures-repo';
import { latestFollowUpOn } from '../../../db/repositories/services/service-records-repo';
import type { PersonFacts } from '../../../db/repositories/registry/persons-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { fieldError, requirePerson } from '../registry/person-rules';

export const AGREEMENT_ENTITY = 'assistance_agreement';
export const MEASURE_ENTITY = 'assistance_measure';

export function requireAgreement(db: DeskDatabase, id: number, path: string): AgreementRow {
  const agreement = findAgreement(db, id);
  if (!agreement) throw fieldError('NOT_FOUND', path, '找不到该援助协议，可能已被他人修改，请刷新后重试');
  return agreement;
}

/** An agreement still in force, and its person; `action` says what was attempted (“添加措施”). */
export function requireActiveAgreement(db: DeskDatabase, id: number, path: string, action: string): { agreement: AgreementRow; person: PersonFacts } {
  const agreement = requireAgreement(db, id, path);
  if (agreement.status !== 'active') {
    throw new AppError('CONFLICT', `该援助协议已于 ${agreement.closedOn ?? ''} 终止，不能再${action}；如需继续援助，请签订新的协议`);
  }
  return { agreement, person: requirePerson(db, agreement.personId) };
}

/** The latest day anything was recorded under the agreement: it cannot be closed before that day. */
export function lastEventOn(db: DeskDatabase, agreement: AgreementRow): string {
  return [agreement.signedOn, latestDoneOn(db, agreement.id), latestFollowUpOn(db, agreement.id)].reduce<string>(
    (a, b) => (b !== null && b > a ? b : a),
    agreement.signedOn,
  );
}
