import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Employer, Vacancy, VacancyMatch } from '../../../shared/contract/employers';
import { addFamily, addPerson, historyRuntime, ok, TODAY } from './history-fixture';
import type { Runtime } from './history-fixture';

let runtime: Runtime;
let communityId: number;
let householdId: number;

beforeEach(async () => {
  runtime = await historyRuntime();
  ({ communityId, householdId } = addFamily(runtime));
});
afterEach(() => runtime.dispose());

/** Wishes as a workbook import stores them: possibly undated (recorded_on NULL). */
function wish(personId: number, recordedOn: string | null, hasWish: boolean, wishedJob: string | null): void {
  const now = new Date().toISOString();
  runtime.db.sqlite
    .prepare(
      `INSERT INTO employment_wishes (person_id, recorded_on, has_wish, wished_job, no_wish_reason, deemed_by_refusals, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 0, ?, ?)`,
    )
    .run(personId, recordedOn, hasWish ? 1 : 0, wishedJob, hasWish ? null : '料理家务', now, now);
}

describe('the wish in force for matching', () => {
  it('is the latest dated wish on or before today, else the undated one entered last', async () => {
    const e = await ok<Employer>(runtime, 'employers.create', { name: '金山物业' });
    const v = await ok<Vacancy>(runtime, 'vacancies.create', {
      employerId: e.id, communityId, title: '保洁员', posts: 1, skills: null, wage: null, openedOn: '2025-05-01', publicWelfare: false, developedByCommunity: false,
    });
    const undatedOnly = addPerson(runtime, { householdId, name: '甲' });
    wish(undatedOnly, null, true, '电工');
    wish(undatedOnly, null, true, '保洁员');
    const datedWins = addPerson(runtime, { householdId, name: '乙' });
    wish(datedWins, null, true, '保洁员');
    wish(datedWins, '2025-01-01', false, null);
    const laterDate = addPerson(runtime, { householdId, name: '丙' });
    wish(laterDate, '2024-01-01', false, null);
    wish(laterDate, '2025-03-01', true, '保洁');
    const future = addPerson(runtime, { householdId, name: '丁' });
    wish(future, '2025-01-01', true, '保洁员');
    wish(future, '2025-12-01', false, null);
    const undatedLast = addPerson(runtime, { householdId, name: '戊' });
    wish(undatedLast, null, true, '保洁员');
    wish(undatedLast, null, false, null);

    const matches = await ok<VacancyMatch[]>(runtime, 'vacancies.matches', { vacancyId: v.id });
    expect(TODAY < '2025-12-01').toBe(true);
    expect(matches.map((m) => [m.name, m.wishedJob])).toEqual([
      ['甲', '保洁员'],
      ['丁', '保洁员'],
      ['丙', '保洁'],
    ]);
  });
});
