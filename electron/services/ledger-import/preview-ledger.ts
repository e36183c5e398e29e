/**
 * 导入本所台账, steps 1–3: inspect the file (sheets, header, suggested mapping or a saved template), then read every
 * data row through the confirmed mapping, check it and plan the import — nothing is written before 确认导入.
 */
import { AppError } from '../../../shared/app-error';
import type { LedgerInspection, LedgerMapping, LedgerPreview, LedgerSummary } from '../../../shared/contract/ledger-import';
import { checkRow } from '../../../shared/domain/ledger-import/check-row';
import type { CheckedRow, ColumnsByField } from '../../../shared/domain/ledger-import/check-row';
import { classifyRow } from '../../../shared/domain/ledger-import/find-table';
import type { SheetRow, TableHeader } from '../../../shared/domain/ledger-import/find-table';
import { appliedThroughServices, LEDGER_FIELD_LABEL, LEDGER_KINDS, LEDGER_KIND_LABEL, needsCommunity, recordsPersons, suggestMapping } from '../../../shared/domain/ledger-import/ledger-fields';
import type { LedgerField, LedgerKind } from '../../../shared/domain/ledger-import/ledger-fields';
import { cellText } from '../../../shared/domain/workbook/cell-values';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { looseText } from '../../../shared/domain/ledger-import/normalise-text';
import type { DeskDatabase } from '../../../db/open-database';
import { findCommunityById } from '../../../db/repositories/communities/communities-repo';
import { dataStamp } from '../../../db/repositories/system/audit-repo';
import type { CallerContext } from '../context';
import type { ReportProgress } from '../jobs/job-registry';
import { sha256File } from '../workbook/file-hash';
import { loadSnapshot } from '../workbook/workbook-snapshot';
import type { KeyedField, WorkbookSnapshot } from '../workbook/workbook-snapshot';
import { knownIdNumbers } from '../../../db/repositories/registry/persons-workbook-repo';
import type { ImportPlan } from '../workbook/plan-import';
import { templateFor } from './ledger-templates';
import { openLedger } from './open-ledger';
import type { LedgerFile } from './open-ledger';
import { refuseOutOfScope } from './ledger-scope';
import { planApplied } from './plan-applied';
import type { AppliedPlan } from './plan-applied';
import { planLedger } from './plan-ledger';
import type { PlannedRow } from './plan-ledger';
import { chooseSheet, dataRows } from './read-table';

const SAMPLE_ROWS = 5;

/** A sample value that is an ID number (however typed) is shown masked, as lists show them. */
function maskedSample(text: string | null): string | null {
  if (text === null) return null;
  const loose = looseText(text);
  return /^\d{15,17}[\dXx]?$/.test(loose) ? maskIdNumber(loose.toUpperCase(), 6, loose.length >= 18 ? 4 : 3) : text;
}

function noHeader(sheet: string, empty: boolean): AppError {
  if (empty) return new AppError('REJECTED', `工作表“${sheet}”是空的，没有可导入的行`);
  return new AppError(
    'REJECTED',
    `工作表“${sheet}”的前 30 行里找不到表头（至少要有两个认得出的列名，如 姓名、身份证号码）。请检查是否选对了工作表，或在表头行写上列名后再导入`,
  );
}

async function withLedger<T>(path: string, name: string, use: (file: LedgerFile) => Promise<T>): Promise<T> {
  const file = await openLedger(path, name);
  try {
    return await use(file);
  } finally {
    file.close();
  }
}

export async function inspectLedger(db: DeskDatabase, path: string, fileName: string, sheetName: string | null): Promise<LedgerInspection> {
  return withLedger(path, fileName, async (file) => {
    const { sheet, scan } = await chooseSheet(file, sheetName, fileName);
    const header = scan.header;
    const suggestions = Object.fromEntries(LEDGER_KINDS.map((k) => [k, header ? suggestMapping(header.columns, k) : {}])) as Record<LedgerKind, LedgerMapping>;
    const sample: (string | null)[][] = [];
    if (header) {
      for (const row of scan.top) {
        if (row.number <= header.last || sample.length >= SAMPLE_ROWS) continue;
        if (classifyRow(row) !== 'data') continue;
        sample.push(header.columns.map((c) => maskedSample(cellText(row.cells[c.index] ?? null))));
      }
    }
    return {
      fileName,
      format: file.format,
      encoding: file.encoding,
      sheets: file.sheets.map((s) => s.name),
      sheet: sheet.name,
      header: header ? { first: header.first, last: header.last, columns: header.columns.map((c) => ({ key: c.key, letter: c.letter })) } : null,
      sample,
      suggestions,
      template: header ? templateFor(db, header.columns.map((c) => c.key)) : null,
    };
  });
}

export interface PreviewRequest {
  path: string;
  fileName: string;
  sheet: string | null;
  kind: LedgerKind;
  /** Where new persons are placed (labour, unemployed); null for the kinds that add no persons. */
  communityId: number | null;
  mapping: LedgerMapping;
  today: string;
}

/** A previewed ledger waiting for 确认导入 (kept by the job). */
export interface PreparedLedger {
  preview: LedgerPreview;
  rows: PlannedRow[];
  plan: ImportPlan | null;
  /** 就业困难人员台账 and 岗位台账: applied through the pages' services at 确认导入 (`plan` is null). */
  applied: AppliedPlan | null;
  header: TableHeader;
  /** The original cells of the rows not imported (for the error report), by row number. */
  rejectedCells: Map<number, (string | null)[]>;
  stamp: number;
  sha256: string;
  headers: string[];
  /** Set once 确认导入 has written it. */
  committed: boolean;
}

/** field → column of the mapping, refusing what cannot be: an unknown column, a field twice, no ID or name column. */
function columnsOf(header: TableHeader, mapping: LedgerMapping, kind: LedgerKind): ColumnsByField {
  const byKey = new Map(header.columns.map((c) => [c.key, c]));
  const columns: ColumnsByField = {};
  for (const [key, field] of Object.entries(mapping)) {
    if (field === null) continue;
    const column = byKey.get(key);
    if (!column) throw new AppError('INVALID_INPUT', `映射中的列“${key}”不在表头里（表头：${header.columns.map((c) => c.key).join('、')}）`);
    const taken = columns[field];
    if (taken) throw new AppError('INVALID_INPUT', `“${LEDGER_FIELD_LABEL[field]}”对应了两列（“${taken.header}”和“${key}”），只能选一列`);
    columns[field] = { index: column.index, header: key };
  }
  const required: LedgerField[] =
    kind === 'unemployed' ? ['idNumber', 'name', 'unemployedSince'] : kind === 'services'
        ? ['idNumber', 'serviceDate', 'serviceKind']
        : kind === 'training'
          ? ['idNumber', 'serviceDate', 'course']
          : kind === 'difficult'
            ? ['idNumber', 'category']
            : kind === 'vacancies'
              ? ['employer', 'vacancyTitle', 'posts', 'openedOn']
              : ['idNumber', 'name'];
  const missing = required.filter((f) => !columns[f]);
  if (missing.length > 0) {
    throw new AppError('INVALID_INPUT', `请指定哪一列是${missing.map((f) => `“${LEDGER_FIELD_LABEL[f]}”`).join('、')}：没有它不能导入（程序不猜测）`);
  }
  if (kind === 'difficult' && !columns.appliedOn && !columns.reviewedOn) {
    throw new AppError('INVALID_INPUT', '请指定哪一列是“申请日期”（或“审核（认定）日期”）：没有它不能知道何时申请（程序不猜测）');
  }
  return columns;
}

function summaryOf(rows: readonly PlannedRow[], newHouseholds: number): LedgerSummary {
  const s: LedgerSummary = { valid: 0, rejected: 0, duplicates: 0, warnings: 0, new: 0, updates: 0, unchanged: 0, newHouseholds };
  for (const r of rows) {
    if (r.status === 'valid') {
      s.valid += 1;
      if (r.issues.length > 0) s.warnings += 1;
      if (r.change === 'new') s.new += 1;
      else if (r.change === 'update') s.updates += 1;
      else if (r.change === 'unchanged') s.unchanged += 1;
    } else if (r.status === 'rejected') s.rejected += 1;
    else s.duplicates += 1;
  }
  return s;
}

/**
 * What the database holds that the ledger touches, read for those of the persons the file names that it holds: the
 * communities, those persons (with their periods), their registrations (失业人员台账) or — a records ledger — their
 * service records (duplicates are checked against those), and the households they belong to with those of the chosen
 * community (new households are placed by address among these, and numbered after them).
 */
function ledgerSnapshot(db: DeskDatabase, rows: readonly CheckedRow[], kind: LedgerKind, communityCode: string | null): WorkbookSnapshot {
  const idNumbers = knownIdNumbers(db, [...new Set(rows.flatMap((r) => (r.idNumber === null ? [] : [r.idNumber])))]);
  if (recordsPersons(kind)) return loadSnapshot(db, ['communities', 'persons', 'services'], { idNumbers, communityCode: null });
  const fields: KeyedField[] = ['communities', 'households', 'persons'];
  if (kind === 'unemployed') fields.push('registrations');
  return loadSnapshot(db, fields, { idNumbers, communityCode });
}

function communityOf(db: DeskDatabase, request: PreviewRequest) {
  if (request.communityId === null) {
    if (needsCommunity(request.kind)) throw new AppError('INVALID_INPUT', `请选择社区：${LEDGER_KIND_LABEL[request.kind]}中新的人员要放入所选社区的户中`);
    return null;
  }
  const community = findCommunityById(db, request.communityId);
  if (!community) throw new AppError('NOT_FOUND', '找不到所选社区，请刷新后重新选择');
  return community;
}

/** `ctx`: who previews — the kinds applied through the pages' services are checked by applying them (rolled back). */
export async function previewLedger(db: DeskDatabase, request: PreviewRequest, report: ReportProgress, ctx: CallerContext): Promise<PreparedLedger> {
  const community = communityOf(db, request);
  const stamp = dataStamp(db);
  const sha256 = await sha256File(request.path);
  return withLedger(request.path, request.fileName, async (file) => {
    const { sheet, scan } = await chooseSheet(file, request.sheet, request.fileName);
    const table = scan.header === null ? null : await dataRows(sheet);
    if (table === null) throw noHeader(sheet.name, scan.top.every((r) => classifyRow(r) === 'blank'));
    const { header } = table;
    const columns = columnsOf(header, request.mapping, request.kind);
    const checked: CheckedRow[] = [];
    const cellsByRow = new Map<number, readonly SheetRow['cells'][number][]>();
    const options = { kind: request.kind, today: request.today };
    for await (const row of table.rows) {
      const result = checkRow(row.number, row.cells, columns, options);
      checked.push(result);
      if (result.issues.some((i) => i.severity === 'error') || result.idNumber !== null || result.values.vacancy !== null) cellsByRow.set(row.number, row.cells);
      if (checked.length % 2000 === 0) report(Math.min(0.8, file.progress() * 0.8), `已读取 ${checked.length} 行`);
    }
    report(0.82, '正在与数据库核对');
    const idColumn = columns.idNumber?.header ?? '身份证号码';
    const fields = new Set(Object.keys(columns) as LedgerField[]);
    refuseOutOfScope(db, ctx, checked, idColumn);
    const applied: AppliedPlan | null = appliedThroughServices(request.kind) ? { kind: request.kind, columns, today: request.today } : null;
    const planned = applied
      ? { rows: planApplied(db, ctx, checked, applied), plan: null, newHouseholds: 0 }
      : planLedger(
          checked,
          ledgerSnapshot(db, checked, request.kind, community?.code ?? null),
          {
            kind: request.kind,
            communityCode: community?.code ?? '',
            urban: community?.kind !== 'village',
            fields,
            placeColumns: { address: columns.address?.header ?? LEDGER_FIELD_LABEL.address, relation: columns.relation?.header ?? LEDGER_FIELD_LABEL.relation },
          },
          idColumn,
          columns.name?.header ?? LEDGER_FIELD_LABEL.name,
        );
    const rejectedCells = new Map<number, (string | null)[]>();
    for (const row of planned.rows) {
      if (row.status === 'valid') continue;
      const cells = cellsByRow.get(row.row) ?? [];
      rejectedCells.set(row.row, header.columns.map((c) => cellText(cells[c.index] ?? null)));
    }
    const summary = summaryOf(planned.rows, planned.newHouseholds);
    const mapping = Object.fromEntries(Object.entries(request.mapping).filter((e): e is [string, LedgerField] => e[1] !== null));
    report(1, '预览完成');
    return {
      committed: false,
      stamp,
      sha256,
      header,
      headers: header.columns.map((c) => c.key),
      rows: planned.rows,
      plan: planned.plan,
      applied,
      rejectedCells,
      preview: {
        ok: summary.valid > 0,
        fileName: request.fileName,
        sheet: sheet.name,
        kind: request.kind,
        headerRows: [header.first, header.last],
        mapping,
        dataRows: checked.length,
        footerRows: table.footer(),
        blankRows: table.blank(),
        summary,
      },
    };
  });
}
