/**
 * The story (DOMAIN §2): an employed daughter marries and moves to her husband's household on 2026-06-01.
 * Every date before it still sees her in her parents' household; her father, unemployed since 2025, makes them a
 * zero-employment family only from the move date; the communities' counts change on that date; an assessment of
 * May 2026 gives the same answer after the move was recorded as before.
 */
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssessmentRun } from '../../../shared/contract/assessment';
import type { HouseholdPopulation, PersonBadges, StreetSnapshot } from '../../../shared/contract/population';
import type { HouseholdDetail, PersonDetail } from '../../../shared/contract/registry';
import { migrationsDir } from '../../../db/migrations-dir';
import { membershipMirrorProblems } from '../../../db/repositories/registry/memberships-repo';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import { dbFingerprint } from '../support/db-fingerprint';
import { tempDir } from '../support/temp-runtime';
import { failure, idOf, paths, personInput, value } from './registry-fixture';

const TODAY = '2026-11-20';
type Runtime = ReturnType<typeof openDeskRuntime>;

let runtime: Runtime;
let dataDir: string;
let jinshan: number;
let yinhe: number;
let parents: HouseholdDetail;
let husbandHome: HouseholdDetail;
let daughter: PersonDetail;
let husband: PersonDetail;

async function call<T>(method: string, input: unknown): Promise<T> {
  return value<T>(await runtime.call(method, input));
}

async function household(number: string, communityId: number): Promise<HouseholdDetail> {
  return call('households.create', { communityId, number, address: `金山路 ${number} 号`, urban: true, dibao: false, businessIncome: false });
}

async function worker(householdId: number, over: Partial<Parameters<typeof personInput>[1]>, spell: { start: string; end: string | null }): Promise<PersonDetail> {
  const p = await call<PersonDetail>('persons.create', personInput(householdId, over));
  await call('wishes.record', { personId: p.id, recordedOn: '2015-01-01', hasWish: true });
  await call('spells.add', { personId: p.id, startDate: spell.start, endDate: spell.end, kind: 'unit' });
  return p;
}

async function latest(p: PersonDetail): Promise<PersonDetail> {
  return call('persons.get', { id: p.id });
}

const move = async (p: PersonDetail, householdId: number, relation: PersonDetail['relation'], date: string) =>
  runtime.call('persons.move', { id: p.id, version: (await latest(p)).version, householdId, relation, date });

beforeEach(async () => {
  dataDir = tempDir();
  runtime = openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser', today: () => TODAY });
  await call('system.setupStreet', { name: '解放路街道', code: '321102001' });
  jinshan = (await call<{ id: number }>('communities.create', { code: '321102001001', name: '金山社区', kind: 'community', contact: null })).id;
  yinhe = (await call<{ id: number }>('communities.create', { code: '321102001002', name: '银河社区', kind: 'community', contact: null })).id;
  parents = await household('H-PARENTS', jinshan);
  husbandHome = await household('H-HUSBAND', yinhe);
  await worker(parents.id, { idNumber: idOf('1970-03-01', 11), name: '王建国', relation: 'head' }, { start: '2000-01-01', end: '2024-12-31' });
  daughter = await worker(parents.id, { idNumber: idOf('1998-07-01', 22), name: '王丽', relation: 'child' }, { start: '2020-09-01', end: null });
  husband = await worker(husbandHome.id, { idNumber: idOf('1996-01-01', 33), name: '李强', relation: 'head' }, { start: '2018-01-01', end: null });
});

afterEach(() => {
  // Whatever the test did, persons.household_id mirrors each person's periods (the as-of reads rely on it).
  expect(membershipMirrorProblems(runtime.db)).toEqual([]);
  runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const snapshot = (asOf: string) => call<StreetSnapshot>('population.snapshot', { asOf });
const countsOf = (s: StreetSnapshot, id: number) => s.communities.find((c) => c.communityId === id)?.counts;
const familyOn = (householdId: number, asOf: string) => call<HouseholdPopulation>('population.household', { householdId, asOf });

describe('a move keeps the past', () => {
  it('the parents become a zero-employment family on the move date, not before', async () => {
    expect((await familyOn(parents.id, '2026-05-31')).zeroEmployment).toBe(false);
    expect(value(await move(daughter, husbandHome.id, 'spouse', '2026-06-01'))).toMatchObject({ householdId: husbandHome.id, relation: 'spouse' });
    const before = await familyOn(parents.id, '2026-05-31');
    expect(before.zeroEmployment).toBe(false);
    expect(before.members.map((m) => m.name).sort()).toEqual(['王丽', '王建国']);
    const after = await familyOn(parents.id, '2026-06-01');
    expect(after.zeroEmployment).toBe(true);
    expect(after.members.map((m) => m.name)).toEqual(['王建国']);
    expect(after.episodes.find((e) => e.presentOnDate)).toMatchObject({ kind: 'zero_employment', appeared: '2026-06-01' });
  });

  it('per-community counts on both sides of the move date', async () => {
    await move(daughter, husbandHome.id, 'spouse', '2026-06-01');
    const may = await snapshot('2026-05-31');
    expect(countsOf(may, jinshan)).toMatchObject({ labourResources: 2, lfw: 2, employedLfw: 1, unemployed: 1 });
    expect(countsOf(may, yinhe)).toMatchObject({ labourResources: 1, employedLfw: 1 });
    const june = await snapshot('2026-06-01');
    expect(countsOf(june, jinshan)).toMatchObject({ labourResources: 1, lfw: 1, employedLfw: 0, unemployed: 1, zeroEmploymentFamilies: 1 });
    expect(countsOf(june, yinhe)).toMatchObject({ labourResources: 2, employedLfw: 2 });
  });

  it('查看某日状态: the person’s household, relation and community of that date', async () => {
    await move(daughter, husbandHome.id, 'spouse', '2026-06-01');
    const may = await call<PersonBadges>('population.person', { personId: daughter.id, asOf: '2026-05-31' });
    expect(may.place).toEqual({ householdId: parents.id, householdNumber: 'H-PARENTS', relation: 'child', communityId: jinshan, communityName: '金山社区' });
    const june = await call<PersonBadges>('population.person', { personId: daughter.id, asOf: '2026-06-01' });
    expect(june.place).toMatchObject({ householdId: husbandHome.id, relation: 'spouse', communityName: '银河社区' });
    const page = await call<HouseholdDetail>('households.get', { id: parents.id, asOf: '2026-05-31' });
    expect(page.members.map((m) => m.name).sort()).toEqual(['王丽', '王建国']);
    const now = await call<HouseholdDetail>('households.get', { id: parents.id });
    expect(now.members.map((m) => m.name)).toEqual(['王建国']);
    expect(now.otherMembers).toMatchObject([{ name: '王丽', relation: 'child', memberFrom: null, memberTo: '2026-05-31' }]);
  });

  it('re-running an assessment of May 2026 gives the answer it gave in May', async () => {
    const run = () => call<AssessmentRun>('assessment.run', { standardId: 'chongqing-2007', asOf: '2026-05-31' });
    const strip = (r: AssessmentRun) => JSON.stringify({ ...r, computedAt: null });
    const inMay = await run();
    await move(daughter, husbandHome.id, 'spouse', '2026-06-01');
    expect(strip(await run())).toBe(strip(inMay));
  });

  it('the timeline shows the move', async () => {
    await move(daughter, husbandHome.id, 'spouse', '2026-06-01');
    const timeline = await call<{ date: string; kind: string; title: string }[]>('persons.timeline', { id: daughter.id });
    expect(timeline.find((e) => e.kind === 'moved')).toMatchObject({ date: '2026-06-01', title: '迁往另一社区：金山社区 → 银河社区' });
  });
});

describe('a move that cannot be true is refused on its field, nothing written', () => {
  it.each<[string, () => Promise<unknown>, string]>([
    ['before birth', async () => move(daughter, husbandHome.id, 'spouse', '1998-06-30'), 'date'],
    ['into the same household', async () => move(daughter, parents.id, 'child', '2026-06-01'), 'householdId'],
    ['making a second 户主', async () => move(daughter, husbandHome.id, 'head', '2026-06-01'), 'relation'],
  ])('%s', async (_label, attempt, field) => {
    const before = dbFingerprint(runtime);
    const result = (await attempt()) as Awaited<ReturnType<typeof move>>;
    expect(paths(failure(result, 'INVALID_INPUT'))).toContain(field);
    expect(dbFingerprint(runtime)).toBe(before);
  });

  it('on the same day as another move, or before it', async () => {
    const third = await household('H-THIRD', yinhe);
    await move(daughter, husbandHome.id, 'spouse', '2026-06-01');
    const before = dbFingerprint(runtime);
    const sameDay = failure(await move(daughter, third.id, 'other', '2026-06-01'), 'INVALID_INPUT');
    expect(sameDay.details?.fields?.[0]).toMatchObject({ path: 'date', message: expect.stringContaining('同一天不能再移户') });
    const earlier = failure(await move(daughter, third.id, 'other', '2026-03-01'), 'INVALID_INPUT');
    expect(paths(earlier)).toContain('date');
    expect(dbFingerprint(runtime)).toBe(before);
  });

  it('after 迁出', async () => {
    value(await runtime.call('persons.archive', { id: daughter.id, version: (await latest(daughter)).version, date: '2026-08-01', reason: '迁往外省' }));
    const before = dbFingerprint(runtime);
    failure(await move(daughter, husbandHome.id, 'spouse', '2026-09-01'), 'REJECTED');
    expect(dbFingerprint(runtime)).toBe(before);
  });

  it('a 户主 whose period would overlap another 户主 of the household on some date', async () => {
    // The husband heads his household until he moves out on 2026-04-01; the daughter may head it only from then.
    const elsewhere = await household('H-ELSEWHERE', yinhe);
    value(await move(husband, elsewhere.id, 'head', '2026-04-01'));
    const before = dbFingerprint(runtime);
    // Joining on 2026-03-01 as head overlaps his headship for a month.
    const result = await runtime.call(
      'persons.create',
      personInput(husbandHome.id, { idNumber: idOf('1999-09-09', 44), name: '赵敏', relation: 'head', joinedOn: '2026-03-01' }),
    );
    expect(failure(result, 'INVALID_INPUT').details?.fields?.[0]).toMatchObject({ path: 'relation', message: expect.stringContaining('李强') });
    expect(dbFingerprint(runtime)).toBe(before);
    value(await runtime.call('persons.create', personInput(husbandHome.id, { idNumber: idOf('1999-09-09', 44), name: '赵敏', relation: 'head', joinedOn: '2026-04-01' })));
  });

  it('a 迁入日期 before birth or in the future', async () => {
    const before = dbFingerprint(runtime);
    const early = await runtime.call('persons.create', personInput(parents.id, { idNumber: idOf('2001-01-01', 55), name: '王小', relation: 'child', joinedOn: '2000-12-31' }));
    expect(paths(failure(early, 'INVALID_INPUT'))).toContain('joinedOn');
    const future = await runtime.call('persons.create', personInput(parents.id, { idNumber: idOf('2001-01-01', 55), name: '王小', relation: 'child', joinedOn: '2026-12-01' }));
    expect(paths(failure(future, 'INVALID_INPUT'))).toContain('joinedOn');
    expect(dbFingerprint(runtime)).toBe(before);
  });
});

describe('a person who joined later', () => {
  it('is not in the street before the 迁入日期', async () => {
    const later = await call<PersonDetail>('persons.create', personInput(parents.id, { idNumber: idOf('1990-01-01', 66), name: '王新', relation: 'other', joinedOn: '2026-07-01' }));
    await call('wishes.record', { personId: later.id, recordedOn: '2015-01-01', hasWish: true });
    expect(countsOf(await snapshot('2026-06-30'), jinshan)?.labourResources).toBe(2);
    expect(countsOf(await snapshot('2026-07-01'), jinshan)?.labourResources).toBe(3);
    const badges = await call<PersonBadges>('population.person', { personId: later.id, asOf: '2026-06-30' });
    expect(badges).toMatchObject({ inStreet: false, place: null, labourResource: false });
  });
});
