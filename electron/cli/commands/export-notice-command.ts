/**
 * `export-notice --community C --as-of D OUT.pdf`: a community's wall notice (公示牌) as of a date, rendered to PDF
 * by the same print document the app shows (shared/notice) in a headless Chromium found on the machine
 * (notice.exportPdf, through dispatch like every command). A3 portrait by default, `--paper A4` for A4. With --json, stdout is exactly
 * `{ ok, file, community: { code, name }, asOf, paper, bytes }`.
 */
import { dirname } from 'node:path';
import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/app-error';
import type { NoticePdf } from '../../../shared/contract/notice';
import { isValidIsoDate } from '../../../shared/domain/dates';
import { NOTICE_PAPERS } from '../../../shared/notice/notice-document';
import { cliFile } from '../cli-files';
import { callApi } from '../cli-api';
import { EXIT_OK, UsageError } from '../cli-io';
import type { Command } from '../command';
import { commandArgs, onePath } from '../command-args';
import { openForCli } from '../open-for-cli';

function isPaper(value: string): value is NoticePdf['paper'] {
  return (NOTICE_PAPERS as readonly string[]).includes(value);
}

export const exportNoticeCommand: Command = {
  name: 'export-notice',
  usage: 'export-notice --community 社区代码 --as-of YYYY-MM-DD [--paper A3|A4] OUT.pdf [--db PATH] [--json]',
  summary: '把一个社区的“创建充分就业社区公示牌”（只含汇总数字）生成 PDF，默认 A3 纵向',
  async run(ctx) {
    const { values, positionals } = commandArgs(ctx.argv, { community: { type: 'string' }, 'as-of': { type: 'string' }, paper: { type: 'string' } });
    const code = values.community;
    if (code === undefined || code.trim() === '') throw new UsageError('请用 --community 给出社区代码（12 位）');
    const asOf = values['as-of'];
    if (asOf === undefined) throw new UsageError('请用 --as-of YYYY-MM-DD 给出公示数据的截止日期');
    if (!isValidIsoDate(asOf)) throw new UsageError(`--as-of 必须是 YYYY-MM-DD 格式的有效日期：${asOf}`);
    const paper = values.paper ?? 'A3';
    if (!isPaper(paper)) throw new UsageError(`--paper 只能是 A3 或 A4：${paper}`);
    const path = onePath(positionals, '请给出要写入的 PDF 文件名（如 公示牌.pdf）');
    if (!/\.pdf$/i.test(path)) throw new UsageError(`输出文件名应以 .pdf 结尾：${String(positionals[0])}`);
    if (!existsSync(dirname(path))) throw new AppError('REJECTED', `输出文件夹不存在：${dirname(path)}`);

    const runtime = openForCli(ctx, 'read');
    let made: NoticePdf;
    try {
      const communities = await callApi(runtime, 'communities.list', {});
      const community = communities.find((c) => c.code === code.trim());
      if (!community) {
        const known = [...communities].sort((a, b) => a.code.localeCompare(b.code)).map((c) => `${c.code} ${c.name}`);
        const hint = known.length === 0 ? '本街道还没有社区' : `本街道的社区有：${known.slice(0, 10).join('、')}${known.length > 10 ? ` 等 ${known.length} 个` : ''}`;
        throw new AppError('NOT_FOUND', `找不到社区代码为 ${code} 的社区。${hint}；也可用 info 命令或“社区”页面核对代码`);
      }
      ctx.io.log(`正在生成 ${community.name} 的公示牌 PDF（${paper} 纵向）…`);
      const file = cliFile(runtime, path, 'output');
      made = await callApi(runtime, 'notice.exportPdf', { communityId: community.id, asOf, paper, file });
    } finally {
      runtime.close();
    }
    ctx.io.out(`已生成：${path}（${made.community.name}，数据截至 ${asOf}，${paper} 纵向）`, {
      ok: true,
      file: path,
      community: made.community,
      asOf,
      paper,
      bytes: made.bytes,
    });
    return EXIT_OK;
  },
};
