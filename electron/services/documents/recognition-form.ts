/**
 * 就业困难人员申请审核认定表 (seed 003) of one recognition: the applicant and their household on the application
 * day, the category, 五清, the review and the recognition (or refusal, or exit) as recorded.
 */
import { AppError } from '../../../shared/app-error';
import type { RecognitionForm } from '../../../shared/contract/documents';
import { personStateText } from '../../../shared/documents/person-state';
import { findRecognition } from '../../../db/repositories/recognitions/recognitions-repo';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { personEmployment } from '../employment/person-employment';
import { listRecognitionsForPerson } from '../recognitions/recognitions-service';
import { householdPopulation, personBadges } from '../population/queries';
import { householdDetail } from '../registry/households-service';
import { documentHeader, documentPerson, registrationOn } from './document-parts';

export function recognitionForm(db: DeskDatabase, ctx: CallerContext, recognitionId: number): RecognitionForm {
  const row = findRecognition(db, recognitionId);
  if (!row) throw new AppError('NOT_FOUND', '找不到该认定记录，可能已被他人修改，请刷新后重试', { fields: [{ path: 'recognitionId', message: '找不到该认定记录' }] });
  const recognition = listRecognitionsForPerson(db, row.personId).find((r) => r.id === recognitionId);
  if (!recognition) throw new AppError('NOT_FOUND', '找不到该认定记录，请刷新后重试');
  const day = recognition.appliedOn;
  const { printed, detail } = documentPerson(db, ctx, row.personId);
  const badges = personBadges(db, row.personId, day);
  // The household of the application day; a person entered after it is shown in the household they have now.
  const householdId = badges.place?.householdId ?? detail.householdId;
  const household = householdDetail(db, householdId, day);
  const population = householdPopulation(db, householdId, day);
  const family = population.members
    .filter((m) => m.personId !== row.personId)
    .map((m) => ({ name: m.name, relation: m.relation, age: m.badges.age, state: personStateText(m.badges) }));
  return {
    header: documentHeader(db, household.communityId),
    recognition,
    person: printed,
    household: { number: household.number, address: household.address, flags: household.flags },
    badges,
    registration: registrationOn(personEmployment(db, day, row.personId), day),
    family,
  };
}
