import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Employer, Vacancy, VacancyListRow } from '../../../shared/contract/employers';
import { dbFingerprint } from '../support/db-fingerprint';
import { addCommunity, historyRuntime, ok, refused } from './history-fixture';
import type { Runtime } from './history-fixture';

let runtime: Runtime;
let communityId: number;

beforeEach(async () => {
  runtime = await historyRuntime();
  communityId = addCommunity(runtime);
});
afterEach(() => runtime.dispose());

async function vacancy(employerId: number, title: string, openedOn: string, skills: string | null = null): Promise<Vacancy> {
  return ok<Vacancy>(runtime, 'vacancies.create', {
    employerId, communityId, title, posts: 1, skills, wage: 3000, openedOn, publicWelfare: false, developedByCommunity: false,
  });
}

describe('vacancies.list', () => {
  it('lists open vacancies by default, newest first, with the employer name; filters by status, employer and words', async () => {
    const jinshan = await ok<Employer>(runtime, 'employers.create', { name: '金山物业' });
    const yinshan = await ok<Employer>(runtime, 'employers.create', { name: '银山超市' });
    const cleaner = await vacancy(jinshan.id, '保洁员', '2025-03-01', '家政、清洁');
    const guard = await vacancy(jinshan.id, '保安', '2025-05-01');
    const cashier = await vacancy(yinshan.id, '收银员', '2025-04-01', 'Excel 收银');
    await ok(runtime, 'vacancies.fill', { id: guard.id, version: 0, filledOn: '2025-06-01' });

    const before = dbFingerprint(runtime);
    const open = await ok<VacancyListRow[]>(runtime, 'vacancies.list', {});
    expect(dbFingerprint(runtime)).toBe(before);
    expect(open.map((v) => v.title)).toEqual(['收银员', '保洁员']);
    expect(open[0]).toMatchObject({ employerName: '银山超市', employerId: yinshan.id, filledOn: null, wage: 3000, publicWelfare: false });

    const all = await ok<VacancyListRow[]>(runtime, 'vacancies.list', { status: 'all' });
    expect(all.map((v) => v.title)).toEqual(['收银员', '保洁员', '保安']);
    const filled = await ok<VacancyListRow[]>(runtime, 'vacancies.list', { status: 'filled' });
    expect(filled.map((v) => [v.title, v.filledOn, v.version])).toEqual([['保安', '2025-06-01', 1]]);

    const mine = await ok<VacancyListRow[]>(runtime, 'vacancies.list', { status: 'all', employerId: jinshan.id });
    expect(mine.map((v) => v.id)).toEqual([cleaner.id, guard.id]);
    expect((await ok<VacancyListRow[]>(runtime, 'vacancies.list', { query: ' 清洁 ' })).map((v) => v.id)).toEqual([cleaner.id]);
    expect((await ok<VacancyListRow[]>(runtime, 'vacancies.list', { query: 'excel' })).map((v) => v.id)).toEqual([cashier.id]);
    expect((await ok<VacancyListRow[]>(runtime, 'vacancies.list', { query: '银山' })).map((v) => v.id)).toEqual([cashier.id]);
    expect((await ok<VacancyListRow[]>(runtime, 'vacancies.list', { query: '%' }))).toEqual([]);
    expect((await ok<VacancyListRow[]>(runtime, 'vacancies.list', { query: '' })).length).toBe(2);
    expect((await ok<VacancyListRow[]>(runtime, 'vacancies.list', { status: 'all', limit: 1 })).map((v) => v.title)).toEqual(['收银员']);
  });

  it('refuses bad filters', async () => {
    await refused(runtime, 'vacancies.list', { status: 'closed' }, 'INVALID_INPUT', 'status');
    await refused(runtime, 'vacancies.list', { limit: 0 }, 'INVALID_INPUT', 'limit');
    await refused(runtime, 'vacancies.list', { query: '字'.repeat(41) }, 'INVALID_INPUT', 'query');
    await refused(runtime, 'vacancies.list', { extra: 1 }, 'INVALID_INPUT');
  });
});
