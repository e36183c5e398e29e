/**
 * The wall notice's aggregates (issue [prints] item 5) on a crafted street, as of a date: who is counted, who is
 * not, and that the verdict is the assessment's own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoticeData } from '../../../shared/contract/notice';
import { insertEmployer } from '../../../db/repositories/employers/employers-repo';
import { insertVacancy } from '../../../db/repositories/employers/vacancies-repo';
import { kitRuntime, StreetKit, unitOf } from '../assessment/street-kit';
import type { KitRuntime } from '../assessment/street-kit';

const TODAY = '2026-11-20';
let runtime: KitRuntime;
let kit: StreetKit;
let a: number;
let b: number;

async function notice(communityId: number, asOf: string): Promise<NoticeData> {
  kit.refresh();
  const result = await runtime.call('notice.data', { communityId, asOf });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as NoticeData;
}

function vacancy(communityId: number | null, pairedWith: number | null, openedOn: string, posts: number, filledOn: string | null = null): void {
  const employer = insertEmployer(runtime.db, { name: `单位${openedOn}${posts}${communityId ?? pairedWith}`, contact: null, pairedCommunityId: pairedWith, pairedOn: null });
  const id = insertVacancy(runtime.db, { employerId: employer.id, communityId, title: '保洁员', posts, skills: null, wage: null, openedOn, publicWelfare: false, developedByCommunity: false });
  if (filledOn) runtime.db.sqlite.prepare('UPDATE vacancies SET filled_on = ? WHERE id = ?').run(filledOn, id);
}

beforeAll(async () => {
  runtime = await kitRuntime(TODAY);
  kit = new StreetKit(runtime);
  a = kit.community('金山社区');
  b = kit.community('银河社区');

  // Labour force of A: two employed with a wish, one unemployed (and alone: a zero-employment family now), one with
  // no wish, one student (not in LF), one retired (not in LF).
  const h1 = kit.household(a);
  const employed1 = kit.person(h1, { relation: 'head' });
  kit.employ(employed1, '2020-01-01');
  const employed2 = kit.person(h1, { relation: 'spouse', gender: 'F' });
  kit.employ(employed2, '2026-03-01');
  kit.person(h1, { relation: 'child', birthDate: '2008-09-01', isStudent: true });
  const zeroNow = kit.single(a);
  kit.person(kit.household(a), { wish: false });
  kit.person(kit.household(a), { isRetired: true, birthDate: '1960-01-01' });

  // A family eliminated this year (its only member employed on 2026-05-10), one eliminated last year.
  const eliminated = kit.single(a);
  kit.employ(eliminated, '2026-05-10');
  const lastYear = kit.single(a);
  kit.employ(lastYear, '2025-06-01');

  // Recognised difficult persons of A: one served this year and employed (the family eliminated this year), one
  // served only last year, one exited before D (not counted).
  kit.recognise(eliminated, '2026-02-01');
  kit.serve(eliminated, '2026-03-15', 'referral');
  kit.recognise(zeroNow, '2025-10-01');
  kit.serve(zeroNow, '2025-12-20', 'guidance');
  kit.recognise(lastYear, '2025-03-01', { exitedOn: '2025-07-01' });

  // Services in A this year: the two above (one is last year's), two more kinds, one to a household; last year's and
  // B's are not counted.
  kit.serve(employed1, '2026-01-01', 'training');
  kit.serve(employed2, '2026-11-20', 'policy_benefit');
  kit.serveHousehold(h1, '2026-06-01');
  kit.serve(employed1, '2025-12-31', 'guidance');

  // B: its own people and services.
  const other = kit.single(b);
  kit.serve(other, '2026-04-01', 'guidance');
  kit.recognise(other, '2026-01-10');

  // Vacancies: A's own (3 posts), a paired employer's naming no community (2 posts), one filled before D, one opened
  // after the earlier date, B's.
  vacancy(a, null, '2026-01-05', 3);
  vacancy(null, a, '2026-02-01', 2);
  vacancy(a, null, '2026-01-05', 4, '2026-10-01');
  vacancy(a, null, '2026-09-01', 1);
  vacancy(b, null, '2026-01-05', 9);
});
afterAll(() => runtime.dispose());

describe('notice.data', () => {
  it('counts the labour force, the employed and the unemployed of the community on D', async () => {
    const n = await notice(a, TODAY);
    expect(n.population).toEqual({
      labourResources: 6,
      withWish: 5,
      employed: 4,
      unemployed: 1,
      registeredUnemployed: 0,
      employmentRate: 4 / 5,
    });
    expect(n.period).toEqual({ from: '2026-01-01', to: TODAY });
    expect(n.community).toMatchObject({ id: a, name: '金山社区' });
    expect(n.street).toMatchObject({ code: '321102001', name: '解放路街道' });
  });

  it('counts zero-employment families now and those eliminated this year (not last year’s)', async () => {
    const n = await notice(a, TODAY);
    expect(n.zeroEmploymentFamilies).toEqual({ now: 1, eliminatedThisYear: 1 });
  });

  it('is as of the date: before the elimination the family is still there', async () => {
    const n = await notice(a, '2026-04-30');
    expect(n.zeroEmploymentFamilies).toEqual({ now: 2, eliminatedThisYear: 0 });
    expect(n.population.employed).toBe(3);
    expect(n.services.total).toBe(2);
    expect(n.vacancies).toEqual({ open: 3, posts: 9 });
  });

  it('counts recognised difficult persons in force on D, those helped this year and those employed', async () => {
    const n = await notice(a, TODAY);
    expect(n.difficultPersons).toEqual({ recognised: 2, helpedThisYear: 1, employed: 1 });
  });

  it('counts the service records of the year given in the community, by kind', async () => {
    const n = await notice(a, TODAY);
    expect(n.services).toEqual({ total: 4, guidance: 0, referral: 1, training: 1, policy: 1 });
    expect((await notice(b, TODAY)).services).toEqual({ total: 1, guidance: 1, referral: 0, training: 0, policy: 0 });
  });

  it('counts the vacancies open on D, the community’s own and its paired employers’', async () => {
    expect((await notice(a, TODAY)).vacancies).toEqual({ open: 3, posts: 6 });
    expect((await notice(b, TODAY)).vacancies).toEqual({ open: 1, posts: 9 });
  });

  it('takes the verdict and the stars from the assessment under the print settings’ standards', async () => {
    const n = await notice(a, TODAY);
    const run = await kit.assess('chongqing-2007', TODAY);
    expect(n.assessment).toMatchObject({ standard: { id: 'chongqing-2007' }, verdict: unitOf(run, a).verdict, score: null });
    const stars = await kit.assess('jilin-stars', TODAY);
    expect(n.stars).toMatchObject({ standard: { id: 'jilin-stars', example: true }, stars: unitOf(stars, a).stars ?? 0 });
    const set = await runtime.call('printSettings.set', {
      masking: { idNumber: { keepStart: 6, keepEnd: 4 }, phone: { keepStart: 3, keepEnd: 4 } },
      notice: { standardId: 'zhenjiang-scored', starStandardId: null },
    });
    expect(set.ok).toBe(true);
    const scored = await notice(a, TODAY);
    const zhenjiang = unitOf(await kit.assess('zhenjiang-scored', TODAY), a);
    expect(scored.assessment).toMatchObject({ standard: { id: 'zhenjiang-scored' }, verdict: zhenjiang.verdict, score: zhenjiang.score, maxScore: zhenjiang.maxScore });
    expect(scored.stars).toBeNull();
  });

  it('holds no name and no ID number', async () => {
    const text = JSON.stringify(await notice(a, TODAY));
    expect(text).not.toMatch(/\d{15,18}|\d{17}X/);
    expect(text).not.toContain('居民');
  });

  it('refuses a date after today and an unknown community, in Chinese', async () => {
    const future = await runtime.call('notice.data', { communityId: a, asOf: '2026-11-21' });
    expect(future).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!future.ok) expect(future.error.message).toContain('晚于今天');
    const unknown = await runtime.call('notice.data', { communityId: 9999, asOf: TODAY });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '找不到该社区，请刷新后重新选择' } });
  });
});
