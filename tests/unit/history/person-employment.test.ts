/** The person page's employment facts (employment.ofPerson) and the deemed-no-wish question for one person. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeemedCandidate, PersonEmployment, Spell } from '../../../shared/contract/employment';
import { addFamily, addPerson, historyRuntime, ok, refused, TODAY } from './history-fixture';
import type { Runtime } from './history-fixture';

let runtime: Runtime;
let communityId: number;
let householdId: number;
let personId: number;

beforeEach(async () => {
  runtime = await historyRuntime();
  ({ communityId, householdId } = addFamily(runtime));
  personId = addPerson(runtime, { householdId, name: '周敏', birthDate: '1982-02-02', gender: 'F' });
});
afterEach(() => runtime.dispose());

const facts = (who = personId) => ok<PersonEmployment>(runtime, 'employment.ofPerson', { personId: who });

describe('employment.ofPerson', () => {
  it('an unrecorded person: no spells, no registrations, no wish', async () => {
    expect(await facts()).toEqual({ personId, asOf: TODAY, spells: [], registrations: [], wish: null });
  });

  it('spells and registrations newest first, and the wish in force today', async () => {
    await ok(runtime, 'spells.add', { personId, startDate: '2018-01-01', endDate: '2019-12-31', kind: 'unit', employerName: '金山物业' });
    const open = await ok<Spell>(runtime, 'spells.add', { personId, startDate: '2024-04-01', endDate: null, kind: 'flexible', post: '家政' });
    const first = await ok<{ id: number }>(runtime, 'registrations.register', { personId, registeredOn: '2020-01-06', reason: 'unemployed' });
    await ok(runtime, 'registrations.cancel', { id: first.id, cancelledOn: '2024-04-01', cancelReason: '灵活就业' });
    await ok(runtime, 'wishes.record', { personId, recordedOn: '2020-01-06', hasWish: true, wishedJob: '保洁' });
    await ok(runtime, 'wishes.record', { personId, recordedOn: '2025-02-01', hasWish: false, noWishReason: '料理家务' });
    const page = await facts();
    expect(page.spells.map((s) => [s.startDate, s.endDate])).toEqual([
      ['2024-04-01', null],
      ['2018-01-01', '2019-12-31'],
    ]);
    expect(page.spells[0]).toMatchObject({ id: open.id, kind: 'flexible', post: '家政' });
    expect(page.registrations).toEqual([
      { id: first.id, personId, registeredOn: '2020-01-06', reason: 'unemployed', cancelledOn: '2024-04-01', cancelReason: '灵活就业' },
    ]);
    expect(page.wish).toMatchObject({ recordedOn: '2025-02-01', hasWish: false, noWishReason: '料理家务', deemedByRefusals: false });
  });

  it('an unknown person is NOT_FOUND', async () => {
    await refused(runtime, 'employment.ofPerson', { personId: 9999 }, 'NOT_FOUND', 'personId');
  });
});

describe('wishes.deemedNoWishCandidates for one person', () => {
  const referral = (who: number, date: string, vacancyId: number | null) =>
    ok(runtime, 'services.record', { subject: { personId: who }, date, kind: 'referral', clerk: '李红', vacancyId, referralResult: 'refused' });

  it('answers only about that person, with vacancy and clerk of each refusal', async () => {
    const employer = await ok<{ id: number }>(runtime, 'employers.create', { name: '金山物业有限公司' });
    const vacancy = await ok<{ id: number }>(runtime, 'vacancies.create', {
      employerId: employer.id,
      title: '保洁员',
      posts: 2,
      openedOn: '2025-01-01',
      publicWelfare: false,
      developedByCommunity: true,
    });
    const neighbour = addPerson(runtime, { householdId, name: '吴刚', birthDate: '1980-03-03' });
    for (const who of [personId, neighbour]) {
      await ok(runtime, 'wishes.record', { personId: who, recordedOn: '2025-01-10', hasWish: true });
      await referral(who, '2025-02-01', vacancy.id);
      await referral(who, '2025-03-01', null);
    }
    const mine = await ok<DeemedCandidate[]>(runtime, 'wishes.deemedNoWishCandidates', { personId });
    expect(mine).toHaveLength(1);
    expect(mine[0]?.personId).toBe(personId);
    expect(mine[0]?.refusals.map((r) => [r.date, r.vacancyTitle, r.clerk])).toEqual([
      ['2025-02-01', '保洁员', '李红'],
      ['2025-03-01', null, '李红'],
    ]);
    expect((await ok<DeemedCandidate[]>(runtime, 'wishes.deemedNoWishCandidates', {})).map((c) => c.personId).sort()).toEqual([personId, neighbour].sort());
    expect(await ok(runtime, 'wishes.deemedNoWishCandidates', { personId: 9999 })).toEqual([]);

    await ok(runtime, 'wishes.confirmDeemedNoWish', { personId, recordedOn: TODAY });
    expect(await ok(runtime, 'wishes.deemedNoWishCandidates', { personId })).toEqual([]);
    expect(await ok<DeemedCandidate[]>(runtime, 'wishes.deemedNoWishCandidates', { personId: neighbour })).toHaveLength(1);
    expect((await facts()).wish).toMatchObject({ hasWish: false, deemedByRefusals: true, noWishReason: '两次拒绝介绍视为无意愿' });
  });

  it('one refusal is no suggestion; community and person together are refused', async () => {
    await ok(runtime, 'wishes.record', { personId, recordedOn: '2025-01-10', hasWish: true });
    await referral(personId, '2025-02-01', null);
    expect(await ok(runtime, 'wishes.deemedNoWishCandidates', { personId })).toEqual([]);
    await refused(runtime, 'wishes.deemedNoWishCandidates', { personId, communityId }, 'INVALID_INPUT', 'personId');
  });
});
