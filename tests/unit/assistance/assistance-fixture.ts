/** A recognised difficult person (recognised on 2025-03-05; today is 2025-06-30) and helpers for 一人一策 tests. */
import type { AssistanceAgreement, PersonAssistance, Recognition } from '../../../shared/contract/recognitions';
import { addFamily, addPerson, ok } from '../history/history-fixture';
import type { Runtime } from '../history/history-fixture';

export const FIVE_CLEAR = {
  skills: { clear: true, note: '家政服务员初级' },
  jobWish: { clear: true, note: '保洁、家政' },
  family: { clear: true, note: '低保户' },
  employment: { clear: true, note: '失业' },
  policies: { clear: true, note: '无' },
};

export interface Subject {
  personId: number;
  householdId: number;
  recognition: Recognition;
}

/** A person who applied on 2025-03-01 and was recognised on 2025-03-05 (`recognise: false` leaves it applied). */
export async function recognisedPerson(runtime: Runtime, options: { recognise?: boolean; especiallyDifficult?: boolean } = {}): Promise<Subject> {
  const { householdId } = addFamily(runtime);
  const personId = addPerson(runtime, { householdId, gender: 'F', birthDate: '1975-04-12', name: '王秀英' });
  const applied = await ok<Recognition>(runtime, 'recognitions.apply', {
    personId,
    category: '4050',
    appliedOn: '2025-03-01',
    especiallyDifficult: options.especiallyDifficult ?? false,
    fiveClear: FIVE_CLEAR,
  });
  if (options.recognise === false) return { personId, householdId, recognition: applied };
  const recognition = await ok<Recognition>(runtime, 'recognitions.review', {
    id: applied.id,
    version: applied.version,
    decision: 'recognised',
    reviewedOn: '2025-03-05',
    reviewer: '张科长',
  });
  return { personId, householdId, recognition };
}

export function sign(runtime: Runtime, personId: number, over: Record<string, unknown> = {}): Promise<AssistanceAgreement> {
  return ok<AssistanceAgreement>(runtime, 'assistance.create', {
    personId,
    signedOn: '2025-03-10',
    clerk: '李明',
    goal: '三个月内实现家政岗位就业',
    ...over,
  });
}

export function addMeasure(runtime: Runtime, agreementId: number, over: Record<string, unknown> = {}): Promise<AssistanceAgreement> {
  return ok<AssistanceAgreement>(runtime, 'assistance.addMeasure', {
    agreementId,
    kind: 'training',
    description: '参加家政服务员培训',
    plannedOn: '2025-04-15',
    ...over,
  });
}

export function assistanceOf(runtime: Runtime, personId: number): Promise<PersonAssistance> {
  return ok<PersonAssistance>(runtime, 'assistance.get', { personId });
}
