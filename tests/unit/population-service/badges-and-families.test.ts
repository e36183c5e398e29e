/** The derived state follows writes made through the API: badges, family episodes, settings. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HouseholdPopulation, PersonBadges, PopulationSettings } from '../../../shared/contract/population';
import type { PersonDetail } from '../../../shared/contract/registry';
import { makeIdNumber } from '../../../shared/domain/id-number';
import { addCommunity, auditCount, historyRuntime, ok, refused } from '../history/history-fixture';
import type { Runtime } from '../history/history-fixture';
import { jobResult } from '../support/follow-job';

let runtime: Runtime;
let householdId: number;
let personId: number;

async function createPerson(birthDate: string, gender: 'M' | 'F', relation: 'head' | 'spouse', seq: number): Promise<number> {
  const sequence = seq * 2 + (gender === 'M' ? 1 : 0);
  const person = await ok<PersonDetail>(runtime, 'persons.create', {
    householdId,
    idNumber: makeIdNumber('321102', birthDate, sequence),
    name: `居民${seq}`,
    relation,
    workAbility: 'full',
    isStudent: false,
    isRetired: false,
    migrantWorker: false,
    veteran: false,
  });
  return person.id;
}

beforeEach(async () => {
  runtime = await historyRuntime();
  const communityId = addCommunity(runtime);
  const household = await ok<{ id: number }>(runtime, 'households.create', { communityId, number: 'P001', address: null, urban: true, dibao: false, businessIncome: false });
  householdId = household.id;
  personId = await createPerson('1975-03-10', 'M', 'head', 1);
});
afterEach(() => runtime.dispose());

const badges = (asOf: string) => ok<PersonBadges>(runtime, 'population.person', { personId, asOf });
const family = (asOf: string) => ok<HouseholdPopulation>(runtime, 'population.household', { householdId, asOf });

describe('population.person', () => {
  it('fills the derived dates when a person is created', () => {
    const row = runtime.db.sqlite.prepare('SELECT working_age_from AS w, retirement_on AS r FROM persons WHERE id = ?').get(personId);
    // Born 1975-03: m = 122 months after 1965-01 → min(36, 30 + 1) = 31 months → 62 years 7 months.
    expect(row).toEqual({ w: '1991-03-10', r: '2037-10-10' });
  });

  it('badges change after a spell is added through spells.add', async () => {
    await ok(runtime, 'wishes.record', { personId, recordedOn: '2025-01-02', hasWish: true });
    expect(await badges('2025-06-01')).toMatchObject({ labourResource: true, lfw: true, employed: false, unemployed: true, is4050: true, workingAge: true, retirementOn: '2037-10-10' });
    expect(await badges('2025-01-01')).toMatchObject({ labourResource: true, lfw: false, unemployed: false });
    await ok(runtime, 'spells.add', { personId, startDate: '2025-05-01', endDate: null, kind: 'unit' });
    expect(await badges('2025-06-01')).toMatchObject({ lfw: true, employed: true, unemployed: false });
    expect(await badges('2025-04-30')).toMatchObject({ employed: false, unemployed: true });
  });

  it('registered and long-term follow registrations', async () => {
    await ok(runtime, 'registrations.register', { personId, registeredOn: '2024-03-01', reason: 'unemployed' });
    expect(await badges('2025-03-01')).toMatchObject({ registered: true, longTermUnemployed: false });
    expect(await badges('2025-03-02')).toMatchObject({ registered: true, longTermUnemployed: true });
  });

  it('an unknown person is NOT_FOUND', async () => {
    await refused(runtime, 'population.person', { personId: 999_999, asOf: '2025-01-01' }, 'NOT_FOUND');
  });
});

describe('population.household: family episodes through the API', () => {
  it('a zero-employment family appears with the wish and is eliminated by the spell', async () => {
    await ok(runtime, 'wishes.record', { personId, recordedOn: '2025-01-02', hasWish: true });
    let view = await family('2025-02-01');
    expect(view.zeroEmployment).toBe(true);
    expect(view.episodes).toEqual([{ kind: 'zero_employment', appeared: '2025-01-02', ended: null, endReason: null, presentOnDate: true }]);

    await ok(runtime, 'spells.add', { personId, startDate: '2025-05-01', endDate: null, kind: 'flexible' });
    view = await family('2025-06-01');
    expect(view.zeroEmployment).toBe(false);
    expect(view.episodes).toEqual([{ kind: 'zero_employment', appeared: '2025-01-02', ended: '2025-05-01', endReason: 'employed', presentOnDate: false }]);
    expect((await family('2025-04-30')).zeroEmployment).toBe(true);
    expect(view.members.map((m) => m.badges.employed)).toEqual([true]);
  });

  it('double-unemployed with the spouse; a business-income flag closes the zero-employment episode', async () => {
    const spouseId = await createPerson('1978-08-08', 'F', 'spouse', 2);
    await ok(runtime, 'wishes.record', { personId, recordedOn: '2025-01-02', hasWish: true });
    await ok(runtime, 'wishes.record', { personId: spouseId, recordedOn: '2025-01-03', hasWish: true });
    let view = await family('2025-02-01');
    expect(view).toMatchObject({ zeroEmployment: true, doubleUnemployed: true });
    const version = runtime.db.sqlite.prepare('SELECT version FROM households WHERE id = ?').pluck().get(householdId);
    await ok(runtime, 'households.setFlag', { id: householdId, version, flag: 'business_income', value: true, effectiveFrom: '2025-03-01' });
    view = await family('2025-04-01');
    expect(view).toMatchObject({ zeroEmployment: false, doubleUnemployed: true });
    expect(view.episodes.find((e) => e.kind === 'zero_employment')).toMatchObject({ ended: '2025-03-01', endReason: 'business_income' });
  });

  it('archiving (moving away) closes the episode as moved_away, not eliminated', async () => {
    await ok(runtime, 'wishes.record', { personId, recordedOn: '2025-01-02', hasWish: true });
    await ok(runtime, 'persons.archive', { id: personId, version: 0, date: '2025-04-01', reason: '迁往外省' });
    const view = await family('2025-05-01');
    expect(view.episodes).toEqual([{ kind: 'zero_employment', appeared: '2025-01-02', ended: '2025-04-01', endReason: 'moved_away', presentOnDate: false }]);
  });
});

describe('population.settings / population.setSettings', () => {
  it('defaults, then a change (audited) moves retirement dates and recomputes families', async () => {
    const defaults = await ok<PopulationSettings>(runtime, 'population.settings', {});
    expect(defaults.retirementRule).toEqual({ kind: 'reform2025' });
    const fixed: PopulationSettings = { ...defaults, retirementRule: { kind: 'fixed', men: 60, women55: 55, women50: 50 } };
    expect(await jobResult(runtime, 'population.setSettings', fixed)).toEqual(fixed);
    expect(auditCount(runtime, 'settings')).toBe(1);
    expect(runtime.db.sqlite.prepare('SELECT retirement_on FROM persons WHERE id = ?').pluck().get(personId)).toBe('2035-03-10');
    expect((await badges('2036-01-01')).workingAge).toBe(false);
    expect(await ok(runtime, 'population.settings', {})).toEqual(fixed);
  });

  it('refuses invalid settings with a Chinese message and changes nothing', async () => {
    await refused(runtime, 'population.setSettings', { retirementRule: { kind: 'fixed', men: 10, women55: 55, women50: 50 }, defaultWomenRetirementBase: 55, age4050: { women: 40, men: 50 }, ruralExcludedFromZeroEmployment: true }, 'INVALID_INPUT');
  });
});
