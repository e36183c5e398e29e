/**
 * The checks of a package's records across lines, after each line passed its schema (docs/packages.md §5): keys
 * unique, references inside the package, whole calendar years, one submission line whose recommended communities
 * passed, and for a community transfer every check the standard workbook makes (ID numbers and their birth dates
 * and genders, dates, references, one head per household, no overlapping spells or registrations) plus membership
 * periods that do not overlap and end in the person's household. Pure: no database.
 */
import type { PackageProblem } from '../../contract/packages';
import type {
  CalendarDayRecord,
  CalendarYearRecord,
  CodeListCommunityRecord,
  CommunityResultRecord,
  MembershipRecord,
  ParameterRecord,
  SubmissionRecord,
  TransferCommunityRecord,
  VerdictRecord,
} from '../../contract/package-records';
import type { StandardDefinition } from '../../contract/standards';
import { isWeekend } from '../dates';
import { arrangementYear, checkWholeYears } from '../calendar/calendar-file-checks';
import type { CheckedDay } from '../calendar/calendar-file-checks';
import { crossCheck, EMPTY_CONTEXT } from '../workbook/cross-check';
import type { RowNumbers } from '../workbook/cross-check';
import { ProblemList } from '../workbook/problems';
import type { HouseholdRecord, PersonRecord, StreetData } from '../workbook/records';
import { RowReader } from '../workbook/row-reader';
import { emptyStreetData, SHEET_DEFS, SHEET_ORDER } from '../workbook/sheets';
import type { SheetField } from '../workbook/sheets';
import type { EntityName, PackageKind } from './kinds';
import { entityPath } from './kinds';

/** The records of one data file that passed their schema, with their line numbers. */
export interface EntityRecords {
  records: unknown[];
  lines: number[];
}

export interface ManifestFacts {
  issuer: { code: string };
  recipient: { code: string };
  period: { from: string; to: string } | null;
}

type Records = ReadonlyMap<EntityName, EntityRecords>;

const at = (entity: EntityName, line: number | undefined, field: string | null, message: string, key: string | null = null): PackageProblem => ({
  file: entityPath(entity),
  line: line ?? null,
  field,
  entity: null,
  key,
  message,
});

function listOf<T>(records: Records, entity: EntityName): { items: T[]; lines: number[] } {
  const found = records.get(entity);
  return { items: (found?.records ?? []) as T[], lines: found?.lines ?? [] };
}

/** Each key once: a repeat names the line of the first. */
function unique<T>(entity: EntityName, list: { items: T[]; lines: number[] }, keyOf: (r: T) => string, field: string, label: string, out: PackageProblem[]): void {
  const first = new Map<string, number>();
  list.items.forEach((item, i) => {
    const key = keyOf(item);
    const seen = first.get(key);
    if (seen !== undefined) out.push(at(entity, list.lines[i], field, `${label}“${key}”与第 ${seen} 行重复`));
    else first.set(key, list.lines[i] ?? 0);
  });
}

function checkStandards(records: Records, out: PackageProblem[]): void {
  unique<StandardDefinition>('standards', listOf(records, 'standards'), (s) => `${s.id}@${s.version}`, 'version', '考核标准及版本', out);
}

function checkCalendar(records: Records, out: PackageProblem[]): void {
  const years = listOf<CalendarYearRecord>(records, 'calendarYears');
  const days = listOf<CalendarDayRecord>(records, 'calendarDays');
  if (years.items.length === 0) out.push(at('calendarYears', undefined, null, '没有列出任何年份'));
  unique('calendarYears', years, (y) => String(y.year), 'year', '年份', out);
  unique('calendarDays', days, (d) => d.date, 'date', '日期', out);
  const covered = new Set(years.items.map((y) => y.year));
  const checked: CheckedDay[] = [];
  days.items.forEach((day, i) => {
    const line = days.lines[i];
    if (day.kind === 'workday' && !isWeekend(day.date)) out.push(at('calendarDays', line, 'kind', `${day.date} 不是周末，不能是调休上班日`));
    if (!covered.has(arrangementYear(day.date, covered))) out.push(at('calendarDays', line, 'date', `${day.date} 不属于包中列出的年份（${[...covered].join('、')}）`));
    checked.push({ ...day, line: line ?? 0, where: `第 ${line} 行` });
  });
  for (const p of checkWholeYears(checked, [...covered].sort((a, b) => a - b))) out.push(at('calendarDays', undefined, null, p.message));
}

function checkParameters(records: Records, out: PackageProblem[]): void {
  unique<ParameterRecord>('parameters', listOf(records, 'parameters'), (p) => p.key, 'key', '参数', out);
}

function checkCodeList(records: Records, out: PackageProblem[]): void {
  unique<CodeListCommunityRecord>('communities', listOf(records, 'communities'), (c) => c.code, 'code', '社区代码', out);
}

function checkVerdicts(records: Records, manifest: ManifestFacts, today: string, out: PackageProblem[]): void {
  const list = listOf<VerdictRecord>(records, 'verdicts');
  unique('verdicts', list, (v) => `${v.year} 年 ${v.communityCode}`, 'communityCode', '', out);
  list.items.forEach((v, i) => {
    if (v.decidedOn > today) out.push(at('verdicts', list.lines[i], 'decidedOn', `验收日期 ${v.decidedOn} 晚于今天（${today}）`));
    if (manifest.period && (`${v.year}-12-31` < manifest.period.from || `${v.year}-01-01` > manifest.period.to)) {
      out.push(at('verdicts', list.lines[i], 'year', `${v.year} 年不在包的期间（${manifest.period.from} 至 ${manifest.period.to}）内`));
    }
  });
}

function checkSubmission(records: Records, manifest: ManifestFacts, out: PackageProblem[]): void {
  const heads = listOf<SubmissionRecord>(records, 'submission');
  const units = listOf<CommunityResultRecord>(records, 'communityResults');
  if (heads.items.length !== 1) {
    out.push(at('submission', heads.lines[1], null, `应恰好有 1 行（年度上报的总体信息），实际有 ${heads.items.length} 行`));
    return;
  }
  const head = heads.items[0] as SubmissionRecord;
  const line = heads.lines[0];
  if (head.street.code !== manifest.issuer.code) out.push(at('submission', line, 'street.code', `上报街道 ${head.street.code} 与清单的发出方 ${manifest.issuer.code} 不一致`));
  if (!head.asOf.startsWith(`${head.year}-`)) out.push(at('submission', line, 'asOf', `考核截止日 ${head.asOf} 不在 ${head.year} 年内`));
  unique('communityResults', units, (u) => u.code, 'code', '社区代码', out);
  const passing = new Set<string>();
  units.items.forEach((u, i) => {
    const l = units.lines[i];
    if (!u.code.startsWith(head.street.code)) out.push(at('communityResults', l, 'code', `社区代码 ${u.code} 不属于上报街道 ${head.street.code}`));
    if (u.result.code !== u.code) out.push(at('communityResults', l, 'result.code', `考核结果属于 ${u.result.code}，不是本行的社区 ${u.code}`));
    if (u.result.verdict === 'pass') passing.add(u.code);
    if (u.recommendedExcellent !== head.recommended.includes(u.code)) out.push(at('communityResults', l, 'recommendedExcellent', '与年度上报的推荐优秀名单不一致'));
  });
  for (const code of head.recommended) {
    if (!passing.has(code)) out.push(at('submission', line, 'recommended', `推荐为优秀的社区 ${code} 未达标或不在本次上报中`));
  }
}

// ------------------------------------------------------------------ community transfer

/** The transfer's data files that are standard workbook sheets (the same field names), in the workbook's order. */
export const TRANSFER_SHEETS = [
  'households',
  'householdFlags',
  'persons',
  'wishes',
  'spells',
  'registrations',
  'services',
  'householdServices',
  'recognitions',
  'agreements',
  'measures',
  'complaints',
] as const satisfies readonly (SheetField & EntityName)[];
export type TransferSheet = (typeof TRANSFER_SHEETS)[number];

/**
 * Re-reads each record through the standard workbook's own row checks (the record written as a row, then parsed):
 * the same rules as a workbook import — ID checksums, genders and dates, no dates in the future. A record the
 * parse changes (a birth date that is not the ID number's) is reported field by field.
 */
function workbookRowChecks<R extends object>(sheet: TransferSheet, list: { items: R[]; lines: number[] }, today: string, out: PackageProblem[]): void {
  const def = SHEET_DEFS[sheet] as unknown as { name: string; columns: { header: string }[]; parse(r: RowReader): R | null; toRow(r: R): unknown[] };
  const columns = new Map(def.columns.map((c, i) => [c.header, i]));
  const problems = new ProblemList(200);
  list.items.forEach((record, i) => {
    const line = list.lines[i] ?? 0;
    const before = problems.count;
    const reader = new RowReader(def.name, line, def.toRow(record) as never, columns, problems, today);
    const parsed = def.parse(reader);
    if (parsed === null || problems.count > before) return;
    for (const key of Object.keys(record) as (keyof R)[]) {
      if (JSON.stringify(parsed[key] ?? null) !== JSON.stringify(record[key] ?? null)) {
        out.push(at(sheet, line, String(key), `“${String(record[key])}”与身份证号码或其他字段不符（应为“${String(parsed[key])}”）`));
      }
    }
  });
  for (const p of problems.items) out.push(at(sheet, p.row ?? undefined, p.column, p.message));
  if (problems.omitted > 0) out.push(at(sheet, undefined, null, `另有 ${problems.omitted} 个问题未列出`));
}

const FILE_OF_SHEET = new Map<string, EntityName>((['communities', ...TRANSFER_SHEETS] as const).map((f) => [SHEET_DEFS[f].name, f]));

function checkMemberships(persons: { items: PersonRecord[]; lines: number[] }, list: { items: MembershipRecord[]; lines: number[] }, households: Set<string>, out: PackageProblem[]): void {
  const byPerson = new Map<string, { m: MembershipRecord; line: number }[]>();
  list.items.forEach((m, i) => {
    const line = list.lines[i] ?? 0;
    if (!households.has(m.householdNumber)) out.push(at('memberships', line, 'householdNumber', `户编号 ${m.householdNumber} 不在包的家庭中`));
    if (m.from !== null && m.to !== null && m.to < m.from) out.push(at('memberships', line, 'to', `结束日期 ${m.to} 早于开始日期 ${m.from}`));
    const group = byPerson.get(m.idNumber) ?? [];
    group.push({ m, line });
    byPerson.set(m.idNumber, group);
  });
  const known = new Set(persons.items.map((p) => p.idNumber));
  for (const [idNumber, group] of byPerson) {
    if (!known.has(idNumber)) out.push(at('memberships', group[0]?.line, 'idNumber', `身份证号码 ${idNumber} 不在包的人员中`));
    const sorted = [...group].sort((a, b) => (a.m.from ?? '') < (b.m.from ?? '') ? -1 : 1);
    for (let i = 1; i < sorted.length; i += 1) {
      const prev = sorted[i - 1]?.m;
      const cur = sorted[i];
      if (prev && cur && (prev.to === null || cur.m.from === null || prev.to >= cur.m.from)) {
        out.push(at('memberships', cur.line, 'from', `${idNumber} 的家庭成员时段（${cur.m.from ?? '最初'} 起）与另一时段重叠`));
      }
    }
  }
  persons.items.forEach((p, i) => {
    const periods = byPerson.get(p.idNumber);
    const last = periods?.reduce((a, b) => ((a.m.from ?? '') >= (b.m.from ?? '') ? a : b));
    if (!last) out.push(at('persons', persons.lines[i], 'idNumber', `${p.idNumber} 没有家庭成员时段`));
    else if (last.m.householdNumber !== p.householdNumber || last.m.relation !== p.relation) {
      out.push(at('persons', persons.lines[i], 'householdNumber', `${p.idNumber} 最后所在的户（${last.m.householdNumber}）与人员记录的户（${p.householdNumber}）或关系不一致`));
    }
  });
}

function checkTransfer(records: Records, manifest: ManifestFacts, today: string, out: PackageProblem[]): void {
  const communities = listOf<TransferCommunityRecord>(records, 'communities');
  const households = listOf<HouseholdRecord>(records, 'households');
  const persons = listOf<PersonRecord>(records, 'persons');
  if (communities.items.length === 0) out.push(at('communities', undefined, null, '没有列出划转的社区'));
  unique('communities', communities, (c) => c.newCode, 'newCode', '划转后的社区代码', out);
  communities.items.forEach((c, i) => {
    if (!c.newCode.startsWith(manifest.recipient.code)) {
      out.push(at('communities', communities.lines[i], 'newCode', `划转后的社区代码 ${c.newCode} 不以接收街道代码 ${manifest.recipient.code} 开头`));
    }
    if (!c.code.startsWith(manifest.issuer.code)) out.push(at('communities', communities.lines[i], 'code', `社区代码 ${c.code} 不属于发出街道 ${manifest.issuer.code}`));
  });
  for (const sheet of TRANSFER_SHEETS) workbookRowChecks(sheet, listOf<object>(records, sheet), today, out);
  if (out.length > 0) return;

  const data: StreetData = emptyStreetData();
  const rows = Object.fromEntries(SHEET_ORDER.map((f) => [f, [] as number[]])) as unknown as RowNumbers;
  data.communities = communities.items.map(({ code, name, kind, contact, platform }) => ({ code, name, kind, contact, platform }));
  rows.communities = communities.lines;
  for (const sheet of TRANSFER_SHEETS) {
    const list = listOf<never>(records, sheet);
    (data[sheet] as unknown[]) = list.items;
    rows[sheet] = list.lines;
  }
  const problems = new ProblemList(200);
  crossCheck(data, rows, { ...EMPTY_CONTEXT, streetCode: manifest.issuer.code }, problems);
  for (const p of problems.items) {
    const entity = FILE_OF_SHEET.get(p.sheet) ?? ('persons' satisfies SheetField);
    out.push(at(entity, p.row ?? undefined, p.column, p.message));
  }
  checkMemberships(persons, listOf<MembershipRecord>(records, 'memberships'), new Set(households.items.map((h) => h.number)), out);
}

/** Every problem of the records across lines (empty: they hold together). */
export function checkRecords(kind: PackageKind, manifest: ManifestFacts, records: Records, today: string): PackageProblem[] {
  const out: PackageProblem[] = [];
  if (kind === 'standard') checkStandards(records, out);
  else if (kind === 'calendar') checkCalendar(records, out);
  else if (kind === 'parameters') checkParameters(records, out);
  else if (kind === 'code-list') checkCodeList(records, out);
  else if (kind === 'bureau-verdicts') checkVerdicts(records, manifest, today, out);
  else if (kind === 'annual-submission') checkSubmission(records, manifest, out);
  else checkTransfer(records, manifest, today, out);
  return out;
}
