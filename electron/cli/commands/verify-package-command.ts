/**
 * `verify-package FILE [--passphrase-env VAR] [--json]`: everything about a package that needs no database — zip
 * safety, the manifest, every hash and row count, every record's schema, the checks across records, decryption. It
 * opens no database (so it can check a stick's file on any machine). With --json: `{ ok, kind, sealed,
 * needsPassphrase, sha256, contentSha256, manifest, rows, errors }`; exit 1 when anything is wrong.
 */
import { basename } from 'node:path';
import type { PackageVerification } from '../../../shared/contract/packages';
import { PACKAGE_KIND_LABEL } from '../../../shared/domain/packages/kinds';
import { describePackageProblem } from '../../../shared/domain/packages/problem-text';
import { cliFile } from '../cli-files';
import { callJob } from '../cli-api';
import { EXIT_OK, EXIT_REJECTED } from '../cli-io';
import type { Command } from '../command';
import { offlineDoorForCli } from '../open-for-cli';
import { fileArgs } from '../command-args';
import { passphraseFromEnv } from './package-options';

export const verifyPackageCommand: Command = {
  name: 'verify-package',
  usage: 'verify-package FILE [--passphrase-env VAR] [--json]',
  summary: '校验交换包（不打开数据库）：压缩包安全、清单、每个文件的 SHA-256 与行数、每条记录的格式、解密',
  async run(ctx) {
    const { values, path } = fileArgs(ctx.argv, { 'passphrase-env': { type: 'string' } }, '请给出一个交换包文件');
    const passphrase = passphraseFromEnv(values['passphrase-env']);
    // No database: the offline door serves packages.verify.
    const door = offlineDoorForCli(ctx);
    const file = cliFile(door, path, 'input');
    const read = (await callJob(door, 'packages.verify', { file, passphrase })) as PackageVerification;
    const { kind } = read;
    const errors = read.needsPassphrase
      ? [{ file: null, line: null, field: null, entity: null, key: null, message: '这个交换包已加密：请用 --passphrase-env 给出存放口令的环境变量' }]
      : read.errors;
    const doc = { ok: read.ok, kind, sealed: read.sealed, needsPassphrase: read.needsPassphrase, sha256: read.sha256, contentSha256: read.contentSha256, manifest: read.manifest, rows: read.rows, errors };
    if (!read.ok) {
      const lines = [`未通过校验：“${basename(path)}”`, ...errors.slice(0, 200).map((p) => `  ${describePackageProblem(p)}`)];
      if (read.omittedErrors > 0) lines.push(`  …另有 ${read.omittedErrors} 个问题`);
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
  },
};
