/**
 * `export-package --kind K [--year Y] [--recipient CODE] OUT [--passphrase-env VAR]` (and `--community CODE`, repeatable,
 * for a community transfer): writes a package (docs/packages.md). An annual submission also gets its human-readable
 * workbook beside it (OUT with .xlsx). With --json: `{ ok, file, kind, sha256, contentSha256, bytes, sealed,
 * manifest, logId, workbook, notes }`.
 */
import { basename, dirname, extname, join } from 'node:path';
import type { ExportedPackage } from '../../../shared/contract/packages';
import { isRecipientCode, PACKAGE_KIND_LABEL, PACKAGE_KINDS } from '../../../shared/domain/packages/kinds';
import type { PackageKind } from '../../../shared/domain/packages/kinds';
import { cliFile } from '../cli-files';
import { callApi, callJob } from '../cli-api';
import { EXIT_OK, UsageError } from '../cli-io';
import type { Command } from '../command';
import { fileArgs } from '../command-args';
import { withCliRuntime } from '../open-for-cli';
import { passphraseFromEnv } from './package-options';

export const exportPackageCommand: Command = {
  name: 'export-package',
  usage: 'export-package --kind K [--year Y] [--recipient CODE] [--community CODE]… OUT [--passphrase-env VAR] [--db PATH] [--json]',
  summary: `导出交换包（类型：${PACKAGE_KINDS.join('、')}）；年度上报和社区划转必须用口令加密，年度上报另写一份可读的工作簿`,
  async run(ctx) {
    const options = { kind: { type: 'string' }, year: { type: 'string' }, recipient: { type: 'string' }, community: { type: 'string', multiple: true }, 'passphrase-env': { type: 'string' } } as const;
    const { values, path } = fileArgs(ctx.argv, options, '请给出要写入的文件名（OUT）');
    const kind = values.kind as PackageKind | undefined;
    if (!kind || !PACKAGE_KINDS.includes(kind)) throw new UsageError(`--kind 必须是 ${PACKAGE_KINDS.join('、')} 之一`);
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2100)) throw new UsageError('--year 必须是 2000–2100 之间的年份');
    if (values.recipient !== undefined && !isRecipientCode(values.recipient)) throw new UsageError('--recipient 应为“*”、2/4/6 位区划代码前缀或 9 位街道代码');
    const communityCodes = values.community?.flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean);
    if (communityCodes?.some((c) => !/^\d{12}$/.test(c))) throw new UsageError('--community 应为 12 位社区代码');
    const passphrase = passphraseFromEnv(values['passphrase-env']);
    return withCliRuntime(ctx, 'write', async (runtime) => {
      const file = cliFile(runtime, path, 'output');
      const outcome = (await callJob(runtime, 'packages.export', { kind, year, recipient: values.recipient, passphrase, communityCodes, file })) as ExportedPackage;
      let workbook: string | null = null;
      if (kind === 'annual-submission' && year !== undefined) {
        // The export succeeded: the year is frozen, and its human-readable workbook goes beside the package.
        workbook = join(dirname(path), `${basename(path, extname(path))}.xlsx`);
        await callApi(runtime, 'annual.workbook', { year, file: cliFile(runtime, workbook, 'output') });
      }
      const { manifest } = outcome;
      const lines = [
        `已导出${PACKAGE_KIND_LABEL[kind]}包：${path}${outcome.sealed ? '（已加密）' : ''}`,
        `  发给 ${manifest.recipient.code}，SHA-256 ${outcome.sha256}`,
        ...manifest.files.map((f) => `  ${f.path}：${f.rows} 行`),
        ...(workbook ? [`  年度上报工作簿：${workbook}`] : []),
        ...outcome.notes.map((n) => `  ${n}`),
      ];
      ctx.io.out(lines.join('\n'), {
        ok: true,
        file: path,
        kind,
        sha256: outcome.sha256,
        contentSha256: outcome.contentSha256,
        bytes: outcome.bytes,
        sealed: outcome.sealed,
        manifest,
        logId: outcome.logId,
        workbook,
        notes: outcome.notes,
      });
      return EXIT_OK;
    });
  },
};
