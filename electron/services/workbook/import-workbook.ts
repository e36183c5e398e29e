/**
 * Importing the standard workbook: read and validate everything first (rows, then across sheets, against what the
 * database holds), show new/changed/unchanged, and only then write all of it in one transaction — or nothing.
 */
import { stat } from 'node:fs/promises';
import { AppError } from '../../../shared/app-error';
import type { ImportPreview, ImportResult } from '../../../shared/contract/workbook';
import { crossCheck } from '../../../shared/domain/workbook/cross-check';
import { nameInitials } from '../../../shared/domain/name-initials';
import type { StreetData } from '../../../shared/domain/workbook/records';
import { NOTES_SHEET, SHEET_DEFS, SHEET_ORDER } from '../../../shared/domain/workbook/sheets';
import { readThroughMemoryMap } from '../../../db/open-database';
import type { DeskDatabase } from '../../../db/open-database';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { withIndexesDeferred } from '../../../db/repositories/system/maintenance-repo';
import { dataStamp } from '../../../db/repositories/system/audit-repo';
import { logPackage } from '../../../db/repositories/system/packages-repo';
import { idsByKeys } from '../../../db/repositories/registry/persons-workbook-repo';
import { inTransaction } from '../../../db/transaction';
import type { CallerContext } from '../context';
import { personDatesMemo, recomputePersonDates } from '../population/person-dates';
import { markDerivedStateStale, recomputeIfStale, refreshPersons, staleScope } from '../population/recompute';
import { startEpisodesHelper } from '../population/episodes-apart';
import { readPopulationSettings } from '../settings/population-settings';
import type { ReportProgress } from '../jobs/job-registry';
import { sha256File } from './file-hash';
import { planImport, writeCount } from './plan-import';
import type { ImportPlan, SheetsPresent } from './plan-import';
import { readWorkbook } from './read-workbook';
import { assertXlsx } from './sniff-file';
import { contextFrom, loadSnapshot } from './workbook-snapshot';
import type { WorkbookSnapshot } from './workbook-snapshot';
import { writeWorkbookRecords } from './write-records';

/** From this many rows into an empty database, indexes are built after the load instead of during it. */
const BULK_LOAD_ROWS = 20_000;

/**
 * From this size of file (compressed; about 90,000 rows, at the large demo street's 1.1 million rows in 47 MB) its
 * worksheets are scanned in a helper thread while the import's own thread parses and validates them (read-workbook.ts
 * `scanApart`).
 */
export const SCAN_APART_FROM_BYTES = 4 * 1024 * 1024;

/** Above this many persons touched, recomputing the whole street's derived state is quicker than picking them out. */
const REFRESH_ALL_FROM = 5_000;

/** The keys of what a plan touches that the derived state depends on (read before the write: it may let the records go). */
interface Touched {
  idNumbers: Set<string>;
  householdNumbers: string[];
  /** Row ids of the persons the plan updates. */
  updatedPersonIds: number[];
}

/**
 * Persons written, persons whose spells, registrations or wishes were written, households whose flags (undated or
 * dated) were written. Services, recognitions and the rest change no population.
 */
function touchedBy(plan: ImportPlan): Touched {
  const idNumbers = new Set<string>();
  for (const record of plan.writes.persons.records) idNumbers.add(record.idNumber);
  for (const record of plan.writes.spells.records) idNumbers.add(record.idNumber);
  for (const record of plan.writes.registrations.records) idNumbers.add(record.idNumber);
  for (const record of plan.writes.wishes.records) idNumbers.add(record.idNumber);
  for (const { idNumber } of plan.writes.memberships) idNumbers.add(idNumber);
  const householdNumbers = [
    ...plan.writes.households.records.map((record) => record.number),
    ...plan.writes.householdFlags.records.map((record) => record.householdNumber),
    ...plan.writes.memberships.flatMap((m) => m.formerHouseholds),
  ];
  return { idNumbers, householdNumbers, updatedPersonIds: [...plan.writes.persons.ids.values()] };
}

/**
 * The derived state (dates, family episodes) of what the import touched (`touchedBy`).
 * A bulk import only marks it stale here; `finishDerivedState` recomputes the street after the commit.
 */
function refreshDerivedState(db: DeskDatabase, touched: Touched, refreshAllFrom = REFRESH_ALL_FROM): void {
  const { idNumbers, householdNumbers } = touched;
  if (idNumbers.size + householdNumbers.length >= refreshAllFrom) {
    // New persons' dates went in with their rows (writePlan); those of the persons updated are brought up to date
    // here, so that only the episodes are left to recompute.
    recomputePersonDates(db, readPopulationSettings(db), touched.updatedPersonIds);
    markDerivedStateStale(db, 'episodes');
    return;
  }
  const { personIds, householdIds } = idsByKeys(db, [...idNumbers], householdNumbers);
  refreshPersons(db, personIds, householdIds);
}

/**
 * Lets one turn of the event loop pass. V8 keeps what a long synchronous stretch let go (the cross-check's working
 * maps, the written plan's records: measured 150–250 MB on the large street) until the task it runs in ends; the
 * next heavy step then starts without them.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** How a worker writes a plan it uses once (writePlan `oneShot`): its heap collected between the write's steps. */
export interface OneShotWrite {
  collect(): void;
}

/** A validated import waiting for 确认导入. */
export interface PreparedImport {
  preview: ImportPreview;
  plan: ImportPlan | null;
  stamp: number;
}

export function snapshotOf(db: DeskDatabase): WorkbookSnapshot {
  return loadSnapshot(db);
}

/** Validates already-parsed street data against the database and plans the writes (used by import and the demo). */
export function prepareData(
  db: DeskDatabase,
  data: StreetData,
  rows: Parameters<typeof crossCheck>[1],
  _today: string,
  problems: Parameters<typeof crossCheck>[3],
  present: SheetsPresent,
): ImportPlan | null {
  const snapshot = snapshotOf(db);
  crossCheck(data, rows, contextFrom(snapshot), problems);
  if (problems.count > 0) return null;
  return planImport(data, snapshot, present);
}

/** A sheet the standard workbook has no place for: said, not silently skipped. */
export function unknownSheetWarning(sheet: string): string {
  const names = SHEET_ORDER.map((f) => SHEET_DEFS[f].name).join('、');
  return `不认识的工作表“${sheet}”，其中的数据不会导入（标准工作簿的工作表：${names}；“${NOTES_SHEET}”只供阅读）`;
}

/**
 * Reads and validates a workbook and plans its writes. `betweenSteps` runs after the read and after the cross-check,
 * a turn after each (the import worker collects its heap there: what the read's scanning and the cross-check's
 * working maps let go would otherwise still be in the heap when the next step allocates — the large street's preview
 * peaked some 120 MB higher).
 */
export async function prepareImport(
  db: DeskDatabase,
  path: string,
  fileName: string,
  today: string,
  report: ReportProgress,
  betweenSteps: () => void = () => undefined,
): Promise<PreparedImport> {
  await assertXlsx(path, fileName);
  const sha256 = await sha256File(path);
  const stamp = dataStamp(db);
  const scanApart = (await stat(path)).size >= SCAN_APART_FROM_BYTES;
  const parsed = await readWorkbook(path, today, (fraction, note) => report(fraction * 0.9, note), { scanApart });
  let plan: ImportPlan | null = null;
  if (parsed.problems.count === 0) {
    report(0.92, '正在核对各表之间的引用');
    await nextTurn();
    betweenSteps();
    const snapshot = snapshotOf(db);
    crossCheck(parsed.data, parsed.rows, contextFrom(snapshot), parsed.problems, betweenSteps);
    if (parsed.problems.count === 0) {
      await nextTurn();
      betweenSteps();
      plan = planImport(parsed.data, snapshot, parsed.present);
    }
  }
  const ok = plan !== null && parsed.problems.count === 0;
  return {
    stamp,
    plan: ok ? plan : null,
    preview: {
      ok,
      fileName,
      sha256,
      counts: plan?.counts ?? {},
      errors: parsed.problems.items,
      omittedErrors: parsed.problems.omitted,
      ignoredSheets: parsed.ignoredSheets,
      warnings: parsed.ignoredSheets.map((sheet) => ({ sheet, row: null, column: null, value: null, message: unknownSheetWarning(sheet) })),
    },
  };
}

/**
 * After a bulk write has committed (and its records were let go): recomputes the street's derived state when the
 * write marked it stale, reading through the memory map (a worker's connection turns it on here). Call it once the
 * import or demo load is done. `apart` (a worker's task): the family episodes are shared with a second thread
 * (population/episodes-apart.ts); on the large street the step took 2.5–2.7 s instead of 3.3–3.6 s.
 */
export function finishDerivedState(db: DeskDatabase, report: ReportProgress = () => undefined, apart = false): void {
  report(0.99, '正在更新各户、各人的派生状态（零就业家庭等）');
  readThroughMemoryMap(db);
  // The helper is started only for what it can share: every household's episodes, the persons' dates committed.
  const helper = apart && staleScope(db) === 'episodes' ? startEpisodesHelper(db.path) : null;
  try {
    recomputeIfStale(db, helper?.share ?? null);
  } finally {
    helper?.close();
  }
}

/**
 * Writes a prepared import in one transaction, audited and logged with the file's hash. With `oneShot` (the import
 * worker) the plan is spent by the write (see writePlan): it cannot be committed again.
 */
export function commitImport(db: DeskDatabase, ctx: CallerContext, prepared: PreparedImport, report: ReportProgress = () => undefined, oneShot: OneShotWrite | null = null): ImportResult {
  if (!prepared.plan || !prepared.preview.ok) throw new AppError('REJECTED', '该文件有错误，不能导入；请按错误清单修改后重新选择');
  writePlan(db, ctx, prepared.plan, { kind: 'standard-workbook', fileName: prepared.preview.fileName, sha256: prepared.preview.sha256 }, report, prepared.stamp, REFRESH_ALL_FROM, oneShot);
  return { fileName: prepared.preview.fileName, counts: prepared.plan.counts };
}

/**
 * Writes a plan in one transaction with its audit event and exchange log entry. With `expectedStamp`, refuses
 * (writing nothing) when the database changed since the plan was made.
 */
export function writePlan(
  db: DeskDatabase,
  ctx: CallerContext,
  plan: ImportPlan,
  source: { kind: string; fileName: string; sha256: string },
  report: ReportProgress = () => undefined,
  expectedStamp?: number,
  /** From this many persons and households touched the whole street is recomputed after the commit instead. */
  refreshAllFrom = REFRESH_ALL_FROM,
  /**
   * A plan written once, by a worker: its records are let go as they are written, and `collect` runs after the
   * persons, after their wishes, spells and registrations, and once all the rows are in (before the indexes are built).
   * The large street's write peaked at its end, with every record and what the writing let go still in the heap.
   */
  oneShot: OneShotWrite | null = null,
): void {
  const total = writeCount(plan.writes);
  const initials = new Map<string, string>();
  const initialsOf = (name: string) => {
    let v = initials.get(name);
    if (v === undefined) {
      v = nameInitials(name);
      initials.set(name, v);
    }
    return v;
  };
  inTransaction(db, () => {
    if (expectedStamp !== undefined && dataStamp(db) !== expectedStamp) {
      throw new AppError('CONFLICT', '预览之后数据库已有改动，请重新预览后再确认导入');
    }
    // A new person's derived dates go in with the row, by the rules the refresh below applies (it then finds them current).
    const datesOf = personDatesMemo(readPopulationSettings(db));
    const touched = touchedBy(plan);
    const collect = oneShot?.collect ?? (() => undefined);
    const write = () => {
      writeWorkbookRecords(db, plan.writes, initialsOf, {
        onStep: (done) => report(done / Math.max(1, total), `已写入 ${done} 条`),
        datesOf,
        releaseWritten: oneShot !== null,
        betweenSheets: collect,
      });
      initials.clear();
      collect();
    };
    if (total >= BULK_LOAD_ROWS) withIndexesDeferred(db, write);
    else write();
    refreshDerivedState(db, touched, refreshAllFrom);
    const summary = { counts: plan.counts };
    recordAudit(db, { username: ctx.username, action: 'import', entity: source.kind, entityKey: source.sha256, after: { fileName: source.fileName, ...summary } });
    logPackage(db, { direction: 'import', kind: source.kind, fileName: source.fileName, sha256: source.sha256, summary, createdBy: ctx.username });
  });
}
