import { describe, expect, it } from 'vitest';
import type { FamilyEpisode } from '../../../shared/domain/population/episode-types';
import { familyChangeDates } from '../../../shared/domain/population/family-change-dates';
import { familyEpisodes, familyEpisodesOfKind } from '../../../shared/domain/population/family-episodes';
import { familyStateOn } from '../../../shared/domain/population/family-state';
import {
  DEFAULT_POPULATION_SETTINGS,
  FIXED_RETIREMENT_AGES,
  type PopulationSettings,
} from '../../../shared/domain/population/settings';
import type { DateRange, FamilyInput } from '../../../shared/domain/population/types';
import { flag, member, spell } from './builders';

const S = DEFAULT_POPULATION_SETTINGS;
const YEAR_2024: DateRange = { from: '2024-01-01', to: '2024-12-31' };

function zero(appeared: string, ended: string | null, endReason: FamilyEpisode['endReason']): FamilyEpisode {
  return { kind: 'zero_employment', appeared, ended, endReason };
}

function double(appeared: string, ended: string | null, endReason: FamilyEpisode['endReason']): FamilyEpisode {
  return { kind: 'double_unemployed', appeared, ended, endReason };
}

/** A man born 1980-01-01 (16 on 1996-01-01, retires 2043-01-01), the head, willing to work. */
const HEAD = { birthDate: '1980-01-01', relation: 'head' } as const;

describe('zero-employment family: appearing, eliminated, appearing anew', () => {
  const family: FamilyInput = {
    flags: [],
    members: [member(HEAD, { spells: [spell('2020-01-01', '2021-03-31'), spell('2021-05-10', '2022-06-30')] })],
  };

  it('appears the day after a spell ends, is eliminated on the next spell start, and appears again', () => {
    expect(familyEpisodes(family, { from: '2021-01-01', to: '2023-12-31' }, S)).toEqual([
      zero('2021-04-01', '2021-05-10', 'employed'),
      zero('2022-07-01', null, null),
    ]);
  });

  it('the first episode appears on the 16th birthday and is eliminated by the first job', () => {
    expect(familyEpisodes(family, { from: '1990-01-01', to: '2021-12-31' }, S)).toEqual([
      zero('1996-01-01', '2020-01-01', 'employed'),
      zero('2021-04-01', '2021-05-10', 'employed'),
    ]);
  });

  it.each<[string, DateRange, FamilyEpisode[]]>([
    ['an episode still present on `to` is open', { from: '2021-01-01', to: '2021-05-09' }, [zero('2021-04-01', null, null)]],
    ['an episode that ended on `from` is not in the range', { from: '2021-05-10', to: '2022-06-30' }, []],
    ['an episode that appears on `to` is in the range', { from: '2022-01-01', to: '2022-07-01' }, [zero('2022-07-01', null, null)]],
    ['an episode that appears after `to` is not', { from: '2022-01-01', to: '2022-06-30' }, []],
    ['an empty range', { from: '2022-01-02', to: '2022-01-01' }, []],
  ])('%s', (_label, range, expected) => {
    expect(familyEpisodes(family, range, S)).toEqual(expected);
  });

  it('familyStateOn tells whether the family is present on a date, and since when', () => {
    const episodes = familyEpisodes(family, { from: '2021-01-01', to: '2023-12-31' }, S);
    expect(familyStateOn(episodes, '2021-03-31')).toEqual({ present: false, since: null, episode: null });
    expect(familyStateOn(episodes, '2021-04-01')).toMatchObject({ present: true, since: '2021-04-01' });
    expect(familyStateOn(episodes, '2021-05-09')).toMatchObject({ present: true, since: '2021-04-01' });
    expect(familyStateOn(episodes, '2021-05-10')).toMatchObject({ present: false, since: null });
    expect(familyStateOn(episodes, '2023-12-31')).toMatchObject({ present: true, since: '2022-07-01' });
    expect(familyStateOn(episodes, '2023-12-31', 'double_unemployed').present).toBe(false);
  });
});

describe('zero-employment episodes closed without elimination', () => {
  it.each<[string, FamilyInput, DateRange, PopulationSettings, FamilyEpisode[]]>([
    [
      'the household gains business income',
      { flags: [flag('business_income', true, '2024-03-01')], members: [member(HEAD)] },
      YEAR_2024,
      S,
      [zero('1996-01-01', '2024-03-01', 'business_income')],
    ],
    [
      'business income gained, then lost: a new episode',
      {
        flags: [flag('business_income', true, '2024-03-01'), flag('business_income', false, '2024-09-01')],
        members: [member(HEAD)],
      },
      YEAR_2024,
      S,
      [zero('1996-01-01', '2024-03-01', 'business_income'), zero('2024-09-01', null, null)],
    ],
    [
      'the only LFW member retires (reform: 60y1m)',
      {
        flags: [],
        members: [member({ birthDate: '1965-03-15' }), member({ birthDate: '2008-01-01', relation: 'child', isStudent: true })],
      },
      { from: '2025-01-01', to: '2025-12-31' },
      S,
      [zero('1981-03-15', '2025-04-15', 'retired')],
    ],
    [
      'the only LFW member retires (fixed: 60)',
      { flags: [], members: [member({ birthDate: '1965-03-15' })] },
      { from: '2025-01-01', to: '2025-12-31' },
      { ...S, retirementRule: FIXED_RETIREMENT_AGES },
      [zero('1981-03-15', '2025-03-15', 'retired')],
    ],
    [
      'the only LFW member moves away',
      { flags: [], members: [member({ ...HEAD, archivedOn: '2024-06-01' })] },
      YEAR_2024,
      S,
      [zero('1996-01-01', '2024-06-01', 'moved_away')],
    ],
    [
      'the only LFW member loses the wish',
      {
        flags: [],
        members: [member(HEAD, { wishes: [{ recordedOn: null, hasWish: true }, { recordedOn: '2024-05-01', hasWish: false }] })],
      },
      YEAR_2024,
      S,
      [zero('1996-01-01', '2024-05-01', 'no_wish')],
    ],
    [
      'the household becomes rural',
      { flags: [flag('urban', false, '2024-07-01')], members: [member(HEAD)] },
      YEAR_2024,
      S,
      [zero('1996-01-01', '2024-07-01', 'not_urban')],
    ],
  ])('%s', (_label, family, range, settings, expected) => {
    expect(familyEpisodes(family, range, settings)).toEqual(expected);
  });
});

describe('zero-employment: who counts', () => {
  const rural: FamilyInput = { flags: [flag('urban', false)], members: [member(HEAD)] };

  it('a rural household is excluded by default', () => {
    expect(familyEpisodes(rural, YEAR_2024, S)).toEqual([]);
  });

  it('a rural household is included when the setting says so', () => {
    expect(familyEpisodes(rural, YEAR_2024, { ...S, ruralExcludedFromZeroEmployment: false })).toEqual([
      zero('1996-01-01', null, null),
    ]);
  });

  it.each<[string, FamilyInput, FamilyEpisode[]]>([
    ['nobody in LFW: not a family', { flags: [], members: [member({ ...HEAD, workAbility: 'none' })] }, []],
    ['nobody with a wish: not a family', { flags: [], members: [member(HEAD, { wishes: [] })] }, []],
    [
      'a member without a wish who works does not keep the family out',
      {
        flags: [],
        members: [member(HEAD), member({ birthDate: '1990-01-01', relation: 'child' }, { wishes: [], spells: [spell('2010-01-01')] })],
      },
      [zero('1996-01-01', null, null)],
    ],
    [
      'a child turning 16 with a job and a wish eliminates the family on the birthday',
      {
        flags: [],
        members: [member(HEAD), member({ birthDate: '2008-03-10', relation: 'child' }, { spells: [spell('2023-06-01')] })],
      },
      [zero('1996-01-01', '2024-03-10', 'employed')],
    ],
  ])('%s', (_label, family, expected) => {
    expect(familyEpisodes(family, YEAR_2024, S)).toEqual(expected);
  });
});

describe('double-unemployed family', () => {
  const SPOUSE = { gender: 'F', birthDate: '1982-07-01', relation: 'spouse' } as const;

  it.each<[string, FamilyInput, FamilyEpisode[]]>([
    [
      'head and spouse both unemployed; the spouse finds a job',
      { flags: [], members: [member(HEAD), member(SPOUSE, { spells: [spell('2024-04-01')] })] },
      [zero('1996-01-01', '2024-04-01', 'employed'), double('1998-07-01', '2024-04-01', 'employed')],
    ],
    [
      'a working child ends the zero-employment family but not the double-unemployed one',
      {
        flags: [],
        members: [member(HEAD), member(SPOUSE), member({ birthDate: '2000-01-01', relation: 'child' }, { spells: [spell('2024-02-01')] })],
      },
      [zero('1996-01-01', '2024-02-01', 'employed'), double('1998-07-01', null, null)],
    ],
    [
      'the head moves away',
      { flags: [flag('business_income', true)], members: [member({ ...HEAD, archivedOn: '2024-06-01' }), member(SPOUSE)] },
      [double('1998-07-01', '2024-06-01', 'moved_away')],
    ],
    [
      'a spouse without a wish: no double-unemployed family',
      { flags: [flag('business_income', true)], members: [member(HEAD), member(SPOUSE, { wishes: [] })] },
      [],
    ],
    ['no spouse: no double-unemployed family', { flags: [flag('business_income', true)], members: [member(HEAD)] }, []],
  ])('%s', (_label, family, expected) => {
    expect(familyEpisodes(family, YEAR_2024, S)).toEqual(expected);
  });

  it('familyEpisodesOfKind keeps one kind', () => {
    const family: FamilyInput = { flags: [], members: [member(HEAD), member(SPOUSE)] };
    expect(familyEpisodesOfKind('double_unemployed', family, YEAR_2024, S)).toEqual([double('1998-07-01', null, null)]);
  });
});

describe('familyChangeDates', () => {
  it('lists every date on which something the conditions read can change, sorted and distinct (not registrations)', () => {
    const family: FamilyInput = {
      flags: [flag('dibao', true, '2024-02-01'), flag('urban', true)],
      members: [
        member(
          { birthDate: '1965-03-15', archivedOn: '2025-01-01' },
          {
            spells: [spell('2020-01-01', '2020-12-31'), spell('2021-01-01')],
            registrations: [{ registeredOn: '2021-06-01', cancelledOn: '2021-07-01' }],
            wishes: [{ recordedOn: null, hasWish: true }, { recordedOn: '2022-01-01', hasWish: false }],
          },
        ),
      ],
    };
    expect(familyChangeDates(family, S)).toEqual([
      '1981-03-15',
      '2020-01-01',
      '2021-01-01',
      '2022-01-01',
      '2024-02-01',
      '2025-01-01',
      '2025-04-15',
    ]);
  });

  it('registrations change no episode (nothing the conditions read): the same episodes with or without them', () => {
    const spells = [spell('2020-01-01', '2021-03-31'), spell('2021-05-10', '2022-06-30')];
    const registrations = [
      { registeredOn: '2021-04-15', cancelledOn: '2021-05-09' },
      { registeredOn: '2022-07-01', cancelledOn: null },
    ];
    const withThem: FamilyInput = { flags: [], members: [member(HEAD, { spells, registrations })] };
    const without: FamilyInput = { flags: [], members: [member(HEAD, { spells })] };
    const range = { from: '2021-01-01', to: '2023-12-31' };
    expect(familyEpisodes(withThem, range, S)).toEqual(familyEpisodes(without, range, S));
    expect(familyEpisodes(withThem, range, S)).toEqual([zero('2021-04-01', '2021-05-10', 'employed'), zero('2022-07-01', null, null)]);
  });

  it('presence in the street is not a change date: while a member of this household the person is in the street, and out of it the member counts for nothing', () => {
    // Head of this household 2021-01-01 … 2022-12-31; before that in another household of the street, in 2019 and 2020.
    const membership = { relation: 'head' as const, from: '2021-01-01', to: '2022-12-31' };
    const presence = [
      { from: '2019-01-01', to: '2020-06-30' },
      { from: '2021-01-01', to: '2022-12-31' },
    ];
    const spells = [spell('2021-03-01', '2021-08-31')];
    const withPresence: FamilyInput = { flags: [], members: [{ ...member({ ...HEAD, presence }, { spells }), membership }] };
    const without: FamilyInput = { flags: [], members: [{ ...member(HEAD, { spells }), membership }] };
    const range = { from: '2018-01-01', to: '2023-12-31' };
    expect(familyEpisodes(withPresence, range, S)).toEqual(familyEpisodes(without, range, S));
    expect(familyEpisodes(withPresence, range, S)).toEqual([zero('2021-01-01', '2021-03-01', 'employed'), zero('2021-09-01', '2023-01-01', 'moved_away')]);
    expect(familyChangeDates(withPresence, S)).not.toContain('2019-01-01');
    expect(familyChangeDates(withPresence, S)).not.toContain('2020-07-01');
  });

  it('a long history is handled from its change dates only', () => {
    const spells = Array.from({ length: 200 }, (_, i) => {
      const year = 1997 + Math.floor(i / 8);
      const month = String((i % 8) + 1).padStart(2, '0');
      return spell(`${year}-${month}-01`, `${year}-${month}-10`);
    });
    const family: FamilyInput = { flags: [], members: [member(HEAD, { spells })] };
    const episodes = familyEpisodes(family, { from: '1990-01-01', to: '2030-12-31' }, S);
    expect(episodes).toHaveLength(201);
    expect(episodes.every((e, i) => e.endReason === (i < 200 ? 'employed' : null))).toBe(true);
  });
});
