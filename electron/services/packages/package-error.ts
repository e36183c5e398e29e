/** A package refused while it is read: a Chinese message saying where (data file, line, field) and what. */
import type { PackageProblem } from '../../../shared/contract/packages';

export class PackageError extends Error {
  readonly problem: PackageProblem;

  constructor(message: string, where: Partial<Omit<PackageProblem, 'message'>> = {}) {
    super(message);
    this.name = 'PackageError';
    this.problem = { file: where.file ?? null, line: where.line ?? null, field: where.field ?? null, entity: where.entity ?? null, key: where.key ?? null, message };
  }
}

export function problem(message: string, where: Partial<Omit<PackageProblem, 'message'>> = {}): PackageProblem {
  return { file: where.file ?? null, line: where.line ?? null, field: where.field ?? null, entity: where.entity ?? null, key: where.key ?? null, message };
}

/** A problem in one line: “data/persons.jsonl 第 12 行“name”：不能为空”. */
export function describePackageProblem(p: PackageProblem): string {
  const where = [p.file && `“${p.file}”`, p.line !== null && `第 ${p.line} 行`, p.field && `“${p.field}”`].filter(Boolean).join(' ');
  return where ? `${where}：${p.message}` : p.message;
}
