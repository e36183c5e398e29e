/** One reason a workbook can't be imported, located by sheet, row (1-based, as Excel shows it) and column. */
export interface ImportProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

/** Collects items up to a cap, counting the rest, so a file with 200,000 bad rows stays manageable. */
export class CappedList<T> {
  readonly items: T[] = [];
  omitted = 0;

  constructor(readonly cap: number) {}

  add(item: T): void {
    if (this.items.length < this.cap) this.items.push(item);
    else this.omitted += 1;
  }

  get count(): number {
    return this.items.length + this.omitted;
  }
}

/** A workbook's problems, the first 20,000 kept. */
export class ProblemList extends CappedList<ImportProblem> {
  constructor(cap = 20_000) {
    super(cap);
  }
}

export function describeProblem(p: ImportProblem): string {
  const where = [p.sheet && `“${p.sheet}”工作表`, p.row !== null && `第 ${p.row} 行`, p.column && `“${p.column}”列`].filter(Boolean).join(' ');
  return `${where}：${p.message}`;
}
