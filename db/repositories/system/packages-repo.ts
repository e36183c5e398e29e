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
}

/** Every file exchanged (workbooks, packages) is logged with its hash. */
export function logPackage(db: DeskDatabase, entry: PackageLogEntry): void {
  db.orm
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
    })
    .run();
}
