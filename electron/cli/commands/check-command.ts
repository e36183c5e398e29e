import { parseArgs } from 'node:util';
import { checkIntegrity } from '../../../db/repositories/maintenance-repo';
import { EXIT_OK, EXIT_REJECTED } from '../cli-io';
import type { Command } from '../command';
import { openForCli } from '../open-for-cli';

export const checkCommand: Command = {
  name: 'check',
  usage: 'check [--db PATH] [--json]',
  summary: '检查数据库完整性（quick_check 与外键检查）',
  async run(ctx) {
    parseArgs({ args: ctx.argv, options: {}, strict: true });
    const runtime = openForCli(ctx);
    try {
      const report = checkIntegrity(runtime.db);
      const healthy = report.quickCheck.length === 1 && report.quickCheck[0] === 'ok' && report.foreignKeyViolations.length === 0;
      const human = healthy
        ? `检查通过：${runtime.db.path}`
        : [
            `检查发现问题：${runtime.db.path}`,
            ...report.quickCheck.filter((l) => l !== 'ok').map((l) => `  完整性：${l}`),
            ...report.foreignKeyViolations.map((v) => `  外键：表 ${v.table} 第 ${v.rowid ?? '?'} 行引用的 ${v.parent} 不存在`),
          ].join('\n');
      ctx.io.out(human, { ok: healthy, dbPath: runtime.db.path, ...report });
      return healthy ? EXIT_OK : EXIT_REJECTED;
    } finally {
      runtime.close();
    }
  },
};
