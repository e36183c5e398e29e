import { basename } from 'node:path';
import { AppError } from '../../../shared/app-error';
import { describeProblem } from '../../../shared/domain/workbook/problems';
import type { ImportPreview } from '../../../shared/contract/workbook';
import { cliFile } from '../cli-files';
import { callApi, callJob, followJob } from '../cli-api';
import { EXIT_OK, EXIT_REJECTED } from '../cli-io';
import type { Command } from '../command';
import { fileArgs } from '../command-args';
import { withCliRuntime } from '../open-for-cli';

export const importWorkbookCommand: Command = {
  name: 'import-workbook',
  usage: 'import-workbook FILE [--dry-run] [--db PATH] [--json]',
  summary: '导入标准数据工作簿：全部校验通过才在一个事务中写入；--dry-run 只显示新增/变更/未变',
  async run(ctx) {
    const { values, path } = fileArgs(ctx.argv, { 'dry-run': { type: 'boolean' } }, '请给出一个工作簿文件');
    return withCliRuntime(ctx, 'create', async (runtime) => {
      const file = cliFile(runtime, path, 'input');
      let previewJobId: string;
      let preview: ImportPreview;
      try {
        previewJobId = (await callApi(runtime, 'workbook.preview', { file })).jobId;
        preview = (await followJob(runtime, previewJobId)) as ImportPreview;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const doc = { ok: false, counts: {}, errors: [{ sheet: '', row: null, column: null, value: basename(path), message: error.message }] };
        ctx.io.out(`未导入：${error.message}`, doc);
        return EXIT_REJECTED;
      }
      // The --json document is exactly { ok, counts, errors } (the bureau's scripts rely on it): warnings go to stderr.
      const doc = { ok: preview.ok, counts: preview.counts, errors: preview.errors };
      for (const warning of preview.warnings) ctx.io.log(`提醒：${describeProblem(warning)}`);
      const countLines = Object.entries(preview.counts).map(([sheet, c]) => `  ${sheet}：新增 ${c.new}，变更 ${c.changed}，未变 ${c.unchanged}`);
      if (!preview.ok) {
        const lines = [`未导入：发现 ${preview.errors.length + preview.omittedErrors} 个问题，数据库未改动。`, ...preview.errors.slice(0, 200).map((p) => `  ${describeProblem(p)}`)];
        if (preview.errors.length > 200) lines.push(`  …（共 ${preview.errors.length + preview.omittedErrors} 个，用 --json 查看全部）`);
        ctx.io.out(lines.join('\n'), doc);
        return EXIT_REJECTED;
      }
      if (values['dry-run']) {
        ctx.io.out(['预览（未写入）：', ...countLines].join('\n'), doc);
        return EXIT_OK;
      }
      await callJob(runtime, 'workbook.commit', { previewJobId });
      ctx.io.out(['已导入：', ...countLines].join('\n'), doc);
      return EXIT_OK;
    });
  },
};
