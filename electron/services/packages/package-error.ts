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

export { describePackageProblem } from '../../../shared/domain/packages/problem-text';
