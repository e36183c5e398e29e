import { openReadSnapshot } from '../../../db/open-database';
import type { DeskDatabase } from '../../../db/open-database';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { tableCounts } from '../../../db/repositories/system/maintenance-repo';
import { logPackage } from '../../../db/repositories/system/packages-repo';
import { countMoves } from '../../../db/repositories/registry/persons-workbook-repo';
import { getStreet } from '../../../db/repositories/system/street-repo';
import type { CallerContext } from '../context';
import type { ReportProgress } from '../jobs/job-registry';
import { databaseRecords } from './database-records';
import type { ListField } from './database-records';
import { sha256File } from './file-hash';
import { writeWorkbook } from './write-workbook';
import type { WorkbookSource } from './write-workbook';

/** The tables whose every row is a row of the workbook (the moves are counted apart: they are read from memberships). */
const EXPORTED_TABLES = [
  'communities',
  'employers',
  'vacancies',
  'households',
  'household_flags',
  'persons',
  'employment_wishes',
  'employment_spells',
  'unemployment_registrations',
  'service_records',
  'difficulty_recognitions',
  'assistance_agreements',
  'assistance_measures',
  'complaints',
] as const;

/** The database as a workbook source: every sheet in key order (version 2: everything a clerk enters). */
export function sourceFromDatabase(db: DeskDatabase): WorkbookSource {
  const counts = tableCounts(db);
  const street = getStreet(db);
  const records = databaseRecords(db);
  const source = {
    street: () => (street ? [street] : []),
    total: EXPORTED_TABLES.reduce((sum, table) => sum + (counts[table] ?? 0), countMoves(db)),
  } as unknown as WorkbookSource;
  for (const field of Object.keys(records) as ListField[]) {
    (source as unknown as Record<string, () => Iterable<unknown>>)[field] = function* () {
      for (const { record } of (records[field] as () => Iterable<{ record: unknown }>)()) yield record;
    };
  }
  return source;
}

export interface ExportOutcome {
  counts: Record<string, number>;
  sha256: string;
  /** Version 2 holds household services (家庭服务记录): always 0, kept for the CLI's --json shape. */
  householdServicesLeftOut: number;
}

/** Writes the whole database to `path` as the standard workbook; audited and logged with the file's hash. */
export async function exportWorkbook(db: DeskDatabase, ctx: CallerContext, path: string, fileName: string, _today: string, report: ReportProgress): Promise<ExportOutcome> {
  // A read snapshot: the file is one consistent picture even if someone saves while it is written.
  const snapshot = openReadSnapshot(db);
  let counts: Record<string, number>;
  try {
    counts = await writeWorkbook(path, sourceFromDatabase(snapshot), report);
  } finally {
    snapshot.close();
  }
  const sha256 = await sha256File(path);
  recordAudit(db, { username: ctx.username, action: 'export', entity: 'workbook', entityKey: sha256, after: { fileName, counts } });
  logPackage(db, { direction: 'export', kind: 'standard-workbook', fileName, sha256, summary: { counts }, createdBy: ctx.username });
  return { counts, sha256, householdServicesLeftOut: 0 };
}
