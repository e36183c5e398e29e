/** What each package kind provides: its export (records from the database) and its import plan (a dry run). */
import type { Manifest, Period } from '../../../../shared/contract/package-format';
import type { EntityCounts, PackageProblem } from '../../../../shared/contract/packages';
import type { EntityName, InstallIdentity } from '../../../../shared/domain/packages/kinds';
import type { DeskDatabase } from '../../../../db/open-database';
import type { CallerContext } from '../../context';
import type { ReportProgress } from '../../jobs/job-registry';
import type { ParsedEntity } from '../jsonl-entity';
import type { EntityData } from '../package-writer';

export interface ExportContext {
  db: DeskDatabase;
  today: string;
  street: { code: string; name: string };
  install: InstallIdentity;
  recipient: string;
  year?: number;
  communityCodes?: string[];
}

export interface KindExport {
  entities: EntityData[];
  period: Period | null;
  notes: string[];
}

export interface ImportContext {
  db: DeskDatabase;
  today: string;
  street: { code: string; name: string };
  manifest: Manifest;
  fileName: string;
  contentSha256: string;
}

/** A dry run's result: what committing would do, what stands in its way, and how to do it. */
export interface KindPlan {
  summary: Record<string, EntityCounts>;
  /** Conflicts with the database: while there are any, nothing is committed. */
  conflicts: PackageProblem[];
  notes: string[];
  /** Writes everything; runs inside the commit's transaction, after the package's log row `logId` was written. */
  apply(ctx: CallerContext, logId: number, report: ReportProgress): void;
  /** After the transaction committed (e.g. the street's derived state, recomputed once). */
  afterCommit?(report: ReportProgress): void;
}

export interface KindModule {
  export(c: ExportContext): KindExport | Promise<KindExport>;
  plan(c: ImportContext, records: ReadonlyMap<EntityName, ParsedEntity>): KindPlan;
}

export function counts(): EntityCounts {
  return { new: 0, changed: 0, unchanged: 0, conflicts: 0 };
}

/** The records of an entity as the type its schema guarantees. */
export function recordsOf<T>(records: ReadonlyMap<EntityName, ParsedEntity>, entity: EntityName): { items: T[]; lines: number[] } {
  const found = records.get(entity);
  return { items: (found?.records ?? []) as T[], lines: found?.lines ?? [] };
}

export function conflict(entity: EntityName, file: string, line: number | undefined, key: string, message: string): PackageProblem {
  return { file, line: line ?? null, field: null, entity, key, message };
}

export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}
