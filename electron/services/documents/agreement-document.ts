/** 就业援助协议书 (一人一策, seed 003) of one agreement: the parties, the goal, the measures and the follow-ups. */
import { AppError } from '../../../shared/app-error';
import type { AgreementDocument } from '../../../shared/contract/documents';
import { findAgreement } from '../../../db/repositories/recognitions/agreements-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { agreementDetail } from '../recognitions/assistance-view';
import type { CallerContext } from '../context';
import { listRecognitionsForPerson } from '../recognitions/recognitions-service';
import { householdDetail } from '../registry/households-service';
import { documentHeader, documentPerson } from './document-parts';

export function agreementDocument(db: DeskDatabase, ctx: CallerContext, agreementId: number, today: string): AgreementDocument {
  const row = findAgreement(db, agreementId);
  if (!row) throw new AppError('NOT_FOUND', '找不到该援助协议，可能已被他人修改，请刷新后重试', { fields: [{ path: 'agreementId', message: '找不到该援助协议' }] });
  const recognition = listRecognitionsForPerson(db, row.personId).find((r) => r.id === row.recognitionId);
  if (!recognition) throw new AppError('NOT_FOUND', '找不到该协议所依据的认定记录');
  const { printed, detail } = documentPerson(db, ctx, row.personId);
  const household = householdDetail(db, detail.householdId, today);
  return {
    header: documentHeader(db, detail.communityId),
    agreement: agreementDetail(db, row, today),
    recognition,
    person: printed,
    household: { number: household.number, address: household.address },
  };
}
