/**
 * A settings change recomputes only what the changed rule touches, and the result equals a full recompute: each
 * person's dates and every household's episodes, after every kind of change (the bench population-recompute-all
 * checks the same on the large demo).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recomputeEverything } from '../../../electron/services/population/recompute';
import { setPopulationSettings } from '../../../electron/services/population/settings-service';
import { loadDemoStreet } from '../../../electron/services/demo/demo-service';
import { readPopulationSettings } from '../../../electron/services/settings/population-settings';
import { DEFAULT_POPULATION_SETTINGS, FIXED_RETIREMENT_AGES } from '../../../shared/domain/population/settings';
import type { PopulationSettings } from '../../../shared/domain/population/settings';
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
