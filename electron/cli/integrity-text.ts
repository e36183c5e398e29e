import type { IntegrityProblem } from '../../shared/contract/system';

/** An integrity problem in words: where (the table, the index), then SQLite's own line. */
export function describeIntegrityProblem(p: IntegrityProblem): string {
  const where = [p.table && `表 ${p.table}`, p.index && `索引 ${p.index}`].filter(Boolean).join('，');
  return where ? `${where}：${p.message}` : p.message;
}
