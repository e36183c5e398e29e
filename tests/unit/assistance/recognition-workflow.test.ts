/** The recognition workflow the person page drives: its list, its transitions, dates and archived persons. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Recognition } from '../../../shared/contract/recognitions';
import { addFamily, addPerson, historyRuntime, ok, refused } from '../history/history-fixture';
import type { Runtime } from '../history/history-fixture';
import { FIVE_CLEAR } from './assistance-fixture';

let runtime: Runtime;
let personId: number;

beforeEach(async () => {
  runtime = await historyRuntime();
  personId = addPerson(runtime, { householdId: addFamily(runtime).householdId, birthDate: '1972-01-15' });
});
afterEach(() => runtime.dispose());

const apply = (appliedOn: string, over: Record<string, unknown> = {}) =>
  ok<Recognition>(runtime, 'recognitions.apply', { personId, category: 'long_term_unemployed', appliedOn, especiallyDifficult: false, fiveClear: FIVE_CLEAR, ...over });
const review = (r: Recognition, decision: 'recognised' | 'refused', reviewedOn: string) => ({
  id: r.id,
  version: r.version,
  decision,
  reviewedOn,
  reviewer: '张科长',
  note: decision === 'refused' ? '家庭人均收入高于认定标准' : null,
});
const exit = (r: Recognition, exitedOn: string) => ({ id: r.id, version: r.version, exitedOn, exitReason: '已就业' });
const archive = (on: string) => runtime.db.sqlite.prepare("UPDATE persons SET archived_on = ?, archive_reason = '迁出' WHERE id = ?").run(on, personId);

describe('recognitions.listForPerson', () => {
  it('lists every recognition, newest application first, with 五清 and the commitment day', async () => {
    expect(await ok(runtime, 'recognitions.listForPerson', { personId })).toEqual([]);
    const first = await apply('2024-01-10');
    await ok(runtime, 'recognitions.review', review(first, 'refused', '2024-01-20'));
    const second = await apply('2025-02-01', { especiallyDifficult: true, category: 'dibao' });
    await ok(runtime, 'recognitions.review', review(second, 'recognised', '2025-02-05'));
    const list = await ok<Recognition[]>(runtime, 'recognitions.listForPerson', { personId });
    expect(list.map((r) => [r.appliedOn, r.category, r.status, r.reviewer, r.commitmentDueOn])).toEqual([
      ['2025-02-01', 'dibao', 'recognised', '张科长', '2025-02-08'],
      ['2024-01-10', 'long_term_unemployed', 'refused', '张科长', null],
    ]);
    expect(list[0]?.fiveClear).toEqual(FIVE_CLEAR);
    await refused(runtime, 'recognitions.listForPerson', { personId: 999_999 }, 'NOT_FOUND', 'personId');
  });
});

describe('review note', () => {
  it('a refusal needs its reason; a recognition may carry a note; both are kept', async () => {
    const applied = await apply('2025-01-10');
    await refused(runtime, 'recognitions.review', { ...review(applied, 'refused', '2025-01-15'), note: '' }, 'INVALID_INPUT', 'note');
    await refused(runtime, 'recognitions.review', { ...review(applied, 'refused', '2025-01-15'), note: undefined }, 'INVALID_INPUT', 'note');
    const refusedOne = await ok<Recognition>(runtime, 'recognitions.review', review(applied, 'refused', '2025-01-15'));
    expect(refusedOne.reviewNote).toBe('家庭人均收入高于认定标准');
    const second = await apply('2025-02-01');
    const recognised = await ok<Recognition>(runtime, 'recognitions.review', { ...review(second, 'recognised', '2025-02-03'), note: '经入户核查属实' });
    expect(recognised.reviewNote).toBe('经入户核查属实');
  });
});

describe('transitions', () => {
  it('only applied → recognised/refused and recognised → exited; every other step is a conflict naming the status', async () => {
    const applied = await apply('2025-01-10');
    const notYet = await refused(runtime, 'recognitions.exit', exit(applied, '2025-02-01'), 'CONFLICT');
    expect(notYet.message).toContain('已申请待审核');
    const recognised = await ok<Recognition>(runtime, 'recognitions.review', review(applied, 'recognised', '2025-01-15'));
    const reviewedTwice = await refused(runtime, 'recognitions.review', review(recognised, 'refused', '2025-01-16'), 'CONFLICT');
    expect(reviewedTwice.message).toContain('已认定');
    // A second application while one is in force.
    await refused(runtime, 'recognitions.apply', { personId, category: '4050', appliedOn: '2025-02-01', especiallyDifficult: false, fiveClear: FIVE_CLEAR }, 'CONFLICT', 'personId');
    const exited = await ok<Recognition>(runtime, 'recognitions.exit', exit(recognised, '2025-03-01'));
    await refused(runtime, 'recognitions.exit', exit(exited, '2025-03-02'), 'CONFLICT');
    await refused(runtime, 'recognitions.review', review(exited, 'recognised', '2025-03-02'), 'CONFLICT');
    // After an exit a new application is allowed.
    await apply('2025-04-01');
  });
});

describe('dates', () => {
  it('review before the application, in the future, or before the 16th birthday are refused', async () => {
    await refused(runtime, 'recognitions.apply', { personId, category: '4050', appliedOn: '1987-01-14', especiallyDifficult: false, fiveClear: FIVE_CLEAR }, 'INVALID_INPUT', 'appliedOn');
    await refused(runtime, 'recognitions.apply', { personId, category: '4050', appliedOn: '2025-07-01', especiallyDifficult: false, fiveClear: FIVE_CLEAR }, 'INVALID_INPUT', 'appliedOn');
    const applied = await apply('2025-01-10');
    const early = await refused(runtime, 'recognitions.review', review(applied, 'recognised', '2025-01-09'), 'INVALID_INPUT', 'reviewedOn');
    expect(early.message).toContain('2025-01-10');
    await refused(runtime, 'recognitions.review', review(applied, 'refused', '2025-07-01'), 'INVALID_INPUT', 'reviewedOn');
    const recognised = await ok<Recognition>(runtime, 'recognitions.review', review(applied, 'recognised', '2025-01-10'));
    await refused(runtime, 'recognitions.exit', exit(recognised, '2025-01-09'), 'INVALID_INPUT', 'exitedOn');
    await refused(runtime, 'recognitions.exit', exit(recognised, '2025-07-01'), 'INVALID_INPUT', 'exitedOn');
  });
});

describe('archived persons', () => {
  it('no application and no review; an exit is allowed up to the archiving date', async () => {
    const applied = await apply('2025-01-10');
    const recognisedLater = await ok<Recognition>(runtime, 'recognitions.review', review(applied, 'recognised', '2025-01-20'));
    archive('2025-05-01');
    await refused(runtime, 'recognitions.exit', exit(recognisedLater, '2025-05-02'), 'INVALID_INPUT', 'exitedOn');
    const exited = await ok<Recognition>(runtime, 'recognitions.exit', exit(recognisedLater, '2025-05-01'));
    expect(exited.status).toBe('exited');
    await refused(runtime, 'recognitions.apply', { personId, category: '4050', appliedOn: '2025-04-01', especiallyDifficult: false, fiveClear: FIVE_CLEAR }, 'INVALID_INPUT', 'personId');
  });

  it('an application pending when the person is archived cannot be recognised, only refused up to the archiving date', async () => {
    const applied = await apply('2025-01-10');
    archive('2025-02-01');
    const error = await refused(runtime, 'recognitions.review', review(applied, 'recognised', '2025-01-20'), 'INVALID_INPUT', 'id');
    expect(error.message).toContain('归档');
    await refused(runtime, 'recognitions.review', review(applied, 'refused', '2025-02-02'), 'INVALID_INPUT', 'reviewedOn');
    const closed = await ok<Recognition>(runtime, 'recognitions.review', review(applied, 'refused', '2025-02-01'));
    expect(closed.status).toBe('refused');
  });
});
