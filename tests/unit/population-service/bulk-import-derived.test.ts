/**
 * A bulk write (the demo load, a whole street's import) writes every new person's dates with the row and brings
 * those of the persons it updates up to date in its transaction, so its stale mark leaves only the households'
 * episodes to recompute after the commit: the result equals a full recompute.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readSetting } from '../../../db/repositories/system/settings-repo';
import { generateDemoStreet } from '../../../electron/services/demo/generate-demo';
import { loadDemoStreet } from '../../../electron/services/demo/demo-service';
import { recomputeEverything } from '../../../electron/services/population/recompute';
import { ALL_PRESENT } from '../../../electron/services/workbook/plan-import';
import { finishDerivedState, prepareData, writePlan } from '../../../electron/services/workbook/import-workbook';
import type { RowNumbers } from '../../../shared/domain/workbook/cross-check';
import { ProblemList } from '../../../shared/domain/workbook/problems';
import type { StreetData } from '../../../shared/domain/workbook/records';
import { SHEET_ORDER } from '../../../shared/domain/workbook/sheets';
import { derivedStateDigest } from '../../fixtures/derived-state';
import { tempRuntime } from '../support/temp-runtime';

const DEMO = { size: 'small', seed: 20261120, asOf: '2026-11-20' } as const;

let runtime: ReturnType<typeof tempRuntime>;

beforeAll(() => {
  runtime = tempRuntime();
  loadDemoStreet(runtime.db, runtime.caller(), { ...DEMO, today: '2026-11-20' });
}, 120_000);
afterAll(() => runtime.dispose());

function expectEqualToFull(): ReturnType<typeof derivedStateDigest> {
  const kept = derivedStateDigest(runtime.db);
  recomputeEverything(runtime.db);
  expect(derivedStateDigest(runtime.db)).toEqual(kept);
  return kept;
}

function rowNumbersOf(data: StreetData): RowNumbers {
  const seq = (n: number) => Array.from({ length: n }, (_v, i) => i + 2);
  return Object.fromEntries(SHEET_ORDER.map((f) => [f, f === 'street' ? (data.street ? [2] : []) : seq((data[f] as unknown[]).length)])) as unknown as RowNumbers;
}

const staleMark = () => readSetting(runtime.db, 'derived_state_stale');

it('after the demo load (a bulk write into an empty database) the derived state equals a full recompute', () => {
  expect(staleMark()).toBeNull();
  expect(expectEqualToFull().episodeCount).toBeGreaterThan(0);
});

it('a bulk import that changes persons’ retirement bases marks only the episodes stale, and equals a full recompute', () => {
  const data = generateDemoStreet(DEMO);
  const women = data.persons.filter((p) => p.gender === 'F').slice(0, 100);
  expect(women.length).toBe(100);
  for (const p of women) p.retirementBase = p.retirementBase === 50 ? 55 : 50;
  const problems = new ProblemList(20);
  const plan = prepareData(runtime.db, data, rowNumbersOf(data), '2026-11-20', problems, ALL_PRESENT);
  expect(problems.count).toBe(0);
  if (!plan) throw new Error('no plan');
  expect(plan.writes.persons.ids.size).toBe(100);
  const before = derivedStateDigest(runtime.db);
  // From one person touched, the derived state is left to the recompute after the commit.
  writePlan(runtime.db, runtime.caller(), plan, { kind: 'test', fileName: 'bases.xlsx', sha256: 'bases' }, () => undefined, undefined, 1);
  expect(JSON.parse(staleMark() ?? 'null')).toMatchObject({ scope: 'episodes' });
  // The updated persons' dates were written in the import's own transaction.
  expect(derivedStateDigest(runtime.db).persons).not.toBe(before.persons);
  finishDerivedState(runtime.db);
  expect(staleMark()).toBeNull();
  const after = expectEqualToFull();
  expect(after.episodes).not.toBe(before.episodes);
});
