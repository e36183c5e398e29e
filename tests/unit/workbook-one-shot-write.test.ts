/**
 * The import worker writes its plan once (writePlan `oneShot`): each group of sheets' records is let go once written
 * and the heap collected between the groups. The database it leaves is the one the plain write leaves.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoStreet } from '../../electron/services/demo/generate-demo';
import { ALL_PRESENT, writeCount } from '../../electron/services/workbook/plan-import';
import type { ImportPlan } from '../../electron/services/workbook/plan-import';
import { finishDerivedState, prepareData, writePlan } from '../../electron/services/workbook/import-workbook';
import type { RowNumbers } from '../../shared/domain/workbook/cross-check';
import { ProblemList } from '../../shared/domain/workbook/problems';
import type { StreetData } from '../../shared/domain/workbook/records';
import { SHEET_ORDER } from '../../shared/domain/workbook/sheets';
import { derivedStateDigest } from '../fixtures/derived-state';
import { CLERK_TABLES, rowsOf } from './support/clerk-tables';
import { tempRuntime } from './support/temp-runtime';

const DEMO = { size: 'small', seed: 20261207, asOf: '2026-11-20' } as const;

let plain: ReturnType<typeof tempRuntime>;
let oneShot: ReturnType<typeof tempRuntime>;

beforeEach(() => {
  plain = tempRuntime();
  oneShot = tempRuntime();
});
afterEach(() => {
  plain.dispose();
  oneShot.dispose();
});

function rowNumbersOf(data: StreetData): RowNumbers {
  const seq = (n: number) => Array.from({ length: n }, (_v, i) => i + 2);
  return Object.fromEntries(SHEET_ORDER.map((f) => [f, f === 'street' ? (data.street ? [2] : []) : seq((data[f] as unknown[]).length)])) as unknown as RowNumbers;
}

function planFor(runtime: ReturnType<typeof tempRuntime>): ImportPlan {
  const data = generateDemoStreet(DEMO);
  const problems = new ProblemList(20);
  const plan = prepareData(runtime.db, data, rowNumbersOf(data), DEMO.asOf, problems, ALL_PRESENT);
  if (!plan || problems.count > 0) throw new Error(`no plan: ${JSON.stringify(problems.items.slice(0, 3))}`);
  return plan;
}

describe.each([
  ['the persons touched refreshed in the write', undefined],
  ['the street left to the recompute after the commit (a bulk import)', 1],
])('a plan written once: %s', (_label, refreshAllFrom) => {
  it('writes what the plain write writes, lets the records go, and collects between the groups of sheets', () => {
    const source = { kind: 'test', fileName: 'street.xlsx', sha256: 'street' };
    writePlan(plain.db, plain.caller(), planFor(plain), source, () => undefined, undefined, refreshAllFrom);
    finishDerivedState(plain.db);

    const plan = planFor(oneShot);
    expect(writeCount(plan.writes)).toBeGreaterThan(1_000);
    let collected = 0;
    writePlan(oneShot.db, oneShot.caller(), plan, source, () => undefined, undefined, refreshAllFrom, { collect: () => (collected += 1) });
    finishDerivedState(oneShot.db);

    // After the persons, after their histories, and once every row is in.
    expect(collected).toBe(3);
    // The plan is spent: nothing is left to write again.
    expect(writeCount(plan.writes)).toBe(0);
    for (const table of CLERK_TABLES) expect(rowsOf(oneShot, table), table).toEqual(rowsOf(plain, table));
    expect(derivedStateDigest(oneShot.db)).toEqual(derivedStateDigest(plain.db));
  }, 240_000);
});
