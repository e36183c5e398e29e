import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../shared/domain/dates';
import { personStateOn, type PersonState } from '../../../shared/domain/population/person-state';
import {
  DEFAULT_POPULATION_SETTINGS,
  FIXED_RETIREMENT_AGES,
  type PopulationSettings,
} from '../../../shared/domain/population/settings';
import type { PersonHistory, PopulationPerson } from '../../../shared/domain/population/types';
import { makeHistory, makePerson, spell } from './builders';

const D = '2025-06-15';
const S = DEFAULT_POPULATION_SETTINGS;

function stateOf(
  person: Partial<PopulationPerson>,
  history: Partial<PersonHistory> = {},
  on = D,
  settings: PopulationSettings = S,
): PersonState {
  return personStateOn(makePerson(person), makeHistory(history), on, settings);
}

type Case = [string, Partial<PopulationPerson>, Partial<PersonHistory>, string, Partial<PersonState>];

describe('labour resources (LF) on D', () => {
  it.each<Case>([
    ['able, willing, 40', {}, {}, D, { workingAge: true, labourResource: true, lfw: true, unemployed: true }],
    ['partial ability counts', { workAbility: 'partial' }, {}, D, { labourResource: true }],
    ['no ability', { workAbility: 'none' }, {}, D, { workingAge: true, labourResource: false, lfw: false }],
    ['full-time student', { isStudent: true }, {}, D, { workingAge: true, labourResource: false, unemployed: false }],
    ['retired flag', { isRetired: true }, {}, D, { workingAge: true, labourResource: false, lfw: false }],
    ['archived on D', { archivedOn: D }, {}, D, { archived: true, labourResource: false, lfw: false }],
    ['archived the day before D', { archivedOn: '2025-06-14' }, {}, D, { archived: true, labourResource: false }],
    ['archived on D+1', { archivedOn: '2025-06-16' }, {}, D, { archived: false, labourResource: true, lfw: true }],
    ['the day before the 16th birthday', { birthDate: '2009-06-16' }, {}, D, { age: 15, workingAge: false, labourResource: false }],
    ['the 16th birthday', { birthDate: '2009-06-15' }, {}, D, { age: 16, workingAge: true, labourResource: true }],
    ['29 Feb birth, 28 Feb of the 16th year', { birthDate: '2008-02-29' }, {}, '2024-02-28', { workingAge: false }],
    ['29 Feb birth, the 16th birthday', { birthDate: '2008-02-29' }, {}, '2024-02-29', { workingAge: true, lfw: true }],
    ['reform: the day before retirement', { birthDate: '1965-03-15' }, {}, '2025-04-14', { workingAge: true, lfw: true }],
    ['reform: the retirement date', { birthDate: '1965-03-15' }, {}, '2025-04-15', { workingAge: false, lfw: false, unemployed: false }],
  ])('%s', (_label, person, history, on, expected) => {
    expect(stateOf(person, history, on)).toMatchObject(expected);
  });

  it('fixed ages: a man born 1965-03-15 leaves working age on his 60th birthday', () => {
    const fixed = { ...S, retirementRule: FIXED_RETIREMENT_AGES };
    expect(stateOf({ birthDate: '1965-03-15' }, {}, '2025-03-14', fixed).workingAge).toBe(true);
    expect(stateOf({ birthDate: '1965-03-15' }, {}, '2025-03-15', fixed).workingAge).toBe(false);
  });

  it('a 50-base woman born 1975-03-05 is in LF until 2025-05-04 under the reform', () => {
    const woman = { gender: 'F', birthDate: '1975-03-05', retirementBase: 50 } as const;
    expect(stateOf(woman, {}, '2025-05-04').labourResource).toBe(true);
    expect(stateOf(woman, {}, '2025-05-05').labourResource).toBe(false);
  });
});

describe('employment wish on D', () => {
  it.each<[string, PersonHistory['wishes'], boolean]>([
    ['no wish row: no wish', [], false],
    ['undated yes counts for every date', [{ recordedOn: null, hasWish: true }], true],
    ['undated no', [{ recordedOn: null, hasWish: false }], false],
    ['recorded on D', [{ recordedOn: D, hasWish: true }], true],
    ['recorded after D is ignored', [{ recordedOn: '2025-06-16', hasWish: true }], false],
    [
      'recorded after D is ignored, the undated one holds',
      [
        { recordedOn: null, hasWish: false },
        { recordedOn: '2025-06-16', hasWish: true },
      ],
      false,
    ],
    [
      'a dated row on or before D overrides the undated one',
      [
        { recordedOn: null, hasWish: true },
        { recordedOn: '2025-01-01', hasWish: false },
      ],
      false,
    ],
    [
      'the latest dated row on or before D wins',
      [
        { recordedOn: '2025-03-01', hasWish: true },
        { recordedOn: '2024-01-01', hasWish: false },
        { recordedOn: '2025-07-01', hasWish: false },
      ],
      true,
    ],
  ])('%s', (_label, wishes, expected) => {
    const state = stateOf({}, { wishes });
    expect(state.wish).toBe(expected);
    expect(state.lfw).toBe(expected);
  });
});

describe('employed and unemployed on D', () => {
  it.each<[string, PersonHistory['spells'], Partial<PersonHistory>, Partial<PersonState>]>([
    ['no spell', [], {}, { employed: false, unemployed: true }],
    ['open spell', [spell('2020-01-01')], {}, { employed: true, unemployed: false }],
    ['spell ending the day before D', [spell('2020-01-01', '2025-06-14')], {}, { employed: false, unemployed: true }],
    ['spell ending on D', [spell('2020-01-01', D)], {}, { employed: true, unemployed: false }],
    ['spell starting on D', [spell(D)], {}, { employed: true, unemployed: false }],
    ['spell starting the day after D', [spell('2025-06-16')], {}, { employed: false, unemployed: true }],
    ['employed without a wish is not LFW', [spell('2020-01-01')], { wishes: [] }, { employed: true, lfw: false, unemployed: false }],
    ['no wish and no job is not unemployed', [], { wishes: [] }, { employed: false, unemployed: false }],
  ])('%s', (_label, spells, history, expected) => {
    expect(stateOf({}, { ...history, spells })).toMatchObject(expected);
  });
});

describe('registered and long-term unemployed on D', () => {
  it.each<[string, PersonHistory['registrations'], string, Partial<PersonState>]>([
    ['registered on D', [{ registeredOn: D, cancelledOn: null }], D, { registered: true, longTermUnemployed: false }],
    ['registered the day after D', [{ registeredOn: '2025-06-16', cancelledOn: null }], D, { registered: false }],
    ['cancelled on D', [{ registeredOn: '2025-01-01', cancelledOn: D }], D, { registered: false }],
    ['cancelled the day after D', [{ registeredOn: '2025-01-01', cancelledOn: '2025-06-16' }], D, { registered: true }],
    ['365 days before D (the anniversary)', [{ registeredOn: '2024-06-15', cancelledOn: null }], D, { registered: true, longTermUnemployed: false }],
    ['366 days before D (the day after)', [{ registeredOn: '2024-06-14', cancelledOn: null }], D, { registered: true, longTermUnemployed: true }],
    ['29 Feb registration, on 28 Feb next year', [{ registeredOn: '2024-02-29', cancelledOn: null }], '2025-02-28', { longTermUnemployed: false }],
    ['29 Feb registration, on 1 Mar next year', [{ registeredOn: '2024-02-29', cancelledOn: null }], '2025-03-01', { longTermUnemployed: true }],
    ['old registration cancelled, not long-term', [{ registeredOn: '2020-01-01', cancelledOn: '2025-06-15' }], D, { registered: false, longTermUnemployed: false }],
    [
      'a new registration within the year after a cancelled one',
      [
        { registeredOn: '2020-01-01', cancelledOn: '2024-12-31' },
        { registeredOn: '2025-01-02', cancelledOn: null },
      ],
      D,
      { registered: true, longTermUnemployed: false },
    ],
  ])('%s', (_label, registrations, on, expected) => {
    expect(stateOf({}, { registrations }, on)).toMatchObject(expected);
  });

  it('the long-term boundary cases are 365 and 366 days', () => {
    expect(daysBetween('2024-06-15', D)).toBe(365);
    expect(daysBetween('2024-06-14', D)).toBe(366);
  });
});

describe('4050 on D', () => {
  it.each<[string, Partial<PopulationPerson>, string, PopulationSettings, boolean]>([
    ['woman of exactly 40', { gender: 'F', birthDate: '1985-06-15' }, D, S, true],
    ['woman of 39y364d', { gender: 'F', birthDate: '1985-06-16' }, D, S, false],
    ['man of 49y364d', { gender: 'M', birthDate: '1975-06-16' }, D, S, false],
    ['man of exactly 50', { gender: 'M', birthDate: '1975-06-16' }, '2025-06-16', S, true],
    ['man of 45', { gender: 'M', birthDate: '1980-01-01' }, D, S, false],
    ['man past working age', { gender: 'M', birthDate: '1960-01-01' }, D, S, false],
    ['woman of 40 with 4050 ages set to 45/55', { gender: 'F', birthDate: '1985-06-15' }, D, { ...S, age4050: { women: 45, men: 55 } }, false],
    ['student of 40 is still 4050 (within working age)', { gender: 'F', birthDate: '1985-06-15', isStudent: true }, D, S, true],
  ])('%s', (_label, person, on, settings, expected) => {
    expect(stateOf(person, {}, on, settings).is4050).toBe(expected);
  });

  it('a man of 49y364d is 49', () => {
    expect(daysBetween('2024-06-16', D)).toBe(364);
    expect(stateOf({ birthDate: '1975-06-16' }).age).toBe(49);
  });
});
