/**
 * From checked rows to what the import would write: duplicates inside the file (the later row points at the first),
 * matches with persons already in the database (update with the differences field by field, or unchanged), new
 * persons placed in households of the chosen community grouped by identical address (an existing household with
 * that address, or a new household), and the standard workbook's plan and cross-sheet checks over all of it — a row
 * those checks refuse is rejected with their reason, and the rest planned again without it.
 */
import { AppError } from '../../../shared/app-error';
import type { CheckedRow, RowIssue } from '../../../shared/domain/ledger-import/check-row';
import type { LedgerField, LedgerKind } from '../../../shared/domain/ledger-import/ledger-fields';
import { LEDGER_FIELD_LABEL, needsCommunity, recordsPersons } from '../../../shared/domain/ledger-import/ledger-fields';
import { looseText } from '../../../shared/domain/ledger-import/normalise-text';
import { crossCheck } from '../../../shared/domain/workbook/cross-check';
import type { RowNumbers } from '../../../shared/domain/workbook/cross-check';
import { ProblemList } from '../../../shared/domain/workbook/problems';
import type { HouseholdRecord, PersonRecord, RegistrationRecord, StreetData } from '../../../shared/domain/workbook/records';
import { blankPerson } from '../../../shared/domain/workbook/blank-person';
import { EDUCATION_LABEL, RELATION_LABEL, WORK_ABILITY_LABEL } from '../../../shared/domain/workbook/vocabulary';
import { emptyStreetData, SHEET_DEFS } from '../../../shared/domain/workbook/sheets';
import type { SheetField } from '../../../shared/domain/workbook/sheets';
import type { ImportPlan, SheetsPresent } from '../workbook/plan-import';
import { planImport } from '../workbook/plan-import';
import { contextFrom } from '../workbook/workbook-snapshot';
import { buildRecords, checkRecordPersons, markRecordDuplicates, recordsPresent } from './plan-records';
import type { WorkbookSnapshot } from '../workbook/workbook-snapshot';

export type RowStatus = 'valid' | 'rejected' | 'duplicate';
export type RowChange = 'new' | 'update' | 'unchanged';

export interface Difference {
  field: string;
  before: string | null;
  after: string | null;
}

export interface PlannedRow extends CheckedRow {
  status: RowStatus;
  /** Valid rows: a new person, an update of one in the database, or nothing to change. */
  change: RowChange | null;
  differences: Difference[];
  /** The household a new person is placed in (its number), and whether the import creates it. */
  household: string | null;
  newHousehold: boolean;
}

export interface LedgerPlan {
  rows: PlannedRow[];
  plan: ImportPlan | null;
  newHouseholds: number;
}

export interface PlanOptions {
  kind: LedgerKind;
  communityCode: string;
  /** 社区 or 村: a new household's 户籍类型 follows it (城镇 in a 社区, 农村 in a 村). */
  urban: boolean;
  /** The fields the mapping gives (a records ledger keeps the database's values of the others). */
  fields?: ReadonlySet<LedgerField>;
  /** The file's 住址 and 与户主关系 columns (default: the fields' names). */
  placeColumns?: PlaceColumns;
}

const yesNo = (v: boolean | null) => (v === null ? null : v ? '是' : '否');

type Comparable = 'name' | 'phone' | 'education' | 'workAbility' | 'isStudent' | 'isRetired' | 'migrantWorker' | 'veteran' | 'skills' | 'skillLevel';
const COMPARED: readonly Comparable[] = ['name', 'phone', 'education', 'workAbility', 'isStudent', 'isRetired', 'migrantWorker', 'veteran', 'skills', 'skillLevel'];

function shown(field: Comparable, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return yesNo(value);
  if (field === 'education') return EDUCATION_LABEL[value as keyof typeof EDUCATION_LABEL] ?? String(value);
  if (field === 'workAbility') return WORK_ABILITY_LABEL[value as keyof typeof WORK_ABILITY_LABEL] ?? String(value);
  return String(value);
}

/** The person as the file gives it over the database's record: what the row leaves empty stays as it is. */
function updated(existing: PersonRecord, row: CheckedRow): { record: PersonRecord; differences: Difference[] } {
  const record = { ...existing };
  const differences: Difference[] = [];
  for (const field of COMPARED) {
    const given = row.values[field];
    if (given === null) continue;
    if (record[field] !== given) {
      differences.push({ field: LEDGER_FIELD_LABEL[field], before: shown(field, record[field]), after: shown(field, given) });
      (record as Record<Comparable, unknown>)[field] = given;
    }
  }
  return { record, differences };
}

function newPerson(row: CheckedRow, idNumber: string, householdNumber: string, relation: PersonRecord['relation']): PersonRecord {
  const v = row.values;
  return {
    ...blankPerson({ idNumber, name: v.name ?? '', gender: v.gender ?? 'M', birthDate: v.birthDate ?? '', householdNumber, relation }),
    phone: v.phone,
    education: v.education,
    workAbility: v.workAbility ?? 'full',
    isStudent: v.isStudent ?? false,
    isRetired: v.isRetired ?? false,
    migrantWorker: v.migrantWorker ?? false,
    veteran: v.veteran ?? false,
    skills: v.skills,
    skillLevel: v.skillLevel,
  };
}

/** The next free household numbers of the community: its code and a six-digit sequence after the highest in use. */
function numberer(snapshot: WorkbookSnapshot, communityCode: string): () => string {
  let max = 0;
  for (const number of snapshot.households.keys()) {
    if (number.length === communityCode.length + 6 && number.startsWith(communityCode)) {
      const n = Number(number.slice(communityCode.length));
      if (Number.isInteger(n) && n > max) max = n;
    }
  }
  return () => {
    for (;;) {
      max += 1;
      const number = `${communityCode}${String(max).padStart(6, '0')}`;
      if (!snapshot.households.has(number)) return number;
    }
  };
}

function emptyRows(): RowNumbers {
  return Object.fromEntries(Object.keys(SHEET_DEFS).map((f) => [f, [] as number[]])) as unknown as RowNumbers;
}

/** Marks duplicates inside the file: the later row with the same 身份证 points at the first. */
function markDuplicates(rows: PlannedRow[], idColumn: string): void {
  const first = new Map<string, number>();
  for (const row of rows) {
    if (row.status !== 'valid' || row.idNumber === null) continue;
    const seen = first.get(row.idNumber);
    if (seen === undefined) first.set(row.idNumber, row.row);
    else {
      row.status = 'duplicate';
      row.issues.unshift({ column: idColumn, severity: 'error', message: `与第 ${seen} 行的身份证号码相同（重复），本行不导入；以第 ${seen} 行为准` });
    }
  }
}

/** The file's headers of the 住址 and 与户主关系 columns (the warnings of notMoved name them). */
export interface PlaceColumns {
  address: string;
  relation: string;
}

const NOT_MOVED = '本次导入不迁户，迁户请在人员与家庭办理';

/**
 * A person already in the database keeps their household, its address and their relation: a row that says otherwise
 * writes nothing of it and says so on the row (a warning naming the column and what the database holds).
 */
function notMoved(row: PlannedRow, person: PersonRecord, snapshot: WorkbookSnapshot, columns: PlaceColumns): void {
  // Planning may run again (after the cross-checks reject a row): each warning once.
  const warn = (column: string, message: string) => {
    if (!row.issues.some((i) => i.message === message)) row.issues.push({ column, severity: 'warning', message });
  };
  const address = row.values.address;
  if (address !== null) {
    const held = snapshot.households.get(person.householdNumber)?.record.address ?? null;
    if (held === null || looseText(held) !== looseText(address)) {
      warn(columns.address, `住址与库中不同（库中：${held ?? '未填'}）；${NOT_MOVED}`);
    }
  }
  const relation = row.values.relation;
  if (relation !== null && relation !== person.relation) {
    warn(columns.relation, `与户主关系与库中不同（库中：${RELATION_LABEL[person.relation]}）；本次导入不改户内关系，${NOT_MOVED}`);
  }
}

interface Built {
  data: StreetData;
  rowNumbers: RowNumbers;
  newHouseholds: number;
}

/** Persons, new households and (失业人员台账) registrations of the rows still valid. */
function build(rows: PlannedRow[], snapshot: WorkbookSnapshot, options: PlanOptions, columns: PlaceColumns): Built {
  const data = emptyStreetData();
  const rowNumbers = emptyRows();
  const nextNumber = numberer(snapshot, options.communityCode);
  const existingByAddress = new Map<string, string>();
  for (const [number, { record }] of snapshot.households) {
    if (record.communityCode === options.communityCode && record.address) {
      const key = looseText(record.address);
      if (!existingByAddress.has(key)) existingByAddress.set(key, number);
    }
  }
  const newByAddress = new Map<string, HouseholdRecord>();
  const heads = new Set<string>();
  let newHouseholds = 0;
  for (const row of rows) {
    row.change = null;
    row.differences = [];
    row.household = null;
    row.newHousehold = false;
    if (row.status !== 'valid' || row.idNumber === null) continue;
    const found = snapshot.persons.get(row.idNumber);
    let person: PersonRecord;
    if (found) {
      const { record, differences } = updated(found.record, row);
      person = record;
      row.differences = differences;
      row.change = differences.length > 0 ? 'update' : 'unchanged';
      row.household = record.householdNumber;
      notMoved(row, record, snapshot, columns);
    } else {
      const address = row.values.address;
      const key = address === null ? null : looseText(address);
      let number = key === null ? undefined : existingByAddress.get(key);
      if (number === undefined) {
        let household = key === null ? undefined : newByAddress.get(key);
        if (!household) {
          household = { number: nextNumber(), communityCode: options.communityCode, address, urban: options.urban, dibao: false, businessIncome: false };
          data.households.push(household);
          rowNumbers.households.push(row.row);
          newHouseholds += 1;
          if (key !== null) newByAddress.set(key, household);
        }
        number = household.number;
        row.newHousehold = true;
      }
      // The household's first person becomes its head unless the file says who is.
      const relation = row.values.relation ?? (row.newHousehold && !heads.has(number) ? 'head' : 'other');
      if (relation === 'head') heads.add(number);
      person = newPerson(row, row.idNumber, number, relation);
      row.change = 'new';
      row.household = number;
    }
    data.persons.push(person);
    rowNumbers.persons.push(row.row);
    if (options.kind === 'unemployed' && row.values.unemployedSince !== null && row.values.registered !== false) {
      const registration: RegistrationRecord = {
        idNumber: row.idNumber,
        registeredOn: row.values.unemployedSince,
        reason: row.values.unemploymentReason ?? 'unemployed',
        cancelledOn: null,
        cancelReason: null,
      };
      const key = SHEET_DEFS.registrations.key(registration);
      const inDb = snapshot.registrations.get(key);
      data.registrations.push(inDb ? inDb.record : registration);
      rowNumbers.registrations.push(row.row);
      if (!inDb && row.change === 'unchanged') row.change = 'update';
      if (!inDb) row.differences.push({ field: '失业登记', before: null, after: `${registration.registeredOn} 登记` });
    }
  }
  return { data, rowNumbers, newHouseholds };
}

const PRESENT: Record<'labour' | 'unemployed', SheetsPresent> = {
  labour: { sheets: new Set<SheetField>(['households', 'persons']), columns: new Map() },
  unemployed: { sheets: new Set<SheetField>(['households', 'persons', 'registrations']), columns: new Map() },
};

/** The checked rows as planned rows before any check against the database: rejected where a cell was in error. */
export function plannedRows(checked: readonly CheckedRow[]): PlannedRow[] {
  return checked.map((r) => ({
    ...r,
    status: r.issues.some((i) => i.severity === 'error') ? 'rejected' : 'valid',
    change: null,
    differences: [],
    household: null,
    newHousehold: false,
  }));
}

/** Plans the rows (statuses and reasons set on them in place). */
export function planLedger(checked: CheckedRow[], snapshot: WorkbookSnapshot, options: PlanOptions, idColumn: string, nameColumn = LEDGER_FIELD_LABEL.name): LedgerPlan {
  const rows = plannedRows(checked);
  const records = recordsPersons(options.kind);
  const fields = options.fields ?? new Set<LedgerField>(['idNumber', 'serviceDate', 'serviceKind', 'serviceContent']);
  if (records) {
    checkRecordPersons(rows, snapshot, { idNumber: idColumn, name: nameColumn });
    markRecordDuplicates(rows, idColumn);
  } else markDuplicates(rows, idColumn);
  if (needsCommunity(options.kind) && !snapshot.communities.has(options.communityCode)) throw new AppError('NOT_FOUND', `找不到社区代码为 ${options.communityCode} 的社区`);
  const byNumber = new Map(rows.map((r) => [r.row, r]));
  const context = contextFrom(snapshot);
  for (let round = 0; round < 5; round += 1) {
    const built = records ? { ...buildRecords(rows, snapshot, fields), newHouseholds: 0 } : build(rows, snapshot, options, options.placeColumns ?? { address: LEDGER_FIELD_LABEL.address, relation: LEDGER_FIELD_LABEL.relation });
    const problems = new ProblemList(100_000);
    crossCheck(built.data, built.rowNumbers, context, problems);
    if (problems.count === 0) {
      const present = options.kind === 'labour' || options.kind === 'unemployed' ? PRESENT[options.kind] : recordsPresent(fields);
      return { rows, plan: planImport(built.data, snapshot, present), newHouseholds: built.newHouseholds };
    }
    let rejected = 0;
    for (const p of problems.items) {
      const row = p.row === null ? undefined : byNumber.get(p.row);
      if (!row || row.status !== 'valid') continue;
      const issue: RowIssue = { column: p.column ?? '', severity: 'error', message: p.message };
      row.issues.push(issue);
      row.status = 'rejected';
      rejected += 1;
    }
    if (rejected === 0) throw new AppError('REJECTED', `不能导入：${problems.items[0]?.message ?? '数据之间有矛盾'}`);
  }
  throw new AppError('REJECTED', '不能导入：数据之间的矛盾太多，请先改正被拒绝的行');
}
