import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Employer, Vacancy, VacancyMatch } from '../../../shared/contract/employers';
import { matchScore, vacancyWords } from '../../../electron/services/employers/vacancy-matches';
import { dbFingerprint } from '../support/db-fingerprint';
import { addFamily, addPerson, auditCount, historyRuntime, ok, refused } from './history-fixture';
import type { Runtime } from './history-fixture';

let runtime: Runtime;
let communityId: number;
let householdId: number;

beforeEach(async () => {
  runtime = await historyRuntime();
  ({ communityId, householdId } = addFamily(runtime));
});
afterEach(() => runtime.dispose());

const vacancyInput = (employerId: number, over: Record<string, unknown> = {}) => ({
  employerId, communityId, title: '保洁员', posts: 2, skills: '家政、清洁', wage: 2600, openedOn: '2025-05-01', publicWelfare: false, developedByCommunity: true, ...over,
});

describe('employers and vacancies', () => {
  it('creates an employer paired with a community; names are unique', async () => {
    const e = await ok<Employer>(runtime, 'employers.create', { name: '金山物业', contact: '王经理 13800000000', pairedCommunityId: communityId, pairedOn: '2025-01-01' });
    expect(e).toMatchObject({ name: '金山物业', pairedCommunityId: communityId, pairedOn: '2025-01-01', version: 0 });
    await refused(runtime, 'employers.create', { name: '金山物业' }, 'CONFLICT', 'name');
    await refused(runtime, 'employers.create', { name: '甲公司', pairedOn: '2025-01-01' }, 'INVALID_INPUT', 'pairedOn');
    await refused(runtime, 'employers.create', { name: '乙公司', pairedCommunityId: 99 }, 'INVALID_INPUT', 'pairedCommunityId');
    await refused(runtime, 'employers.create', { name: '丙公司', pairedCommunityId: communityId, pairedOn: '2025-07-01' }, 'INVALID_INPUT', 'pairedOn');
    expect(auditCount(runtime, 'employer')).toBe(1);
  });

  it('creates and fills a vacancy', async () => {
    const e = await ok<Employer>(runtime, 'employers.create', { name: '金山物业' });
    const v = await ok<Vacancy>(runtime, 'vacancies.create', vacancyInput(e.id));
    expect(v).toMatchObject({ employerName: '金山物业', title: '保洁员', posts: 2, filledOn: null, publicWelfare: false, developedByCommunity: true });
    await refused(runtime, 'vacancies.fill', { id: v.id, version: 0, filledOn: '2025-04-30' }, 'INVALID_INPUT', 'filledOn');
    await refused(runtime, 'vacancies.fill', { id: v.id, version: 0, filledOn: '2025-07-01' }, 'INVALID_INPUT', 'filledOn');
    await refused(runtime, 'vacancies.fill', { id: v.id, version: 3, filledOn: '2025-06-01' }, 'CONFLICT');
    const filled = await ok<Vacancy>(runtime, 'vacancies.fill', { id: v.id, version: 0, filledOn: '2025-05-01' });
    expect(filled).toMatchObject({ filledOn: '2025-05-01', version: 1 });
    await refused(runtime, 'vacancies.fill', { id: v.id, version: 1, filledOn: '2025-06-01' }, 'CONFLICT', 'filledOn');
    expect(auditCount(runtime, 'vacancy')).toBe(2);
  });

  it('refuses a vacancy without posts, for an unknown employer, or opened in the future', async () => {
    const e = await ok<Employer>(runtime, 'employers.create', { name: '金山物业' });
    await refused(runtime, 'vacancies.create', vacancyInput(e.id, { posts: 0 }), 'INVALID_INPUT', 'posts');
    await refused(runtime, 'vacancies.create', vacancyInput(99), 'INVALID_INPUT', 'employerId');
    await refused(runtime, 'vacancies.create', vacancyInput(e.id, { communityId: 99 }), 'INVALID_INPUT', 'communityId');
    await refused(runtime, 'vacancies.create', vacancyInput(e.id, { openedOn: '2025-07-01' }), 'INVALID_INPUT', 'openedOn');
  });
});

describe('vacancy matching', () => {
  it('splits words and scores whole words above pieces', () => {
    expect(vacancyWords('保洁员', '家政、清洁')).toEqual(['保洁员', '家政', '清洁']);
    expect(matchScore(['保洁员'], '保洁员 家政').score).toBe(3);
    expect(matchScore(['保洁员'], '保洁').score).toBe(1);
    expect(matchScore(['保洁员'], '电工').matched).toEqual([]);
  });

  it('offers unemployed persons whose wish or skills fit, best first, ids masked, writing nothing', async () => {
    const e = await ok<Employer>(runtime, 'employers.create', { name: '金山物业' });
    const v = await ok<Vacancy>(runtime, 'vacancies.create', vacancyInput(e.id));
    const registered = addPerson(runtime, { householdId, name: '甲', skills: '保洁员 家政' });
    await ok(runtime, 'registrations.register', { personId: registered, registeredOn: '2025-01-01', reason: 'unemployed' });
    const wishing = addPerson(runtime, { householdId, name: '乙' });
    await ok(runtime, 'wishes.record', { personId: wishing, recordedOn: '2025-02-01', hasWish: true, wishedJob: '保洁' });
    const employed = addPerson(runtime, { householdId, name: '丙' });
    await ok(runtime, 'wishes.record', { personId: employed, recordedOn: '2025-02-01', hasWish: true, wishedJob: '保洁员' });
    await ok(runtime, 'spells.add', { personId: employed, startDate: '2025-03-01', endDate: null, kind: 'flexible' });
    const noFit = addPerson(runtime, { householdId, name: '丁', skills: '电工' });
    await ok(runtime, 'registrations.register', { personId: noFit, registeredOn: '2025-01-01', reason: 'unemployed' });
    const noWish = addPerson(runtime, { householdId, name: '戊', skills: '保洁' });
    await ok(runtime, 'wishes.record', { personId: noWish, recordedOn: '2025-02-01', hasWish: false, noWishReason: '料理家务' });
    addPerson(runtime, { householdId, name: '己', skills: '保洁员', archivedOn: '2025-06-01' });
    const cancelled = addPerson(runtime, { householdId, name: '庚', skills: '清洁' });
    const r = await ok<{ id: number }>(runtime, 'registrations.register', { personId: cancelled, registeredOn: '2025-01-01', reason: 'unemployed' });
    await ok(runtime, 'registrations.cancel', { id: r.id, cancelledOn: '2025-06-30', cancelReason: '已就业' });

    const before = dbFingerprint(runtime);
    const matches = await ok<VacancyMatch[]>(runtime, 'vacancies.matches', { vacancyId: v.id, limit: 10 });
    expect(dbFingerprint(runtime)).toBe(before);
    expect(matches.map((m) => m.name)).toEqual(['甲', '乙']);
    expect(matches[0]).toMatchObject({ registered: true, communityName: '金山社区', matchedWords: ['保洁员', '家政'] });
    expect(matches[0]?.score).toBeGreaterThan(matches[1]?.score ?? 0);
    expect(matches[1]).toMatchObject({ registered: false, wishedJob: '保洁' });
    for (const m of matches) expect(m.idNumberMasked).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    const one = await ok<VacancyMatch[]>(runtime, 'vacancies.matches', { vacancyId: v.id, limit: 1 });
    expect(one.map((m) => m.name)).toEqual(['甲']);
    const byDefault = await ok<VacancyMatch[]>(runtime, 'vacancies.matches', { vacancyId: v.id });
    expect(byDefault).toHaveLength(2);
    await refused(runtime, 'vacancies.matches', { vacancyId: 99, limit: 5 }, 'NOT_FOUND', 'vacancyId');
  });
});
