/**
 * The records the standard workbook (version 2) names by their dates cannot be entered twice on one day through the
 * app either: a recognition applied for, an agreement signed, a vacancy published (by title), a measure planned —
 * otherwise the export would hold two rows with one key and the file could not be imported again.
 */
import { afterEach, beforeEach, describe, it } from 'vitest';
import { addFamily, addPerson, historyRuntime, ok, refused } from './history-fixture';
import type { Runtime } from './history-fixture';

let runtime: Runtime;
let personId: number;
let communityId: number;

beforeEach(async () => {
  runtime = await historyRuntime();
  const family = addFamily(runtime);
  communityId = family.communityId;
  personId = addPerson(runtime, { householdId: family.householdId, birthDate: '1975-03-03' });
});
afterEach(() => runtime.dispose());

const FIVE_CLEAR = { skills: { clear: true }, jobWish: { clear: true }, family: { clear: true }, employment: { clear: true }, policies: { clear: true } };

describe('one record per workbook key', () => {
  it('a second application on the day of a refused one', async () => {
    const applied = await ok<{ id: number; version: number }>(runtime, 'recognitions.apply', { personId, category: 'other', appliedOn: '2025-05-01', especiallyDifficult: false, fiveClear: FIVE_CLEAR });
    await ok(runtime, 'recognitions.review', { id: applied.id, version: applied.version, decision: 'refused', reviewedOn: '2025-05-01', reviewer: '李科长', note: '材料不全' });
    await refused(runtime, 'recognitions.apply', { personId, category: 'other', appliedOn: '2025-05-01', especiallyDifficult: false, fiveClear: FIVE_CLEAR }, 'CONFLICT', 'appliedOn');
    await ok(runtime, 'recognitions.apply', { personId, category: 'other', appliedOn: '2025-05-02', especiallyDifficult: false, fiveClear: FIVE_CLEAR });
  });

  it('a second agreement signed on the day the first was closed, and a measure planned twice', async () => {
    const applied = await ok<{ id: number; version: number }>(runtime, 'recognitions.apply', { personId, category: 'other', appliedOn: '2025-05-01', especiallyDifficult: false, fiveClear: FIVE_CLEAR });
    await ok(runtime, 'recognitions.review', { id: applied.id, version: applied.version, decision: 'recognised', reviewedOn: '2025-05-03', reviewer: '李科长' });
    const agreement = await ok<{ id: number; version: number }>(runtime, 'assistance.create', { personId, signedOn: '2025-05-05', clerk: '王芳', goal: '就业' });
    const measure = { agreementId: agreement.id, kind: 'guidance', description: '职业指导', plannedOn: '2025-05-10' };
    await ok(runtime, 'assistance.addMeasure', measure);
    await refused(runtime, 'assistance.addMeasure', measure, 'CONFLICT', 'description');
    await ok(runtime, 'assistance.close', { id: agreement.id, version: agreement.version, closedOn: '2025-05-05', reason: '其他' });
    await refused(runtime, 'assistance.create', { personId, signedOn: '2025-05-05', clerk: '王芳', goal: '就业' }, 'INVALID_INPUT', 'signedOn');
    await ok(runtime, 'assistance.create', { personId, signedOn: '2025-05-06', clerk: '王芳', goal: '就业' });
  });

  it('a vacancy of the same title published twice on one day', async () => {
    const employer = await ok<{ id: number }>(runtime, 'employers.create', { name: '金山超市有限公司' });
    const vacancy = { employerId: employer.id, communityId, title: '收银员', posts: 2, openedOn: '2025-06-01', publicWelfare: false, developedByCommunity: false };
    await ok(runtime, 'vacancies.create', vacancy);
    await refused(runtime, 'vacancies.create', vacancy, 'INVALID_INPUT', 'openedOn');
    const other = await ok<{ id: number; version: number }>(runtime, 'vacancies.create', { ...vacancy, openedOn: '2025-06-02' });
    await refused(
      runtime,
      'vacancies.update',
      { id: other.id, version: other.version, communityId, title: '收银员', posts: 2, skills: null, wage: null, openedOn: '2025-06-01', publicWelfare: false, developedByCommunity: false },
      'INVALID_INPUT',
      'openedOn',
    );
  });
});
