/**
 * Verifying a package without any database (docs/packages.md §5): the file's hash; a sealed one's header, then its
 * body decrypted into a private temporary file and authenticated before anything in it is read; the zip held to
 * the app's zip limits (files/zip-limits.ts) — sizes, counts and ratios from the central directory, no absolute
 * paths, `..` or links, nothing the manifest does not list; the manifest's schema and format version; every data
 * file's bytes, SHA-256 and row count against the manifest; every record against its kind's schema; and the
 * checks across records of the kind. Everything is read; nothing is written but the temporary file, removed after.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Manifest } from '../../../shared/contract/package-format';
import type { Manifest as ManifestValue, SealedHeader } from '../../../shared/contract/package-format';
import { RECORD_SCHEMAS } from '../../../shared/contract/package-records';
import type { PackageProblem } from '../../../shared/contract/packages';
import { MANIFEST_MAX_BYTES, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION } from '../../../shared/domain/packages/format';
import { entityPath, KIND_ENTITIES, PACKAGE_KIND_LABEL, SEALED_KINDS } from '../../../shared/domain/packages/kinds';
import type { EntityName } from '../../../shared/domain/packages/kinds';
import { checkRecords } from '../../../shared/domain/packages/record-checks';
import { DEFAULT_ZIP_LIMITS, formatBytes, ZipLimitError } from '../files/zip-limits';
import type { ZipLimits } from '../files/zip-limits';
import { openZip } from '../workbook/zip-entries';
import type { OpenZip } from '../workbook/zip-entries';
import type { ParsedEntity } from './jsonl-entity';
import { ProblemSink, readEntityFile } from './jsonl-entity';
import { PackageError, problem } from './package-error';
import { sha256Of } from './package-writer';
import { readSealedHeader, startsSealed, unsealFile } from './seal';

export interface ReadOptions {
  passphrase?: string;
  /** A private folder for the decrypted zip of a sealed package (removed before returning). */
  tempDir: string;
  /** Dates in records may not lie after it. */
  today: string;
  limits?: ZipLimits;
  onProgress?: (fraction: number, note: string) => void;
}

export interface ReadPackage {
  fileName: string;
  sha256: string;
  fileBytes: number;
  sealed: boolean;
  /** Sealed, and no passphrase was given: nothing inside was read. */
  needsPassphrase: boolean;
  header: SealedHeader | null;
  contentSha256: string | null;
  manifest: ManifestValue | null;
  records: Map<EntityName, ParsedEntity>;
  problems: PackageProblem[];
  omittedProblems: number;
  /** No problem at all: every check passed. */
  ok: boolean;
}

const PLAIN_MAGIC = Buffer.from('PK', 'ascii');

async function looksLikeZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head.equals(PLAIN_MAGIC);
  } finally {
    await handle.close();
  }
}

function fail(error: unknown): PackageProblem {
  if (error instanceof PackageError) return error.problem;
  if (error instanceof ZipLimitError) return problem(error.message);
  throw error;
}

/** The manifest: JSON, a known format and version, the schema, the kind's files. */
async function readManifest(zip: OpenZip): Promise<ManifestValue> {
  const entry = zip.entries.get('manifest.json');
  if (!entry) throw new PackageError('压缩包里没有 manifest.json（清单），不是交换包。', { file: 'manifest.json' });
  if (entry.uncompressedSize > MANIFEST_MAX_BYTES) throw new PackageError(`清单有 ${formatBytes(entry.uncompressedSize)}，超过 ${formatBytes(MANIFEST_MAX_BYTES)} 的上限，文件异常。`, { file: 'manifest.json' });
  const text = (await zip.text('manifest.json')) ?? '';
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new PackageError('清单不是有效的 JSON，文件已损坏。', { file: 'manifest.json' });
  }
  const head = (raw ?? {}) as { format?: unknown; formatVersion?: unknown };
  if (head.format !== PACKAGE_FORMAT) {
    throw new PackageError(`清单的 format 是 ${JSON.stringify(head.format ?? null)}，不是交换包格式“${PACKAGE_FORMAT}”。`, { file: 'manifest.json', field: 'format' });
  }
  if (typeof head.formatVersion === 'number' && head.formatVersion > PACKAGE_FORMAT_VERSION) {
    throw new PackageError(`这个交换包是更新版本的格式（第 ${head.formatVersion} 版）生成的，本程序只认识到第 ${PACKAGE_FORMAT_VERSION} 版。请升级本程序后再导入。`, {
      file: 'manifest.json',
      field: 'formatVersion',
    });
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PackageError(`清单不符合格式：${issue?.message ?? '未知问题'}`, { file: 'manifest.json', field: issue ? issue.path.join('.') || null : null });
  }
  return parsed.data;
}

/** Every entry is the manifest or a file it lists; the files are exactly the kind's, at their paths. */
function checkLayout(zip: OpenZip, manifest: ManifestValue, problems: ProblemSink): void {
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const name of zip.entries.keys()) {
    if (name !== 'manifest.json' && !listed.has(name)) problems.add(problem(`压缩包中有清单未列出的文件“${name}”，文件异常，未导入。`, { file: name }));
  }
  const expected = KIND_ENTITIES[manifest.kind];
  const seen = new Set<string>();
  for (const file of manifest.files) {
    if (seen.has(file.entity)) problems.add(problem(`清单两次列出“${file.entity}”。`, { file: 'manifest.json', field: 'files' }));
    seen.add(file.entity);
    if (!expected.includes(file.entity)) {
      problems.add(problem(`${PACKAGE_KIND_LABEL[manifest.kind]}包不应有“${file.entity}”数据。`, { file: 'manifest.json', field: 'files' }));
    } else if (file.path !== entityPath(file.entity)) {
      problems.add(problem(`“${file.entity}”数据应位于 ${entityPath(file.entity)}，清单写的是 ${file.path}。`, { file: 'manifest.json', field: 'files' }));
    }
    if (!zip.entries.has(file.path)) problems.add(problem(`清单列出的“${file.path}”不在压缩包里（文件不完整）。`, { file: file.path }));
  }
  for (const entity of expected) {
    if (!seen.has(entity)) problems.add(problem(`清单缺少“${entity}”数据文件（${entityPath(entity)}）。`, { file: 'manifest.json', field: 'files' }));
  }
}

/**
 * Reads and verifies a package. Never throws for anything wrong with the file: every problem is returned (the
 * first fatal one stops the reading there). An I/O failure of this machine (a disk error) does throw.
 */
export async function readPackage(path: string, fileName: string, options: ReadOptions): Promise<ReadPackage> {
  const limits = options.limits ?? DEFAULT_ZIP_LIMITS;
  const report = options.onProgress ?? (() => undefined);
  const problems = new ProblemSink();
  const result: ReadPackage = {
    fileName,
    sha256: '',
    fileBytes: 0,
    sealed: false,
    needsPassphrase: false,
    header: null,
    contentSha256: null,
    manifest: null,
    records: new Map(),
    problems: problems.items,
    omittedProblems: 0,
    ok: false,
  };
  const finish = (): ReadPackage => {
    result.omittedProblems = problems.omitted;
    result.ok = problems.count === 0 && !result.needsPassphrase;
    return result;
  };
  const info = await stat(path).catch(() => null);
  if (!info) {
    problems.add(problem(`找不到文件“${fileName}”，请检查路径。`));
    return finish();
  }
  if (!info.isFile()) {
    problems.add(problem(`“${fileName}”不是文件。`));
    return finish();
  }
  result.fileBytes = info.size;
  if (info.size === 0) {
    problems.add(problem(`“${fileName}”是空文件，不是交换包。`));
    return finish();
  }
  report(0.02, '正在计算文件的 SHA-256');
  result.sha256 = await sha256Of(path);

  const work = join(options.tempDir, `open-${randomBytes(6).toString('hex')}`);
  let zip: OpenZip | null = null;
  try {
    let zipPath = path;
    if (await startsSealed(path)) {
      result.sealed = true;
      let sealedInfo;
      try {
        sealedInfo = await readSealedHeader(path);
      } catch (error) {
        problems.add(fail(error));
        return finish();
      }
      result.header = sealedInfo.header;
      if (options.passphrase === undefined || options.passphrase === '') {
        result.needsPassphrase = true;
        return finish();
      }
      if (sealedInfo.header.plainBytes > limits.maxTotalBytes) {
        problems.add(problem(`加密内容有 ${formatBytes(sealedInfo.header.plainBytes)}，超过 ${formatBytes(limits.maxTotalBytes)} 的上限，文件异常。`));
        return finish();
      }
      report(0.05, '正在核对口令并解密（整个文件验证无误后才读取内容）');
      mkdirSync(work, { recursive: true, mode: 0o700 });
      zipPath = join(work, 'plain.zip');
      try {
        result.contentSha256 = await unsealFile(path, sealedInfo, options.passphrase, zipPath);
      } catch (error) {
        problems.add(fail(error));
        return finish();
      }
    } else if (await looksLikeZip(path)) {
      result.contentSha256 = result.sha256;
    } else {
      problems.add(problem(`“${fileName}”不是交换包：文件开头既不是压缩包（PK），也不是加密交换包（CFJYSEAL）。`));
      return finish();
    }

    report(0.3, '正在检查压缩包');
    try {
      zip = await openZip(zipPath, limits);
      const manifest = await readManifest(zip);
      result.manifest = manifest;
      if (result.header) {
        const h = result.header;
        if (h.kind !== manifest.kind || h.issuer !== manifest.issuer.code || h.recipient !== manifest.recipient.code) {
          problems.add(problem('加密包头记载的类型、发出方或接收方与清单不一致，文件异常。', { file: 'manifest.json' }));
        }
      }
      if (!result.sealed && SEALED_KINDS.has(manifest.kind)) {
        problems.add(problem(`${PACKAGE_KIND_LABEL[manifest.kind]}包含个人信息，必须加密传递；这个包没有加密（可能被人看过或改过），不予导入。请让对方用口令加密后重新发送。`));
      }
      checkLayout(zip, manifest, problems);
      if (problems.count > 0) return finish();

      const total = manifest.files.reduce((n, f) => n + f.bytes, 0) || 1;
      let done = 0;
      const schemas = RECORD_SCHEMAS[manifest.kind];
      for (const file of manifest.files) {
        const schema = schemas[file.entity];
        if (!schema) continue;
        report(0.35 + (0.55 * done) / total, `正在核对 ${file.path}`);
        const read = await readEntityFile(await zip.stream(file.path), file.path, schema, limits, problems, (n) => {
          done += n;
        });
        if (read.sha256 !== file.sha256) {
          problems.add(problem(`内容的 SHA-256 与清单记载不符：文件在传递中被改动或损坏（清单 ${file.sha256.slice(0, 12)}…，实际 ${read.sha256.slice(0, 12)}…）。`, { file: file.path }));
        } else if (read.bytes !== file.bytes) {
          problems.add(problem(`大小与清单记载不符（清单 ${file.bytes} 字节，实际 ${read.bytes} 字节）。`, { file: file.path }));
        }
        if (read.rows !== file.rows) {
          problems.add(problem(`清单记载有 ${file.rows} 行，实际有 ${read.rows} 行：清单与数据不符，文件异常。`, { file: file.path }));
        }
        result.records.set(file.entity, { records: read.records, lines: read.lines });
      }
      if (problems.count === 0) {
        report(0.92, '正在核对记录之间的关系');
        for (const p of checkRecords(manifest.kind, manifest, result.records, options.today)) problems.add(p);
      }
    } catch (error) {
      problems.add(fail(error));
    }
    return finish();
  } finally {
    zip?.close();
    rmSync(work, { recursive: true, force: true });
  }
}
