import { openReadSnapshot } from '../../../db/open-database';
import type { DeskDatabase } from '../../../db/open-database';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { tableCounts } from '../../../db/repositories/system/maintenance-repo';
import { logPackage } from '../../../db/repositories/system/packages-repo';
import { countHouseholdServices, countPersonServices } from '../../../db/repositories/services/service-records-repo';
import { readServices } from '../../../db/repositories/services/services-workbook-repo';
import { countMoves, readMoves } from '../../../db/repositories/registry/memberships-workbook-repo';
import { readCommunities } from '../../../db/repositories/communities/communities-workbook-repo';
import { readComplaints } from '../../../db/repositories/complaints/complaints-workbook-repo';
import { readHouseholds } from '../../../db/repositories/registry/households-workbook-repo';
import { readRegistrations, readSpells } from '../../../db/repositories/employment/employment-workbook-repo';
import { getStreet } from '../../../db/repositories/system/street-repo';
import type { CallerContext } from '../context';
import type { ReportProgress } from '../jobs/job-registry';
import { sha256File } from './file-hash';
import { readPersons } from './person-records';
import { writeWorkbook } from './write-workbook';
import type { WorkbookSource } from './write-workbook';

/** The database as a workbook source: every sheet in key order, flags and wishes as of `today`. */
export function sourceFromDatabase(db: DeskDatabase, today: string): WorkbookSource {
  const counts = tableCounts(db);
  const street = getStreet(db);
  return {
    street: () => (street ? [street] : []),
    communities: () => readCommunities(db),
    households: () => readHouseholds(db, today),
    persons: () => readPersons(db, today),
    spells: () => readSpells(db),
    registrations: () => readRegistrations(db),
    services: () => readServices(db),
    complaints: () => readComplaints(db),
    moves: () => readMoves(db),
    total:
      (counts.communities ?? 0) +
      (counts.households ?? 0) +
      (counts.persons ?? 0) +
      (counts.employment_spells ?? 0) +
      (counts.unemployment_registrations ?? 0) +
      countPersonServices(db) +
      (counts.complaints ?? 0) +
      countMoves(db),
  };
}

export interface ExportOutcome {
  counts: Record<string, number>;
  sha256: string;
  householdServicesLeftOut: number;
}

/** Writes the whole database to `path` as the standard workbook; audited and logged with the file's hash. */
export async function exportWorkbook(db: DeskDatabase, ctx: CallerContext, path: string, fileName: string, today: string, report: ReportProgress): Promise<ExportOutcome> {
  // A read snapshot: the file is one consistent picture even if someone saves while it is written.
  const snapshot = openReadSnapshot(db);
  let counts: Record<string, number>;
  try {
    counts = await writeWorkbook(path, sourceFromDatabase(snapshot, today), report);
  } finally {
    snapshot.close();
  }
  const sha256 = await sha256File(path);
  const householdServicesLeftOut = countHouseholdServices(db);
  recordAudit(db, { username: ctx.username, action: 'export', entity: 'workbook', entityKey: sha256, after: { fileName, counts } });
  logPackage(db, { direction: 'export', kind: 'standard-workbook', fileName, sha256, summary: { counts }, createdBy: ctx.username });
  return { counts, sha256, householdServicesLeftOut };
}
