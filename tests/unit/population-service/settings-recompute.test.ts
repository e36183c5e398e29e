/**
 * A settings change recomputes only what the changed rule touches, and the result equals a full recompute: each
 * person's dates and every household's episodes, after every kind of change (the bench population-recompute-all
 * checks the same on the large demo).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recomputeEverything } from '../../../electron/services/population/recompute';
import { recomputeForSettingsChange } from '../../../electron/services/population/settings-recompute';
import type { SettingsRecompute } from '../../../electron/services/population/settings-recompute';
import { setPopulationSettings } from '../../../electron/services/population/settings-service';
import { writeSetting } from '../../../db/repositories/system/settings-repo';
import { inTransaction } from '../../../db/transaction';
import { loadDemoStreet } from '../../../electron/services/demo/demo-service';
import { POPULATION_SETTINGS_KEY, readPopulationSettings } from '../../../electron/services/settings/population-settings';
import { DEFAULT_POPULATION_SETTINGS, FIXED_RETIREMENT_AGES } from '../../../shared/domain/population/settings';
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import { retirementDate } from '../../../shared/domain/population/retirement';
import { derivedStateDigest } from '../../fixtures/derived-state';
import { tempRuntime } from '../support/temp-runtime';

let runtime: ReturnType<typeof tempRuntime>;

beforeAll(() => {
  runtime = tempRuntime();
  loadDemoStreet(runtime.db, runtime.caller(), { size: 'small', seed: 20261120, asOf: '2026-11-20', today: '2026-11-20' });
}, 120_000);
afterAll(() => runtime.dispose());

const changes: [string, PopulationSettings][] = [
  ['fixed retirement ages', { ...DEFAULT_POPULATION_SETTINGS, retirementRule: FIXED_RETIREMENT_AGES }],
  ['women without a recorded base retire from 50', { ...DEFAULT_POPULATION_SETTINGS, retirementRule: FIXED_RETIREMENT_AGES, defaultWomenRetirementBase: 50 }],
  ['4050 ages only', { ...DEFAULT_POPULATION_SETTINGS, retirementRule: FIXED_RETIREMENT_AGES, defaultWomenRetirementBase: 50, age4050: { women: 45, men: 55 } }],
  ['rural households counted', { ...DEFAULT_POPULATION_SETTINGS, retirementRule: FIXED_RETIREMENT_AGES, defaultWomenRetirementBase: 50, ruralExcludedFromZeroEmployment: false }],
  ['back to the defaults', DEFAULT_POPULATION_SETTINGS],
];

it.each(changes)('after a change (%s) the incremental result equals a full recompute', (_name, settings) => {
  const before = derivedStateDigest(runtime.db);
  setPopulationSettings(runtime.db, runtime.caller(), settings);
  expect(readPopulationSettings(runtime.db)).toEqual(settings);
  const incremental = derivedStateDigest(runtime.db);
  recomputeEverything(runtime.db);
  expect(derivedStateDigest(runtime.db)).toEqual(incremental);
  expect(incremental.episodeCount).toBeGreaterThan(0);
  if (_name === '4050 ages only') expect(incremental).toEqual(before);
});

it('the retirement rule changes something on the demo street (the comparison is not vacuous)', () => {
  const before = derivedStateDigest(runtime.db);
  setPopulationSettings(runtime.db, runtime.caller(), { ...DEFAULT_POPULATION_SETTINGS, retirementRule: FIXED_RETIREMENT_AGES });
  const after = derivedStateDigest(runtime.db);
  expect(after.persons).not.toBe(before.persons);
  expect(after.episodes).not.toBe(before.episodes);
});

/** The change as setPopulationSettings makes it, returning what was recomputed (the service returns the settings). */
function change(settings: PopulationSettings): SettingsRecompute {
  return inTransaction(runtime.db, () => {
    const before = readPopulationSettings(runtime.db);
    writeSetting(runtime.db, POPULATION_SETTINGS_KEY, JSON.stringify(settings));
    return recomputeForSettingsChange(runtime.db, before, settings);
  });
}

function expectEqualToFull(): ReturnType<typeof derivedStateDigest> {
  const incremental = derivedStateDigest(runtime.db);
  recomputeEverything(runtime.db);
  expect(derivedStateDigest(runtime.db)).toEqual(incremental);
  return incremental;
}

const count = (sql: string) => Number(runtime.db.sqlite.prepare(sql).pluck().get());

it('a retirement change that moves only some persons recomputes only some households, and equals a full recompute', () => {
  change({ ...DEFAULT_POPULATION_SETTINGS, retirementRule: FIXED_RETIREMENT_AGES });
  expectEqualToFull();
  const women50 = count("SELECT COUNT(*) FROM persons WHERE gender = 'F' AND retirement_base = 50");
  expect(women50).toBeGreaterThan(0);
  // Only the women of the 50 base (recorded: the default base is 55) retire at 52 instead of 50.
  const result = change({ ...DEFAULT_POPULATION_SETTINGS, retirementRule: { ...FIXED_RETIREMENT_AGES, women50: 52 } });
  expect(result.persons).toBe(women50);
  expect(result.households).toBeGreaterThan(0);
  expect(result.households).toBeLessThan(count('SELECT COUNT(*) FROM households'));
  expect(result.rewritten).toBeLessThanOrEqual(result.households);
  expectEqualToFull();
});

it('a retirement change that moves nobody recomputes nothing, and equals a full recompute', () => {
  const same55 = { ...FIXED_RETIREMENT_AGES, women50: 55 };
  change({ ...DEFAULT_POPULATION_SETTINGS, retirementRule: same55 });
  expectEqualToFull();
  const before = derivedStateDigest(runtime.db);
  // Both bases retire at 55: the default base for women changes nobody's date.
  const result = change({ ...DEFAULT_POPULATION_SETTINGS, retirementRule: same55, defaultWomenRetirementBase: 50 });
  expect(result).toEqual({ persons: 0, households: 0, rewritten: 0 });
  expect(expectEqualToFull()).toEqual(before);
});

it('the rural rule recomputes only the households that are not urban on some date', () => {
  const result = change({ ...readPopulationSettings(runtime.db), ruralExcludedFromZeroEmployment: false });
  expect(result.persons).toBe(0);
  expect(result.households).toBe(count("SELECT COUNT(DISTINCT household_id) FROM household_flags WHERE flag = 'urban' AND value = 0"));
  expect(result.rewritten).toBeGreaterThan(0);
  expectEqualToFull();
  change(DEFAULT_POPULATION_SETTINGS);
  expectEqualToFull();
});

/**
 * Retirement ages that move windows into the past, where the histories (spells, wishes, moves, archives) change
 * from day to day, and far into the future: each change checked against a full recompute.
 */
const ages: [number, number, number][] = [
  [55, 50, 45],
  [58, 53, 48],
  [65, 60, 58],
  [61, 56, 51],
];

it.each(ages)('fixed ages men %i, women %i / %i: the incremental result equals a full recompute', (men, women55, women50) => {
  const result = change({ ...DEFAULT_POPULATION_SETTINGS, retirementRule: { kind: 'fixed', men, women55, women50 } });
  expect(result.persons).toBeGreaterThan(0);
  expectEqualToFull();
});

const retirementIndex = () =>
  runtime.db.sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'persons_retirement_on_idx'").pluck().get();
const retirementIndexCheck = () =>
  runtime.db.sqlite.prepare('SELECT count(*) FROM persons INDEXED BY persons_retirement_on_idx WHERE retirement_on > ?').pluck().get('1900-01-01');

it('a change that rewrites most retirement dates (index rebuilt around the update) leaves the index as it was, and a rollback keeps it', () => {
  const definition = retirementIndex();
  expect(definition).toContain('persons_retirement_on_idx');
  const persons = count('SELECT COUNT(*) FROM persons');
  const result = change({ ...DEFAULT_POPULATION_SETTINGS, retirementRule: { kind: 'fixed', men: 62, women55: 57, women50: 52 } });
  expect(result.persons * 5).toBeGreaterThan(persons);
  expect(retirementIndex()).toBe(definition);
  expect(retirementIndexCheck()).toBe(count("SELECT COUNT(*) FROM persons NOT INDEXED WHERE retirement_on > '1900-01-01'"));
  expect(runtime.db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  expectEqualToFull();
  const stored = derivedStateDigest(runtime.db);
  const rollback = new Error('rollback');
  expect(() =>
    inTransaction(runtime.db, () => {
      change({ ...DEFAULT_POPULATION_SETTINGS, retirementRule: FIXED_RETIREMENT_AGES });
      throw rollback;
    }),
  ).toThrow(rollback);
  expect(retirementIndex()).toBe(definition);
  expect(derivedStateDigest(runtime.db)).toEqual(stored);
  expect(runtime.db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
});

/**
 * The retirement ages are computed once per gender, base and birth month and added to each birth date in SQL
 * (person-dates-repo applyRetirementMonths): birth dates at the ends of months (31st, 29 February) must get the
 * rules' clamped dates, under each rule, for men and for women of each base.
 */
const EDGE_BIRTH_DATES = ['1964-12-31', '1965-01-31', '1965-02-28', '1968-02-29', '1970-01-31', '1970-03-31', '1972-02-29', '1975-01-31', '1975-05-31', '1976-02-29', '1980-08-31', '1984-10-31', '1990-12-31', '2000-02-29'];
const EDGE_KINDS: { gender: 'M' | 'F'; base: 50 | 55 | null }[] = [
  { gender: 'M', base: null },
  { gender: 'F', base: null },
  { gender: 'F', base: 50 },
  { gender: 'F', base: 55 },
];

it('birth dates at the ends of months get the rules’ clamped retirement dates, and equal a full recompute', () => {
  const ids = runtime.db.sqlite.prepare('SELECT id FROM persons ORDER BY id LIMIT ?').pluck().all(EDGE_BIRTH_DATES.length * EDGE_KINDS.length) as number[];
  const subjects = ids.map((id, i) => {
    const kind = EDGE_KINDS[i % EDGE_KINDS.length] ?? { gender: 'M', base: null };
    return { id, gender: kind.gender, birthDate: EDGE_BIRTH_DATES[Math.floor(i / EDGE_KINDS.length)] ?? '1970-01-31', retirementBase: kind.base };
  });
  const set = runtime.db.sqlite.prepare('UPDATE persons SET gender = ?, birth_date = ?, retirement_base = ? WHERE id = ?');
  for (const s of subjects) set.run(s.gender, s.birthDate, s.retirementBase, s.id);
  recomputeEverything(runtime.db);
  const stored = runtime.db.sqlite.prepare('SELECT retirement_on FROM persons WHERE id = ?').pluck();
  const rules: PopulationSettings[] = [
    { ...DEFAULT_POPULATION_SETTINGS, retirementRule: FIXED_RETIREMENT_AGES },
    { ...DEFAULT_POPULATION_SETTINGS, retirementRule: { kind: 'fixed', men: 61, women55: 56, women50: 51 } },
    { ...DEFAULT_POPULATION_SETTINGS, defaultWomenRetirementBase: 50 },
    DEFAULT_POPULATION_SETTINGS,
  ];
  for (const settings of rules) {
    const result = change(settings);
    expect(result.persons).toBeGreaterThan(0);
    expect(subjects.map((s) => stored.get(s.id))).toEqual(subjects.map((s) => retirementDate(s, settings)));
    expectEqualToFull();
  }
});
