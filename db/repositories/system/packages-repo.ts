import type { DeskDatabase } from '../../desk-database';
import { packages } from '../../schema';
import { nowIso } from '../../../shared/clock';

export interface PackageLogEntry {
  direction: 'import' | 'export';
  kind: string;
  fileName: string;
  sha256: string;
  manifest?: unknown;
  summary?: unknown;
  createdBy: string;
  /** Exchange packages (docs/packages.md): the manifest's codes and period, the inner zip's hash, sealed or not. */
  issuer?: string | null;
  recipient?: string | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  contentSha256?: string | null;
  sealed?: boolean;
  fileBytes?: number | null;
}

/** Every file exchanged (workbooks, packages) is logged with its hash; returns the log row's id. */
export function logPackage(db: DeskDatabase, entry: PackageLogEntry): number {
  const row = db.orm
    .insert(packages)
    .values({
      direction: entry.direction,
      kind: entry.kind,
      fileName: entry.fileName,
      sha256: entry.sha256,
      manifest: entry.manifest === undefined ? null : JSON.stringify(entry.manifest),
      summary: entry.summary === undefined ? null : JSON.stringify(entry.summary),
      createdBy: entry.createdBy,
      createdAt: nowIso(),
      issuer: entry.issuer ?? null,
      recipient: entry.recipient ?? null,
      periodFrom: entry.periodFrom ?? null,
      periodTo: entry.periodTo ?? null,
      contentSha256: entry.contentSha256 ?? null,
      sealed: entry.sealed ?? false,
      fileBytes: entry.fileBytes ?? null,
    })
    .returning({ id: packages.id })
    .get();
  return row.id;
}

export interface PackageLogRow {
  id: number;
  direction: 'import' | 'export';
  kind: string;
  fileName: string;
  sha256: string;
  contentSha256: string | null;
  issuer: string | null;
  recipient: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  sealed: boolean;
  fileBytes: number | null;
  manifest: string | null;
  summary: string | null;
  createdBy: string;
  createdAt: string;
}

const LOG_SELECT = `SELECT id, direction, kind, file_name AS fileName, sha256, content_sha256 AS contentSha256, issuer, recipient,
  period_from AS periodFrom, period_to AS periodTo, sealed, file_bytes AS fileBytes, manifest, summary, created_by AS createdBy,
  created_at AS createdAt FROM packages`;

type RawLogRow = Omit<PackageLogRow, 'sealed'> & { sealed: 0 | 1 };
const toLogRow = (r: RawLogRow): PackageLogRow => ({ ...r, sealed: r.sealed === 1 });

/**
 * The earliest import of these kinds whose file, or whose content inside the seal, has one of these hashes: the
 * same package imported before.
 */
export function findImportByHash(db: DeskDatabase, kinds: readonly string[], hashes: readonly string[]): PackageLogRow | null {
  const row = db.sqlite
    .prepare(
      `${LOG_SELECT} WHERE direction = 'import' AND kind IN (SELECT value FROM json_each(?))
         AND (sha256 IN (SELECT value FROM json_each(?)) OR content_sha256 IN (SELECT value FROM json_each(?)))
       ORDER BY id LIMIT 1`,
    )
    .get(JSON.stringify(kinds), JSON.stringify(hashes), JSON.stringify(hashes)) as RawLogRow | undefined;
  return row ? toLogRow(row) : null;
}

/** The exchange log, newest first. */
export function listPackageLog(db: DeskDatabase, limit: number): PackageLogRow[] {
  return (db.sqlite.prepare(`${LOG_SELECT} ORDER BY id DESC LIMIT ?`).all(limit) as RawLogRow[]).map(toLogRow);
}

export function findPackageLog(db: DeskDatabase, id: number): PackageLogRow | null {
  const row = db.sqlite.prepare(`${LOG_SELECT} WHERE id = ?`).get(id) as RawLogRow | undefined;
  return row ? toLogRow(row) : null;
}
