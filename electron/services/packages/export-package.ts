/**
 * Exporting a package: the kind's records from the database (a read snapshot, so the file is one consistent
 * picture), written and — for the kinds with personal data always — sealed, then logged with its hash (and audited)
 * for the exchange history and its receipt.
 */
import { AppError } from '../../../shared/app-error';
import type { Manifest } from '../../../shared/contract/package-format';
import { MIN_PASSPHRASE_CHARS } from '../../../shared/domain/packages/format';
import { defaultRecipient, PACKAGE_KIND_LABEL, SEALED_KINDS } from '../../../shared/domain/packages/kinds';
import type { PackageKind } from '../../../shared/domain/packages/kinds';
import { openReadSnapshot } from '../../../db/open-database';
import type { DeskDatabase } from '../../../db/open-database';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { logPackage } from '../../../db/repositories/system/packages-repo';
import { inTransaction } from '../../../db/transaction';
import type { CallerContext } from '../context';
import type { ReportProgress } from '../jobs/job-registry';
import { installIdentity, readExchangeSettings, requireStreet } from './exchange-settings';
import { KIND_MODULES } from './kinds';
import { writePackage } from './package-writer';

export interface ExportRequest {
  kind: PackageKind;
  year?: number;
  recipient?: string;
  passphrase?: string;
  communityCodes?: string[];
  outPath: string;
  fileName: string;
}

export interface ExportOutcome {
  manifest: Manifest;
  sha256: string;
  contentSha256: string;
  bytes: number;
  sealed: boolean;
  logId: number;
  notes: string[];
}

/** The recipient an export goes to: the one given, else the kind's default; a transfer must name one. */
export function recipientFor(db: DeskDatabase, kind: PackageKind, given: string | undefined): string {
  if (given !== undefined) return given;
  const fallback = defaultRecipient(kind, installIdentity(db));
  if (fallback === null) {
    throw new AppError('INVALID_INPUT', `${PACKAGE_KIND_LABEL[kind]}须指定接收方（--recipient，接收街道的 9 位代码）`, { fields: [{ path: 'recipient', message: '请填写接收方代码' }] });
  }
  return fallback;
}

export async function exportPackage(
  db: DeskDatabase,
  ctx: CallerContext,
  request: ExportRequest,
  deps: { tempDir: string; today: string },
  report: ReportProgress = () => undefined,
): Promise<ExportOutcome> {
  const street = requireStreet(db);
  const recipient = recipientFor(db, request.kind, request.recipient);
  if (SEALED_KINDS.has(request.kind) && !request.passphrase) {
    throw new AppError('INVALID_INPUT', `${PACKAGE_KIND_LABEL[request.kind]}含个人信息，必须加密：请设置口令（至少 ${MIN_PASSPHRASE_CHARS} 个字符）`, {
      fields: [{ path: 'passphrase', message: '请设置口令' }],
    });
  }
  if (request.passphrase !== undefined && request.passphrase.length < MIN_PASSPHRASE_CHARS) {
    throw new AppError('INVALID_INPUT', `口令至少 ${MIN_PASSPHRASE_CHARS} 个字符`, { fields: [{ path: 'passphrase', message: `口令至少 ${MIN_PASSPHRASE_CHARS} 个字符` }] });
  }
  const recipientName = request.kind === 'annual-submission' && recipient === readExchangeSettings(db).bureauCode ? readExchangeSettings(db).bureauName : null;
  report(0.05, '正在读取数据');
  const snapshot = openReadSnapshot(db);
  let written;
  let notes: string[];
  try {
    const exported = await KIND_MODULES[request.kind].export({
      db: snapshot,
      today: deps.today,
      street,
      install: installIdentity(db),
      recipient,
      year: request.year,
      communityCodes: request.communityCodes,
    });
    notes = exported.notes;
    report(0.2, request.passphrase ? '正在写入并加密' : '正在写入');
    written = await writePackage({
      tempDir: deps.tempDir,
      outPath: request.outPath,
      head: { kind: request.kind, issuer: { code: street.code, name: street.name }, recipient: { code: recipient, name: recipientName }, period: exported.period },
      entities: exported.entities,
      passphrase: request.passphrase,
      onProgress: (rows) => report(0.5, `已写入 ${rows.toLocaleString('zh-CN')} 条记录`),
    });
  } finally {
    snapshot.close();
  }
  const { manifest } = written;
  const summary = Object.fromEntries(manifest.files.map((f) => [f.entity, f.rows]));
  const logId = inTransaction(db, () => {
    const id = logPackage(db, {
      direction: 'export',
      kind: request.kind,
      fileName: request.fileName,
      sha256: written.sha256,
      contentSha256: written.contentSha256,
      manifest,
      summary,
      createdBy: ctx.username,
      issuer: street.code,
      recipient,
      periodFrom: manifest.period?.from ?? null,
      periodTo: manifest.period?.to ?? null,
      sealed: written.sealed,
      fileBytes: written.bytes,
    });
    recordAudit(db, { username: ctx.username, action: 'export', entity: 'package', entityKey: written.sha256, after: { kind: request.kind, fileName: request.fileName, recipient, sealed: written.sealed, rows: summary } });
    return id;
  });
  return { manifest, sha256: written.sha256, contentSha256: written.contentSha256, bytes: written.bytes, sealed: written.sealed, logId, notes };
}
