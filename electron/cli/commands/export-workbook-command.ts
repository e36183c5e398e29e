import { resolve } from 'node:path';
import type { ExportResult } from '../../../shared/contract/workbook';
import { NOTES_SHEET, SHEET_NAMES, WORKBOOK_FORMAT_VERSION } from '../../../shared/domain/workbook/sheets';
import { cliFile } from '../cli-files';
import { callApi, callJob } from '../cli-api';
import { EXIT_OK, UsageError } from '../cli-io';
import type { Command } from '../command';
import { commandArgs } from '../command-args';
import { offlineDoorForCli, withCliRuntime } from '../open-for-cli';

export const exportWorkbookCommand: Command = {
  name: 'export-workbook',
  usage: 'export-workbook FILE [--db PATH] [--json] | export-workbook --template OUT [--json]',
  summary: '把整个数据库导出为标准数据工作簿（.xlsx）；--template 写出空白模板（各表列标题、填表说明、下拉列表，不含数据）',
  async run(ctx) {
    const { values, positionals } = commandArgs(ctx.argv, { template: { type: 'string' } });
    if (values.template !== undefined) {
      if (positionals.length > 0) throw new UsageError('--template 只需给出模板的文件名，不能再给出导出文件名');
      if (values.template.trim() === '') throw new UsageError('请给出空白模板的文件名');
      const path = resolve(values.template);
      // No database: the offline door serves workbook.template.
      const door = offlineDoorForCli(ctx);
      await callApi(door, 'workbook.template', { file: cliFile(door, path, 'output') });
      const sheets = [NOTES_SHEET, ...SHEET_NAMES];
      ctx.io.out([`已写出空白模板（第 ${WORKBOOK_FORMAT_VERSION} 版）：${path}`, `  工作表：${sheets.join('、')}`].join('\n'), {
        ok: true,
        file: path,
        template: true,
        version: WORKBOOK_FORMAT_VERSION,
        sheets,
      });
      return EXIT_OK;
    }
    if (positionals.length !== 1 || !positionals[0]) throw new UsageError('请给出要写入的文件名');
    const path = resolve(positionals[0]);
    return withCliRuntime(ctx, 'write', async (runtime) => {
      const file = cliFile(runtime, path, 'output');
      const outcome = (await callJob(runtime, 'workbook.export', { file })) as ExportResult;
      const lines = [`已导出：${path}`, ...Object.entries(outcome.counts).map(([sheet, n]) => `  ${sheet}：${n} 行`)];
      lines.push('  不含：保存的考核结果、手工评定、日历调整、设置、用户和操作日志');
      ctx.io.out(lines.join('\n'), { ok: true, file: path, sha256: outcome.sha256, counts: outcome.counts, householdServicesLeftOut: outcome.householdServicesLeftOut });
      return EXIT_OK;
    });
  },
};
