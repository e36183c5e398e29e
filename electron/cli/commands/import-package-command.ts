/**
 * `import-package FILE [--dry-run] [--passphrase-env VAR] [--json]`: verifies the package, checks it is addressed to
 * this install and new here, shows what it would do, and (without --dry-run) writes it in one transaction. With
 * --json, stdout is exactly `{ ok, alreadyImported, kind, manifest, summary: { <entity>: { new, changed, unchanged,
 * conflicts } }, errors: [ { file, line, field, entity, key, message } ] }`; notes go to stderr. Exit 0 when
 * imported, previewed clean or already imported; 1 when refused (nothing written).
 */
import { ENTITY_LABEL, PACKAGE_KIND_LABEL } from '../../../shared/domain/packages/kinds';
import type { EntityName } from '../../../shared/domain/packages/kinds';
import type { PackagePreview } from '../../../shared/contract/packages';
import { describePackageProblem } from '../../../shared/domain/packages/problem-text';
import { cliFile } from '../cli-files';
import { callApi, callJob, followJob } from '../cli-api';
import { EXIT_OK, EXIT_REJECTED } from '../cli-io';
import type { Command } from '../command';
import { fileArgs } from '../command-args';
import { withCliRuntime } from '../open-for-cli';
import { passphraseFromEnv } from './package-options';

function document(preview: PackagePreview): Record<string, unknown> {
  const errors = preview.needsPassphrase
    ? [{ file: null, line: null, field: null, entity: null, key: null, message: '这个交换包已加密：请用 --passphrase-env 给出存放口令的环境变量' }]
    : preview.errors;
  return { ok: preview.ok, alreadyImported: preview.alreadyImported, kind: preview.kind, manifest: preview.manifest, summary: preview.summary, errors };
}

function summaryLines(preview: PackagePreview): string[] {
  return Object.entries(preview.summary).map(([entity, c]) => `  ${ENTITY_LABEL[entity as EntityName] ?? entity}：新增 ${c.new}，变更 ${c.changed}，未变 ${c.unchanged}，冲突 ${c.conflicts}`);
}

export const importPackageCommand: Command = {
  name: 'import-package',
  usage: 'import-package FILE [--dry-run] [--passphrase-env VAR] [--db PATH] [--json]',
  summary: '导入交换包：先全部校验并预演（新增/变更/未变/冲突），无问题才在一个事务中写入；同一个包再次导入不改动任何数据',
  async run(ctx) {
    const { values, path } = fileArgs(ctx.argv, { 'dry-run': { type: 'boolean' }, 'passphrase-env': { type: 'string' } }, '请给出一个交换包文件');
    const passphrase = passphraseFromEnv(values['passphrase-env']);
    return withCliRuntime(ctx, 'write', async (runtime) => {
      const file = cliFile(runtime, path, 'input');
      const previewJobId = (await callApi(runtime, 'packages.preview', { file, passphrase })).jobId;
      const preview = (await followJob(runtime, previewJobId)) as PackagePreview;
      if (!preview.alreadyImported) for (const note of preview.notes) ctx.io.log(`提醒：${note}`);
      const label = preview.kind ? PACKAGE_KIND_LABEL[preview.kind] : '';
      if (preview.alreadyImported) {
        // The preview's note says when and by whom (“这个交换包已于 … 导入…”).
        ctx.io.out(preview.notes[0] ?? '这个交换包已经导入过，本次未写入任何数据。', document(preview));
        return EXIT_OK;
      }
      if (!preview.ok) {
        const problems = document(preview).errors as PackagePreview['errors'];
        const lines = [`未导入“${preview.fileName}”：${problems.length + preview.omittedErrors} 个问题，数据库未改动。`, ...summaryLines(preview), ...problems.slice(0, 200).map((p) => `  ${describePackageProblem(p)}`)];
        ctx.io.out(lines.join('\n'), document(preview));
        return EXIT_REJECTED;
      }
      if (values['dry-run']) {
        ctx.io.out([`预演（未写入）${label}包“${preview.fileName}”：`, ...summaryLines(preview)].join('\n'), document(preview));
        return EXIT_OK;
      }
      await callJob(runtime, 'packages.commit', { previewJobId });
      ctx.io.out([`已导入${label}包“${preview.fileName}”：`, ...summaryLines(preview)].join('\n'), document(preview));
      return EXIT_OK;
    });
  },
};
