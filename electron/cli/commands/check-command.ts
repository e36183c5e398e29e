import { callApi } from '../cli-api';
import { EXIT_OK, EXIT_REJECTED } from '../cli-io';
import type { Command } from '../command';
import { offlineDoorForCli } from '../open-for-cli';
import { optionValues } from '../command-args';
import { describeIntegrityProblem } from '../integrity-text';

/**
 * `check`: the full integrity check (every page, every row against every index) and the foreign keys, on the file
 * opened read-only as it is — a damaged file is examined, not refused (system.check through the offline door).
 * `--json` prints `{ ok, integrity, foreignKeys }`.
 */
export const checkCommand: Command = {
  name: 'check',
  usage: 'check [--db PATH] [--json]',
  summary: '完整检查数据库（integrity_check：每一页、每一行与每个索引；外键检查），指出所在的表和索引',
  async run(ctx) {
    optionValues(ctx.argv, {});
    // No runtime: a damaged file could not be opened, and the check must see it as it is.
    const report = await callApi(offlineDoorForCli(ctx), 'system.check', {});
    const ok = report.integrity.length === 0 && report.foreignKeys.length === 0;
    const human = ok
      ? `检查通过：${ctx.dbPath}`
      : [
          `检查发现问题：${ctx.dbPath}`,
          ...report.integrity.map((p) => `  完整性：${describeIntegrityProblem(p)}`),
          ...report.foreignKeys.map((v) => `  外键：表 ${v.table} 第 ${v.rowid ?? '?'} 行引用的 ${v.parent} 不存在`),
          '  请从备份恢复（如仅索引损坏，可由技术支持重建索引）。',
        ].join('\n');
    ctx.io.out(human, { ok, integrity: report.integrity, foreignKeys: report.foreignKeys });
    return ok ? EXIT_OK : EXIT_REJECTED;
  },
};
