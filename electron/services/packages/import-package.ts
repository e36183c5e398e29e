/**
 * Importing a package in two steps (docs/packages.md §5–6): `previewPackage` verifies everything without writing —
 * the file (package-reader.ts), that it is addressed to this install, that it was not imported before (the same
 * file, or the same content sealed again) — and makes the kind's dry run: new / changed / unchanged / conflicting
 * per entity, the conflicts listed. `commitPackage` then writes all of it in one transaction, logged with the
 * package's hash, or nothing: with conflicts, after a change to the database since the preview, or when the same
 * package was imported meanwhile.
 */
import { existsSync, statSync } from 'node:fs';
import { AppError } from '../../../shared/app-error';
import { Manifest } from '../../../shared/contract/package-format';
import type { AlreadyImported, ImportedPackage, PackagePreview } from '../../../shared/contract/packages';
import { PACKAGE_KINDS, recipientProblem } from '../../../shared/domain/packages/kinds';
import type { DeskDatabase } from '../../../db/open-database';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { dataStamp } from '../../../db/repositories/system/audit-repo';
import { findImportByHash, logPackage } from '../../../db/repositories/system/packages-repo';
import type { PackageLogRow } from '../../../db/repositories/system/packages-repo';
import { inTransaction } from '../../../db/transaction';
import type { CallerContext } from '../context';
import type { ReportProgress } from '../jobs/job-registry';
import { installIdentity, requireStreet } from './exchange-settings';
import type { KindPlan } from './kinds/kind-module';
import { KIND_MODULES } from './kinds';
import { problem } from './package-error';
import { readPackage } from './package-reader';
import { sha256Of } from './package-writer';
import type { ReadPackage } from './package-reader';

/** A verified package waiting for 确认导入. */
export interface PreparedPackage {
  preview: PackagePreview;
  plan: KindPlan | null;
  read: Omit<ReadPackage, 'records'>;
  stamp: number;
}

const MAX_LISTED = 500;

function already(row: PackageLogRow): AlreadyImported {
  return { at: row.createdAt, by: row.createdBy, fileName: row.fileName, logId: row.id };
}

/** An ISO timestamp as this machine's local date and time, “2026-11-20 09:12”. */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** “这个交换包已于 2026-11-20 09:12 由 admin 导入（文件“x.cfjy”），本次未写入任何数据。” */
export function alreadyImportedText(a: AlreadyImported): string {
  return `这个交换包已于 ${localDateTime(a.at)} 由 ${a.by} 导入（文件“${a.fileName}”），本次未写入任何数据。`;
}

function missingFile(fileName: string, stamp: number): PreparedPackage {
  const message = `找不到文件“${fileName}”，请检查路径`;
  const read = { fileName, sha256: '', fileBytes: 0, sealed: false, needsPassphrase: false, header: null, contentSha256: null, manifest: null, problems: [problem(message)], omittedProblems: 0, ok: false };
  return {
    preview: { ok: false, alreadyImported: null, kind: null, manifest: null, summary: {}, errors: read.problems, omittedErrors: 0, notes: [], fileName, sha256: '', sealed: false, needsPassphrase: false },
    plan: null,
    read,
    stamp,
  };
}

function alreadyPrepared(row: PackageLogRow, fileName: string, sha256: string, stamp: number): PreparedPackage {
  const parsed = row.manifest === null ? null : Manifest.safeParse(JSON.parse(row.manifest));
  const manifest = parsed?.success ? parsed.data : null;
  const alreadyImported = already(row);
  const kind = PACKAGE_KINDS.find((k) => k === row.kind) ?? null;
  return {
    preview: {
      ok: true,
      alreadyImported,
      kind,
      manifest,
      summary: {},
      errors: [],
      omittedErrors: 0,
      notes: [alreadyImportedText(alreadyImported)],
      fileName,
      sha256,
      sealed: row.sealed,
      needsPassphrase: false,
    },
    plan: null,
    read: {
      fileName,
      sha256,
      fileBytes: row.fileBytes ?? 0,
      sealed: row.sealed,
      needsPassphrase: false,
      header: null,
      contentSha256: row.contentSha256,
      manifest,
      problems: [],
      omittedProblems: 0,
      ok: true,
    },
    stamp,
  };
}

export async function previewPackage(
  db: DeskDatabase,
  path: string,
  fileName: string,
  options: { passphrase?: string; tempDir: string; today: string },
  report: ReportProgress = () => undefined,
): Promise<PreparedPackage> {
  const street = requireStreet(db);
  const stamp = dataStamp(db);
  if (!existsSync(path) || !statSync(path).isFile()) return missingFile(fileName, stamp);
  // The very same file again: said at once, before any passphrase is asked for.
  const fileSha = await sha256Of(path);
  const same = findImportByHash(db, PACKAGE_KINDS, [fileSha]);
  if (same) return alreadyPrepared(same, fileName, fileSha, stamp);
  const read = await readPackage(path, fileName, { passphrase: options.passphrase, tempDir: options.tempDir, today: options.today, onProgress: report });
  const { records, ...readInfo } = read;
  const preview: PackagePreview = {
    ok: false,
    alreadyImported: null,
    kind: read.manifest?.kind ?? read.header?.kind ?? null,
    manifest: read.manifest,
    summary: {},
    errors: read.problems,
    omittedErrors: read.omittedProblems,
    notes: [],
    fileName,
    sha256: read.sha256,
    sealed: read.sealed,
    needsPassphrase: read.needsPassphrase,
  };
  const prepared: PreparedPackage = { preview, plan: null, read: readInfo, stamp };
  const hashes = [read.sha256, ...(read.contentSha256 ? [read.contentSha256] : [])].filter((h) => h !== '');
  const before = hashes.length > 0 ? findImportByHash(db, PACKAGE_KINDS, hashes) : null;
  if (before) {
    // The same package (this file, or its content sealed again): nothing to do, whatever else is true of it.
    preview.alreadyImported = already(before);
    preview.ok = true;
    preview.errors = [];
    preview.omittedErrors = 0;
    preview.needsPassphrase = false;
    preview.notes = [alreadyImportedText(preview.alreadyImported)];
    return prepared;
  }
  if (!read.ok || !read.manifest || read.contentSha256 === null) return prepared;
  const { manifest } = read;
  const wrongRecipient = recipientProblem(manifest.kind, manifest.recipient.code, installIdentity(db));
  if (wrongRecipient) {
    preview.errors = [problem(wrongRecipient, { file: 'manifest.json', field: 'recipient' })];
    return prepared;
  }
  report(0.95, '正在与本机数据比对（预演，不写入）');
  const plan = KIND_MODULES[manifest.kind].plan({ db, today: options.today, street, manifest, fileName, contentSha256: read.contentSha256 }, records);
  preview.summary = plan.summary;
  preview.notes = plan.notes;
  preview.errors = plan.conflicts.slice(0, MAX_LISTED);
  preview.omittedErrors = Math.max(0, plan.conflicts.length - MAX_LISTED);
  preview.ok = plan.conflicts.length === 0;
  prepared.plan = plan;
  return prepared;
}

export function commitPackage(db: DeskDatabase, ctx: CallerContext, prepared: PreparedPackage, report: ReportProgress = () => undefined): ImportedPackage {
  const { preview, plan, read } = prepared;
  if (preview.alreadyImported) throw new AppError('REJECTED', alreadyImportedText(preview.alreadyImported));
  if (!plan || !preview.ok || !read.manifest || !preview.kind) {
    throw new AppError('REJECTED', '这个交换包未通过校验或与本机数据有冲突，不能导入；请按问题清单处理后重新选择');
  }
  const manifest = read.manifest;
  const kind = preview.kind;
  report(0.05, '正在写入数据库（一个事务）');
  const logId = inTransaction(db, () => {
    if (dataStamp(db) !== prepared.stamp) throw new AppError('CONFLICT', '预览之后数据库已有改动，请重新预览后再确认导入');
    const hashes = [read.sha256, ...(read.contentSha256 ? [read.contentSha256] : [])];
    const before = findImportByHash(db, PACKAGE_KINDS, hashes);
    if (before) throw new AppError('REJECTED', alreadyImportedText(already(before)));
    const id = logPackage(db, {
      direction: 'import',
      kind,
      fileName: preview.fileName,
      sha256: read.sha256,
      contentSha256: read.contentSha256,
      manifest,
      summary: preview.summary,
      createdBy: ctx.username,
      issuer: manifest.issuer.code,
      recipient: manifest.recipient.code,
      periodFrom: manifest.period?.from ?? null,
      periodTo: manifest.period?.to ?? null,
      sealed: read.sealed,
      fileBytes: read.fileBytes,
    });
    plan.apply(ctx, id, report);
    recordAudit(db, {
      username: ctx.username,
      action: 'import',
      entity: 'package',
      entityKey: read.sha256,
      after: { kind, fileName: preview.fileName, issuer: manifest.issuer, packageId: manifest.packageId, summary: preview.summary },
    });
    return id;
  });
  plan.afterCommit?.(report);
  return { fileName: preview.fileName, kind, summary: preview.summary, logId, notes: preview.notes };
}
