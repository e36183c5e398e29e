import { describe, expect, it } from 'vitest';
import type { FamilyEpisode } from '../../../shared/domain/population/episode-types';
import { familyEpisodes } from '../../../shared/domain/population/family-episodes';
import { familyStateOn } from '../../../shared/domain/population/family-state';
import {
  membershipOn,
  movesOfPeriods,
  periodContains,
  periodsFromMoves,
  periodsOverlap,
} from '../../../shared/domain/population/membership';
import type { MoveStep } from '../../../shared/domain/population/membership';
import { personStateOn } from '../../../shared/domain/population/person-state';
import { DEFAULT_POPULATION_SETTINGS } from '../../../shared/domain/population/settings';
import type { FamilyInput, FamilyMember } from '../../../shared/domain/population/types';
import { makeHistory, makePerson, member, spell } from './builders';

const S = DEFAULT_POPULATION_SETTINGS;
const ALL = { from: '1900-01-01', to: '9999-12-31' };

function within(m: FamilyMember, relation: FamilyMember['person']['relation'], from: string | null, to: string | null): FamilyMember {
  return { ...m, membership: { relation, from, to } };
}

describe('periods', () => {
  it.each<[string, { from: string | null; to: string | null }, string, boolean]>([
    ['first day is in', { from: '2026-06-01', to: null }, '2026-06-01', true],
    ['the day before is out', { from: '2026-06-01', to: null }, '2026-05-31', false],
    ['last day is in', { from: null, to: '2026-05-31' }, '2026-05-31', true],
    ['the day after is out', { from: null, to: '2026-05-31' }, '2026-06-01', false],
    ['open at both ends: always', { from: null, to: null }, '1900-01-01', true],
  ])('%s', (_label, period, date, expected) => {
    expect(periodContains(period, date)).toBe(expected);
  });

  it('overlap needs a shared day', () => {
    expect(periodsOverlap({ from: null, to: '2026-05-31' }, { from: '2026-06-01', to: null })).toBe(false);
    expect(periodsOverlap({ from: null, to: '2026-06-01' }, { from: '2026-06-01', to: null })).toBe(true);
    expect(periodsOverlap({ from: '2020-01-01', to: '2020-12-31' }, { from: null, to: null })).toBe(true);
  });

  it('membershipOn picks the period of the date, none between or outside', () => {
    const periods = [
      { householdId: 1, from: null, to: '2026-05-31' },
      { householdId: 2, from: '2026-06-01', to: '2026-08-31' },
    ];
    expect(membershipOn(periods, '2026-05-31')?.householdId).toBe(1);
    expect(membershipOn(periods, '2026-06-01')?.householdId).toBe(2);
    expect(membershipOn(periods, '2026-09-01')).toBeNull();
  });
});

describe('a person’s periods from their moves (移户记录)', () => {
  const now = { householdId: 'C', relation: 'spouse' as const, birthDate: '1990-02-03', archivedOn: null as string | null };
  const step = (date: string, from: string, to: string, toRelation: MoveStep<string>['toRelation'], fromRelation: MoveStep<string>['fromRelation'] = null): MoveStep<string> => ({
    date,
    fromHouseholdId: from,
    fromRelation,
    toHouseholdId: to,
    toRelation,
  });

  it('chains: the first household until the day before the first move, then one period per move', () => {
    const result = periodsFromMoves([step('2015-09-01', 'A', 'B', 'other', 'child'), step('2026-06-01', 'B', 'C', 'spouse')], now);
    expect(result).toEqual({
      ok: true,
      periods: [
        { householdId: 'A', relation: 'child', from: null, to: '2015-08-31' },
        { householdId: 'B', relation: 'other', from: '2015-09-01', to: '2026-05-31' },
        { householdId: 'C', relation: 'spouse', from: '2026-06-01', to: null },
      ],
    });
    if (result.ok) expect(movesOfPeriods(result.periods)).toEqual([step('2015-09-01', 'A', 'B', 'other', 'child'), step('2026-06-01', 'B', 'C', 'spouse', 'other')]);
  });

  it('an unrecorded first relation is 其他, never a guessed 户主', () => {
    const result = periodsFromMoves([step('2026-06-01', 'A', 'C', 'spouse')], now);
    expect(result.ok && result.periods[0]?.relation).toBe('other');
  });

  it('迁出 closes the last period the day before', () => {
    const result = periodsFromMoves([step('2026-06-01', 'A', 'C', 'spouse')], { ...now, archivedOn: '2026-10-01' });
    expect(result.ok && result.periods.at(-1)).toEqual({ householdId: 'C', relation: 'spouse', from: '2026-06-01', to: '2026-09-30' });
  });

  it.each<[string, MoveStep<string>[], Partial<typeof now>, string]>([
    ['two moves on one day', [step('2026-06-01', 'A', 'B', 'other'), step('2026-06-01', 'B', 'C', 'spouse')], {}, 'same_day'],
    ['a move into the same household', [step('2026-06-01', 'C', 'C', 'spouse')], {}, 'same_household'],
    ['a 原户编号 that is not the previous 新户编号', [step('2020-06-01', 'A', 'B', 'other'), step('2026-06-01', 'X', 'C', 'spouse')], {}, 'broken_chain'],
    ['the last 新户编号 not the 人员 household', [step('2026-06-01', 'A', 'B', 'spouse')], {}, 'wrong_end'],
    ['the last relation not the 人员 relation', [step('2026-06-01', 'A', 'C', 'head')], {}, 'wrong_end_relation'],
    ['a move on the birth date', [step('1990-02-03', 'A', 'C', 'spouse')], {}, 'before_birth'],
    ['a move on the 迁出 date', [step('2026-06-01', 'A', 'C', 'spouse')], { archivedOn: '2026-06-01' }, 'after_archive'],
  ])('refuses %s', (_label, moves, overrides, kind) => {
    const result = periodsFromMoves(moves, { ...now, ...overrides });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.kind)).toContain(kind);
  });
});

describe('family episodes across a move (DOMAIN §2, §3)', () => {
  // The father has been unemployed (willing, registered) since 2025; the daughter works.
  const father = member({ idNumber: 'F', birthDate: '1970-03-01', relation: 'head' }, { spells: [spell('2000-01-01', '2024-12-31')] });
  const daughter = member({ idNumber: 'D', birthDate: '1998-07-01', gender: 'F', relation: 'child' }, { spells: [spell('2020-09-01')] });

  it('a working member leaving creates a zero-employment family from the move date', () => {
    const parents: FamilyInput = { flags: [], members: [within(father, 'head', null, null), within(daughter, 'child', null, '2026-05-31')] };
    expect(familyEpisodes(parents, ALL, S).filter((e) => e.kind === 'zero_employment')).toEqual<FamilyEpisode[]>([
      { kind: 'zero_employment', appeared: '1986-03-01', ended: '2000-01-01', endReason: 'employed' },
      { kind: 'zero_employment', appeared: '2026-06-01', ended: '2031-07-01', endReason: 'retired' },
    ]);
    const episodes = familyEpisodes(parents, ALL, S);
    expect(familyStateOn(episodes, '2026-05-31', 'zero_employment').present).toBe(false);
    expect(familyStateOn(episodes, '2026-06-01', 'zero_employment')).toMatchObject({ present: true, since: '2026-06-01' });
  });

  it('without the move (membership on every date) there is no episode in 2025–2026: the past stays as it was', () => {
    const parents: FamilyInput = { flags: [], members: [father, daughter] };
    expect(familyStateOn(familyEpisodes(parents, ALL, S), '2026-05-31', 'zero_employment').present).toBe(false);
  });

  it('an employed person joining eliminates the family on the move date', () => {
    const husbandHome: FamilyInput = {
      flags: [],
      members: [within(member({ idNumber: 'H', birthDate: '1996-01-01', relation: 'head' }, { spells: [spell('2018-01-01', '2025-10-31')] }), 'head', null, null), within(daughter, 'spouse', '2026-06-01', null)],
    };
    const zero = familyEpisodes(husbandHome, ALL, S).filter((e) => e.kind === 'zero_employment');
    expect(zero.find((e) => e.appeared === '2025-11-01')).toEqual({ kind: 'zero_employment', appeared: '2025-11-01', ended: '2026-06-01', endReason: 'employed' });
    expect(familyStateOn(zero, '2026-05-31', 'zero_employment').present).toBe(true);
    expect(familyStateOn(zero, '2026-06-01', 'zero_employment').present).toBe(false);
  });

  it('the member who left ends the episode as moved away when the condition rested on them', () => {
    // Two unemployed members; the son leaves, the mother stays unemployed: the family stays one.
    const mother = member({ idNumber: 'M', birthDate: '1975-01-01', gender: 'F', relation: 'head' }, { spells: [spell('2000-01-01', '2024-12-31')] });
    const son = member({ idNumber: 'S', birthDate: '2000-01-01', relation: 'child' }, { spells: [] });
    const family: FamilyInput = { flags: [], members: [within(mother, 'head', null, '2026-03-31'), within(son, 'child', null, null)] };
    const episodes = familyEpisodes(family, ALL, S);
    expect(familyStateOn(episodes, '2026-04-01', 'zero_employment')).toMatchObject({ present: true, since: '2025-01-01' });
    // Everyone left: closed as moved away, not counted as eliminated.
    const emptied: FamilyInput = { flags: [], members: [within(mother, 'head', null, '2026-03-31'), within(son, 'child', null, '2026-03-31')] };
    expect(familyEpisodes(emptied, ALL, S).find((e) => e.appeared === '2025-01-01')).toEqual({
      kind: 'zero_employment',
      appeared: '2025-01-01',
      ended: '2026-04-01',
      endReason: 'moved_away',
    });
  });

  it('double-unemployed: the head and spouse as of D (relations of their periods)', () => {
    const head = member({ idNumber: 'A', birthDate: '1972-01-01', relation: 'head' }, { spells: [spell('2000-01-01', '2024-12-31')] });
    const wife = member({ idNumber: 'B', birthDate: '1974-01-01', gender: 'F', relation: 'spouse' }, { spells: [spell('2000-01-01', '2024-12-31')] });
    const family: FamilyInput = { flags: [], members: [within(head, 'head', null, null), within(wife, 'spouse', '2026-02-01', null)] };
    const double = familyEpisodes(family, ALL, S).filter((e) => e.kind === 'double_unemployed');
    expect(double).toEqual([{ kind: 'double_unemployed', appeared: '2026-02-01', ended: '2030-02-01', endReason: 'retired' }]);
  });
});

describe('a person outside every membership period is not in the street', () => {
  it('is in labour resources only within the periods', () => {
    const person = makePerson({ presence: [{ from: '2026-06-01', to: null }] });
    expect(personStateOn(person, makeHistory(), '2026-05-31', S)).toMatchObject({ inStreet: false, labourResource: false, lfw: false });
    expect(personStateOn(person, makeHistory(), '2026-06-01', S)).toMatchObject({ inStreet: true, labourResource: true, lfw: true });
  });
});
