/** A package problem in one line, for the CLI and messages: “data/persons.jsonl 第 12 行“name”：不能为空”. */
import type { PackageProblem } from '../../contract/packages';

export function describePackageProblem(p: PackageProblem): string {
  const where = [p.file && `“${p.file}”`, p.line !== null && `第 ${p.line} 行`, p.field && `“${p.field}”`].filter(Boolean).join(' ');
  return where ? `${where}：${p.message}` : p.message;
}
