import { resolve } from 'node:path';
import { cliFile } from '../cli-files';
import { callApi } from '../cli-api';
import { EXIT_OK, EXIT_REJECTED, UsageError } from '../cli-io';
import type { Command } from '../command';
import { commandArgs } from '../command-args';
import { withCliRuntime } from '../open-for-cli';

/**
 * `calendar import FILE`: imports a calendar file (CSV `日期,类型,名称` or JSON, UTF-8) for the years it covers, all
 * or nothing. With --json, stdout is the calendar.import result: `{ ok: true, fileName, sha256, format, years,
 * holidays, workdays, replaced, coverage: { firstYear, lastYear } }` or `{ ok: false, fileName, problems: [ { line,
 * field, message } ] }` (exit 1, nothing written).
 */
export const calendarCommand: Command = {
  name: 'calendar',
  usage: 'calendar import FILE [--db PATH] [--json]',
  summary: '导入节假日日历文件（CSV：日期,类型,名称；或 JSON），整年替换；有任何错误时不写入',
  async run(ctx) {
    const { positionals } = commandArgs(ctx.argv, {});
    const [action, file, ...extra] = positionals;
    if (action !== 'import') throw new UsageError(action ? `未知的 calendar 子命令：${action}（只有 import）` : '请给出子命令：calendar import FILE');
    if (!file || extra.length > 0) throw new UsageError('请给出一个日历文件：calendar import FILE');
    const path = resolve(file);
    return withCliRuntime(ctx, 'create', async (runtime) => {
      const file = cliFile(runtime, path, 'input');
      const result = await callApi(runtime, 'calendar.import', { file });
      if (!result.ok) {
        const lines = [`未导入“${result.fileName}”：发现 ${result.problems.length} 个问题，数据库未改动。`, ...result.problems.map((p) => `  ${p.message}`)];
        ctx.io.out(lines.join('\n'), result);
        return EXIT_REJECTED;
      }
      const lines = [
        `已导入“${result.fileName}”：${result.years.join('、')} 年，放假 ${result.holidays} 天、调休上班 ${result.workdays} 天${result.replaced > 0 ? `，替换原有 ${result.replaced} 条` : ''}。`,
        `日历覆盖 ${result.coverage.firstYear}–${result.coverage.lastYear} 年。`,
      ];
      ctx.io.out(lines.join('\n'), result);
      return EXIT_OK;
    });
  },
};
