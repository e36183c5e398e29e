/**
 * `verify-package FILE [--passphrase-env VAR] [--json]`: everything about a package that needs no database — zip
 * safety, the manifest, every hash and row count, every record's schema, the checks across records, decryption. It
 * opens no database (so it can check a stick's file on any machine). With --json: `{ ok, kind, sealed,
 * needsPassphrase, sha256, contentSha256, manifest, rows, errors }`; exit 1 when anything is wrong.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { todayIso } from '../../../shared/clock';
import { PACKAGE_KIND_LABEL } from '../../../shared/domain/packages/kinds';
import { describePackageProblem } from '../../services/packages/package-error';
import { readPackage } from '../../services/packages/package-reader';
import { EXIT_OK, EXIT_REJECTED, UsageError } from '../cli-io';
import type { Command } from '../command';
import { stderrProgress } from '../progress';
import { passphraseFromEnv } from './package-options';

export const verifyPackageCommand: Command = {
  name: 'verify-package',
  usage: 'verify-package FILE [--passphrase-env VAR] [--json]',
  summary: '校验交换包（不打开数据库）：压缩包安全、清单、每个文件的 SHA-256 与行数、每条记录的格式、解密',
  async run(ctx) {
    const { values, positionals } = parseArgs({ args: ctx.argv, options: { 'passphrase-env': { type: 'string' } }, allowPositionals: true, strict: true });
    if (positionals.length !== 1 || !positionals[0]) throw new UsageError('请给出一个交换包文件');
    const passphrase = passphraseFromEnv(values['passphrase-env']);
    const path = resolve(positionals[0]);
    const work = mkdtempSync(join(tmpdir(), 'desk-verify-'));
    try {
      const read = await readPackage(path, basename(path), { passphrase, tempDir: work, today: todayIso(), onProgress: stderrProgress(ctx.io, '校验') });
      const kind = read.manifest?.kind ?? read.header?.kind ?? null;
      const rows = Object.fromEntries((read.manifest?.files ?? []).map((f) => [f.entity, f.rows]));
      const errors = read.needsPassphrase
        ? [{ file: null, line: null, field: null, entity: null, key: null, message: '这个交换包已加密：请用 --passphrase-env 给出存放口令的环境变量' }]
        : read.problems;
      const doc = { ok: read.ok, kind, sealed: read.sealed, needsPassphrase: read.needsPassphrase, sha256: read.sha256, contentSha256: read.contentSha256, manifest: read.manifest, rows, errors };
      if (!read.ok) {
        const lines = [`未通过校验：“${basename(path)}”`, ...errors.slice(0, 200).map((p) => `  ${describePackageProblem(p)}`)];
        if (read.omittedProblems > 0) lines.push(`  …另有 ${read.omittedProblems} 个问题`);
        ctx.io.out(lines.join('\n'), doc);
        return EXIT_REJECTED;
      }
      const m = read.manifest;
      const lines = [
        `校验通过：${kind ? PACKAGE_KIND_LABEL[kind] : ''}包${read.sealed ? '（已加密，口令正确）' : ''}`,
        `  发出方 ${m?.issuer.code}${m?.issuer.name ? `（${m.issuer.name}）` : ''}，接收方 ${m?.recipient.code}，生成于 ${m?.createdAt}`,
        `  SHA-256 ${read.sha256}`,
        ...(m?.files ?? []).map((f) => `  ${f.path}：${f.rows} 行`),
      ];
      ctx.io.out(lines.join('\n'), doc);
      return EXIT_OK;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
