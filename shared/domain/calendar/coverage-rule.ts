/**
 * Whether the working calendar covers what the office is looking at. A deadline counted in working days needs the
 * holidays of its year: from 1 December of a year the next year's are needed too (guidance due in 3 working days,
 * a visit due next month already fall in January), and a date the clerk picks beyond the covered years needs its
 * own. The years missing are every year from the first one after the covered range up to the last one needed.
 */
import { yearOf } from '../dates';

export interface CoverageQuestion {
  /** The date shown (待办's 截止日期, 考核's date). */
  asOf: string;
  /** Today. */
  today: string;
  firstYear: number;
  lastYear: number;
}

/** The years a date needs: its own and, from 1 December, the next. */
export function yearsNeededOn(date: string): number[] {
  const year = yearOf(date);
  return date >= `${year}-12-01` ? [year, year + 1] : [year];
}

/** The years whose holidays are needed and not known, ascending (none when covered). */
export function missingCalendarYears(q: CoverageQuestion): number[] {
  const needed = [...yearsNeededOn(q.asOf), ...yearsNeededOn(q.today)];
  const missing = new Set<number>();
  for (const year of needed) if (year < q.firstYear) missing.add(year);
  const latest = Math.max(...needed);
  for (let year = q.lastYear + 1; year <= latest; year += 1) missing.add(year);
  return [...missing].sort((a, b) => a - b);
}

/** What the banner says: the years missing and what follows from it (null when none is missing). */
export function coverageMessage(missing: readonly number[]): string | null {
  if (missing.length === 0) return null;
  return `${missing.join('、')} 年的节假日安排尚未导入：这些年份的期限暂按周一至周五推算（放假、调休上班都未计入），可能不准。请导入市人社局下发的日历文件。`;
}
