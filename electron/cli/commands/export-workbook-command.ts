import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExportResult } from '../../../shared/contract/workbook';
import { callJob } from '../cli-api';
import { EXIT_OK, UsageError } from '../cli-io';
import type { Command } from '../command';
import { openForCli } from '../open-for-cli';

export const exportWorkbookCommand: Command = {
  name: 'export-workbook',
  usage: 'export-workbook FILE [--db PATH] [--json]',
  summary: '把整个数据库导出为标准数据工作簿（.xlsx）',
  async run(ctx) {
    const { positionals } = parseArgs({ args: ctx.argv, options: {}, allowPositionals: true, strict: true });
    if (positionals.length !== 1 || !positionals[0]) throw new UsageError('请给出要写入的文件名');
    const path = resolve(positionals[0]);
    const runtime = openForCli(ctx, 'write');
    try {
      const file = runtime.files.register({ path, name: basename(path), direction: 'output' });
      const outcome = (await callJob(runtime, 'workbook.export', { file })) as ExportResult;
      const lines = [`已导出：${path}`, ...Object.entries(outcome.counts).map(([sheet, n]) => `  ${sheet}：${n} 行`)];
      if (outcome.householdServicesLeftOut > 0) lines.push(`  注意：${outcome.householdServicesLeftOut} 条以家庭为对象的服务记录不在标准工作簿（第 1 版）中`);
      ctx.io.out(lines.join('\n'), { ok: true, file: path, sha256: outcome.sha256, counts: outcome.counts, householdServicesLeftOut: outcome.householdServicesLeftOut });
      return EXIT_OK;
    } finally {
      runtime.close();
    }
  },
};
