import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Recognition } from '../../../shared/contract/recognitions';
import { addFamily, addPerson, auditCount, historyRuntime, ok, refused } from './history-fixture';
import type { Runtime } from './history-fixture';

let runtime: Runtime;
let personId: number;
let householdId: number;

beforeEach(async () => {
  runtime = await historyRuntime();
  householdId = addFamily(runtime).householdId;
  personId = addPerson(runtime, { householdId, gender: 'F', birthDate: '1978-09-01' });
});
afterEach(() => runtime.dispose());

const fiveClear = {
  skills: { clear: true, note: '家政服务员初级' },
  jobWish: { clear: true, note: '保洁、家政' },
  family: { clear: true, note: '低保户，丈夫残疾' },
  employment: { clear: true },
  policies: { clear: false, note: '社保补贴待核' },
};
const apply = (over: Record<string, unknown> = {}) =>
  ok<Recognition>(runtime, 'recognitions.apply', { personId, category: '4050', appliedOn: '2025-03-01', especiallyDifficult: false, fiveClear, ...over });
const review = (r: Recognition, decision: string, reviewedOn = '2025-03-05') => ({ id: r.id, version: r.version, decision, reviewedOn, reviewer: '张科长', note: '经入户核查' });
const exit = (r: Recognition, exitedOn = '2025-06-01') => ({ id: r.id, version: r.version, exitedOn, exitReason: '已就业' });

describe('difficulty recognitions', () => {
  it('applied → recognised → exited, with 五清 kept and each step audited', async () => {
    const applied = await apply();
    expect(applied).toMatchObject({ status: 'applied', category: '4050', fiveClear, version: 0, commitmentDueOn: null });
    const recognised = await ok<Recognition>(runtime, 'recognitions.review', review(applied, 'recognised'));
    expect(recognised).toMatchObject({ status: 'recognised', reviewedOn: '2025-03-05', recognisedOn: '2025-03-05', reviewer: '张科长', version: 1 });
    const exited = await ok<Recognition>(runtime, 'recognitions.exit', exit(recognised));
    expect(exited).toMatchObject({ status: 'exited', exitedOn: '2025-06-01', exitReason: '已就业', version: 2 });
    expect(auditCount(runtime, 'difficulty_recognition')).toBe(3);
  });

  it('especially difficult: the 72-hour commitment falls due three days after recognition', async () => {
    const applied = await apply({ especiallyDifficult: true });
    const recognised = await ok<Recognition>(runtime, 'recognitions.review', review(applied, 'recognised', '2025-03-30'));
    expect(recognised.commitmentDueOn).toBe('2025-04-02');
  });

  it('illegal transitions are conflicts with a Chinese message', async () => {
    const applied = await apply();
    await refused(runtime, 'recognitions.exit', exit(applied), 'CONFLICT');
    const refusedOne = await ok<Recognition>(runtime, 'recognitions.review', review(applied, 'refused'));
    expect(refusedOne).toMatchObject({ status: 'refused', recognisedOn: null });
    const error = await refused(runtime, 'recognitions.exit', exit(refusedOne), 'CONFLICT');
    expect(error.message).toContain('不予认定');
    await refused(runtime, 'recognitions.review', review(refusedOne, 'recognised'), 'CONFLICT');
    const second = await apply({ appliedOn: '2025-04-01' });
    const recognised = await ok<Recognition>(runtime, 'recognitions.review', review(second, 'recognised', '2025-04-02'));
    await refused(runtime, 'recognitions.review', review(recognised, 'refused'), 'CONFLICT');
    const exited = await ok<Recognition>(runtime, 'recognitions.exit', exit(recognised));
    await refused(runtime, 'recognitions.exit', exit(exited), 'CONFLICT');
    await refused(runtime, 'recognitions.review', review(exited, 'recognised'), 'CONFLICT');
  });

  it('a stale version is a conflict', async () => {
    const applied = await apply();
    await ok(runtime, 'recognitions.review', review(applied, 'recognised'));
    await refused(runtime, 'recognitions.review', review(applied, 'refused'), 'CONFLICT');
  });

  it('one live recognition per person', async () => {
    await apply();
    await refused(runtime, 'recognitions.apply', { personId, category: 'dibao', appliedOn: '2025-03-02', especiallyDifficult: false, fiveClear }, 'CONFLICT', 'personId');
  });

  it('dates: review not before applying, exit not before recognition, none in the future', async () => {
    const input = { personId, category: '4050', especiallyDifficult: false, fiveClear };
    await refused(runtime, 'recognitions.apply', { ...input, appliedOn: '2025-07-01' }, 'INVALID_INPUT', 'appliedOn');
    const applied = await apply();
    await refused(runtime, 'recognitions.review', review(applied, 'recognised', '2025-02-28'), 'INVALID_INPUT', 'reviewedOn');
    await refused(runtime, 'recognitions.review', review(applied, 'recognised', '2025-07-01'), 'INVALID_INPUT', 'reviewedOn');
    const recognised = await ok<Recognition>(runtime, 'recognitions.review', review(applied, 'recognised', '2025-03-01'));
    await refused(runtime, 'recognitions.exit', exit(recognised, '2025-02-28'), 'INVALID_INPUT', 'exitedOn');
    await refused(runtime, 'recognitions.exit', exit(recognised, '2025-07-01'), 'INVALID_INPUT', 'exitedOn');
    await ok(runtime, 'recognitions.exit', exit(recognised, '2025-03-01'));
  });

  it('needs all five 五清 items, a known category, and a person not archived', async () => {
    const { policies: _policies, ...four } = fiveClear;
    const input = { personId, category: '4050', appliedOn: '2025-03-01', especiallyDifficult: false };
    await refused(runtime, 'recognitions.apply', { ...input, fiveClear: four }, 'INVALID_INPUT', 'fiveClear.policies');
    await refused(runtime, 'recognitions.apply', { ...input, fiveClear, category: 'lazy' }, 'INVALID_INPUT', 'category');
    const gone = addPerson(runtime, { householdId, archivedOn: '2025-01-01' });
    await refused(runtime, 'recognitions.apply', { ...input, fiveClear, personId: gone }, 'INVALID_INPUT', 'personId');
    await refused(runtime, 'recognitions.review', { id: 99, version: 0, decision: 'recognised', reviewedOn: '2025-03-05', reviewer: '张' }, 'NOT_FOUND', 'id');
  });
});
