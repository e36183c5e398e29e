import { AppError } from '../../../shared/app-error';
import type { DemoLoaded } from '../../../shared/contract/workbook';
import { ProblemList, describeProblem } from '../../../shared/domain/workbook/problems';
import type { RowNumbers } from '../../../shared/domain/workbook/cross-check';
import type { StreetData } from '../../../shared/domain/workbook/records';
import { SHEET_ORDER } from '../../../shared/domain/workbook/sheets';
import type { DeskDatabase } from '../../../db/open-database';
import { tableCounts } from '../../../db/repositories/system/maintenance-repo';
import type { CallerContext } from '../context';
import type { ReportProgress } from '../jobs/job-registry';
import { finishDerivedState, prepareData, writePlan } from '../workbook/import-workbook';
import { ALL_PRESENT } from '../workbook/plan-import';
import { DEFAULT_DEMO_AS_OF, generateDemoStreet } from './generate-demo';

export const DEFAULT_DEMO_SEED = 20261120;

function rowNumbersOf(data: StreetData): RowNumbers {
  const seq = (n: number) => Array.from({ length: n }, (_v, i) => i + 2);
  const rows = Object.fromEntries(SHEET_ORDER.map((f) => [f, f === 'street' ? (data.street ? [2] : []) : seq((data[f] as unknown[]).length)]));
  return rows as unknown as RowNumbers;
}

/** The demo's as-of date for a reproducible street: the fixed default, or today when the clock is behind it. */
export function reproducibleDemoAsOf(today: string): string {
  return today < DEFAULT_DEMO_AS_OF ? today : DEFAULT_DEMO_AS_OF;
}

/**
 * Generates the demo street as of `asOf` and writes it into an empty database in one transaction (prepared
 * statements). The same seed and date always give the same street.
 */
export function loadDemoStreet(
  db: DeskDatabase,
  ctx: CallerContext,
  options: { size: 'small' | 'large'; seed: number; asOf: string; today: string },
  report: ReportProgress = () => undefined,
  /** A worker's task: the derived state's episodes are shared with a second thread (finishDerivedState). */
  apart = false,
): DemoLoaded {
  const street = writeDemo(db, ctx, options, report);
  // The generated street is out of scope now: the derived state is recomputed without it in memory.
  finishDerivedState(db, report, apart);
  const after = tableCounts(db);
  return {
    street,
    counts: {
      社区: after.communities ?? 0,
      家庭: after.households ?? 0,
      人员: after.persons ?? 0,
      就业记录: after.employment_spells ?? 0,
      失业登记: after.unemployment_registrations ?? 0,
      服务记录: after.service_records ?? 0,
      投诉: after.complaints ?? 0,
    },
  };
}

/** Generates and writes the demo in one transaction; returns the street's name. */
function writeDemo(db: DeskDatabase, ctx: CallerContext, options: { size: 'small' | 'large'; seed: number; asOf: string; today: string }, report: ReportProgress): string {
  const { size, seed, asOf, today } = options;
  const before = tableCounts(db);
  if ((before.communities ?? 0) > 0 || (before.persons ?? 0) > 0) {
    throw new AppError('REJECTED', '数据库中已有社区或人员，演示数据只能载入空数据库。请换一个数据目录（--data-dir）再试');
  }
  report(0.02, '正在生成演示街道');
  const data = generateDemoStreet({ size, seed, asOf });
  report(0.3, '正在核对演示数据');
  const problems = new ProblemList(20);
  const plan = prepareData(db, data, rowNumbersOf(data), today, problems, ALL_PRESENT);
  if (!plan) throw new AppError('INTERNAL', `演示数据自检未通过：${problems.items.map(describeProblem).join('；')}`);
  writePlan(db, ctx, plan, { kind: 'demo-street', fileName: `demo-${size}-${seed}`, sha256: `seed:${seed}` }, (f, note) => report(0.35 + f * 0.65, note));
  return data.street?.name ?? '';
}
