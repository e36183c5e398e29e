/**
 * The one count of a worklist: every row the list shows — overdue, due and upcoming alike. The navigation badge and
 * the page's 共 N 条 both come from here, so they always agree (they once differed: the badge left out the upcoming
 * 4050 and retirement rows that the page counts and shows).
 */
import type { WorklistRow } from './kinds';

export interface WorklistTally {
  /** Every row shown: what the badge and the page's 共 N 条 say. */
  total: number;
  overdue: number;
  due: number;
  upcoming: number;
}

export function tallyWorklist(rows: readonly Pick<WorklistRow, 'status'>[]): WorklistTally {
  const tally: WorklistTally = { total: rows.length, overdue: 0, due: 0, upcoming: 0 };
  for (const r of rows) tally[r.status] += 1;
  return tally;
}
