/** One reason a workbook can't be imported, located by sheet, row (1-based, as Excel shows it) and column. */
export interface ImportProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

/** Collects problems up to a cap, counting the rest, so a file with 200,000 bad rows stays manageable. */
export class ProblemList {
  readonly items: ImportProblem[] = [];
  omitted = 0;

  constructor(readonly cap = 20_000) {}

  add(problem: ImportProblem): void {
    if (this.items.length < this.cap) this.items.push(problem);
    else this.omitted += 1;
  }

  get count(): number {
    return this.items.length + this.omitted;
  }
}

export function describeProblem(p: ImportProblem): string {
  const where = [p.sheet && `“${p.sheet}”工作表`, p.row !== null && `第 ${p.row} 行`, p.column && `“${p.column}”列`].filter(Boolean).join(' ');
  return `${where}：${p.message}`;
}
