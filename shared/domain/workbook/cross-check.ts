/**
 * Checks across sheets and rows, after each row was read on its own: unique keys, references (to rows of the
 * file or to records already in the database), one 户主 per household, community codes inside the street, moves
 * that chain (move-chains.ts), no overlapping employment spells or unemployment registrations of one person, 序号
 * that number repeats from 1, and version 2's references and rules (cross-check-v2.ts). Every problem names its
 * sheet, row and column.
 */
import type { ProblemList } from './problems';
import type { StreetData } from './records';
import type { ExistingContext, RowNumbers, SeqField } from './check-context';
import { checkHeadsOverTime, checkMoveChains, movesByPerson } from './move-chains';
import { SHEET_DEFS, SHEET_ORDER } from './sheets';
import type { SheetField } from './sheets';
import { checkVersion2 } from './cross-check-v2';

export type { ExistingContext, RowNumbers, SeqField } from './check-context';
export { EMPTY_CONTEXT } from './check-context';

interface Interval {
  start: string;
  end: string | null;
  row: number | null;
}

/**
 * Sorted by start; returns pairs that overlap. An open end runs forever. A spell's end is its last day (inclusive);
 * a registration's cancellation day is already outside it (exclusive).
 */
function overlaps(intervals: Interval[], endInclusive: boolean): [Interval, Interval][] {
  const sorted = intervals.slice().sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const found: [Interval, Interval][] = [];
  for (let i = 1; i < sorted.length; i += 1) {
    const prev = sorted[i - 1] as Interval;
    const cur = sorted[i] as Interval;
    if (prev.end === null || prev.end > cur.start || (endInclusive && prev.end === cur.start)) found.push([prev, cur]);
  }
  return found;
}

export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(index);
    else groups.set(key, [index]);
  });
  return groups;
}

/** The column a repeated key is reported in, and what the key is made of. */
const DUPLICATE_WHAT: Partial<Record<SheetField, { column: string; what: string }>> = {
  persons: { column: '身份证号码', what: '身份证号码（15 位号码按 18 位比较）' },
  moves: { column: '移户日期', what: '同一人同一天只能移户一次，' },
  wishes: { column: '登记日期', what: '同一人同一登记日期（或不限日期）只能有一条就业愿望，' },
  householdFlags: { column: '生效日期', what: '同一户同一生效日期只能有一行，' },
  employers: { column: '单位名称', what: '单位名称' },
  vacancies: { column: '发布日期', what: '同一单位同名、同一天发布的岗位只能有一行（单位名称、岗位名称、发布日期），' },
  recognitions: { column: '申请日期', what: '同一人同一天只能有一次认定申请，' },
  agreements: { column: '签订日期', what: '同一人同一天只能签订一份援助协议，' },
  measures: { column: '措施内容', what: '同一协议中类别、内容、计划日期都相同的措施只能有一行，' },
  services: { column: '序号', what: '同一人同一天同一服务类型、内容相同的记录须以序号区分，' },
  householdServices: { column: '序号', what: '同一户同一天同一服务类型、内容相同的记录须以序号区分，' },
  complaints: { column: '序号', what: '同一社区同一天内容相同的投诉须以序号区分，' },
};

/**
 * A 32-bit FNV-1a hash of a text, from 0 to 2^32 − 1. The unique-key check sorts these instead of keeping the keys
 * in a map: a whole street's keys (ID number, dates, kind and content joined) and the maps holding them were some
 * 180 MB at once; records whose hashes meet are still compared by their keys.
 */
export function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A record's index packed under its key's hash in one exactly represented number (a worksheet has at most 2^20 rows). */
const INDEX_SPAN = 2 ** 21;

/** Each record whose key an earlier record of the list has: [its index, the first such record's index], in list order. */
export function repeatedKeys<R>(records: readonly R[], keyOf: (record: R) => string): [number, number][] {
  const count = records.length;
  if (count >= INDEX_SPAN) return repeatedKeysByMap(records, keyOf);
  const packed = new Float64Array(count);
  for (let i = 0; i < count; i += 1) packed[i] = textHash(keyOf(records[i] as R)) * INDEX_SPAN + i;
  // By hash, and within a hash by index: a group of equal hashes is then in list order.
  packed.sort();
  const repeats: [number, number][] = [];
  let start = 0;
  while (start < count) {
    const hash = Math.floor((packed[start] as number) / INDEX_SPAN);
    let end = start + 1;
    while (end < count && Math.floor((packed[end] as number) / INDEX_SPAN) === hash) end += 1;
    if (end - start > 1) {
      const firstOfKey = new Map<string, number>();
      for (let k = start; k < end; k += 1) {
        const index = (packed[k] as number) % INDEX_SPAN;
        const key = keyOf(records[index] as R);
        const first = firstOfKey.get(key);
        if (first === undefined) firstOfKey.set(key, index);
        else repeats.push([index, first]);
      }
    }
    start = end;
  }
  return repeats.sort((a, b) => a[0] - b[0]);
}

/** repeatedKeys for a list too long to pack (more rows than a worksheet has: a package's records), by a map of keys. */
function repeatedKeysByMap<R>(records: readonly R[], keyOf: (record: R) => string): [number, number][] {
  const first = new Map<string, number>();
  const repeats: [number, number][] = [];
  records.forEach((record, index) => {
    const key = keyOf(record);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else repeats.push([index, earlier]);
  });
  return repeats;
}

function checkUniqueKeys(data: StreetData, rows: RowNumbers, problems: ProblemList): void {
  for (const field of SHEET_ORDER) {
    if (field === 'street') continue;
    const def = SHEET_DEFS[field];
    const records = data[field] as Parameters<typeof def.key>[0][];
    const keyOf = def.key as (r: (typeof records)[number]) => string;
    for (const [index, first] of repeatedKeys(records, keyOf)) {
      const key = keyOf(records[index] as (typeof records)[number]);
      const dup = DUPLICATE_WHAT[field];
      const column = dup?.column ?? def.columns[0]?.header ?? null;
      const what = dup?.what ?? '关键列';
      problems.add({ sheet: def.name, row: rows[field][index] ?? null, column, value: key.split('|')[0] ?? key, message: `${what}与第 ${rows[field][first] ?? 0} 行重复` });
    }
  }
}

/**
 * 序号 numbers the records of one group (the key without the 序号) from 1 without gaps, counting the database's:
 * a group the database holds 2 records of takes 3 next, not 5.
 */
function checkSeqs(data: StreetData, rows: RowNumbers, existing: ExistingContext, problems: ProblemList): void {
  const fields: SeqField[] = ['services', 'householdServices', 'complaints'];
  for (const field of fields) {
    const def = SHEET_DEFS[field] as { name: string; key(r: { seq: number }): string };
    const records = data[field] as { seq: number }[];
    const groupOf = (record: { seq: number }) => {
      const key = def.key(record);
      return key.slice(0, key.lastIndexOf('|'));
    };
    // Only a group with a 序号 above 1 can have a gap: the others are not collected (most records have none).
    const numbered = new Set<string>();
    for (const record of records) if (record.seq > 1) numbered.add(groupOf(record));
    if (numbered.size === 0) continue;
    const groups = new Map<string, { seq: number; row: number | null }[]>();
    records.forEach((record, i) => {
      const group = groupOf(record);
      if (!numbered.has(group)) return;
      const list = groups.get(group) ?? [];
      list.push({ seq: record.seq, row: rows[field][i] ?? null });
      groups.set(group, list);
    });
    for (const [group, list] of groups) {
      const inDb = existing.seqCount(field, group);
      const seqs = new Set([...Array.from({ length: inDb }, (_v, i) => i + 1), ...list.map((x) => x.seq)]);
      for (const { seq, row } of list) {
        if (seq > 1 && !seqs.has(seq - 1)) {
          problems.add({ sheet: def.name, row, column: '序号', value: String(seq), message: `序号应从 1 起连续编号：没有序号为 ${seq - 1} 的同一记录${inDb > 0 ? `（数据库中已有 ${inDb} 条）` : ''}` });
        }
      }
    }
  }
}

/**
 * `betweenSteps` runs once the first version's checks are done, before the second version's (the import worker
 * collects its heap there: on the large street their working maps, 60–70 MB, were let go; a collection between the
 * earlier checks freed 0–10 MB each and took about 0.1 s).
 */
export function crossCheck(data: StreetData, rows: RowNumbers, existing: ExistingContext, problems: ProblemList, betweenSteps: () => void = () => undefined): void {
  checkUniqueKeys(data, rows, problems);
  checkSeqs(data, rows, existing, problems);

  // The street and its communities.
  const streetCode = data.street?.code ?? existing.streetCode;
  if (data.street && existing.streetCode && data.street.code !== existing.streetCode) {
    problems.add({
      sheet: '街道',
      row: rows.street[0] ?? 2,
      column: '街道代码',
      value: data.street.code,
      message: `工作簿属于街道 ${data.street.code}，而本数据库是街道 ${existing.streetCode} 的，不能导入`,
    });
  }
  if (streetCode === null && data.communities.length > 0) {
    problems.add({ sheet: '街道', row: null, column: null, value: null, message: '尚未设置街道：请在工作簿中加入“街道”工作表，或先在程序中设置街道' });
  }
  const communityCodes = new Set(data.communities.map((c) => c.code));
  data.communities.forEach((c, i) => {
    if (streetCode !== null && !c.code.startsWith(streetCode)) {
      problems.add({ sheet: '社区', row: rows.communities[i] ?? null, column: '社区代码', value: c.code, message: `社区代码必须以本街道代码 ${streetCode} 开头` });
    }
  });
  const hasCommunity = (code: string) => communityCodes.has(code) || existing.hasCommunity(code);

  const householdNumbers = new Set(data.households.map((h) => h.number));
  data.households.forEach((h, i) => {
    if (!hasCommunity(h.communityCode)) {
      problems.add({ sheet: '家庭', row: rows.households[i] ?? null, column: '社区代码', value: h.communityCode, message: `社区代码 ${h.communityCode} 在“社区”工作表和数据库中都不存在` });
    }
  });
  const hasHousehold = (n: string) => householdNumbers.has(n) || existing.hasHousehold(n);

  const personIds = new Set(data.persons.map((p) => p.idNumber));
  const headRow = new Map<string, number>();
  data.persons.forEach((p, i) => {
    const row = rows.persons[i] ?? null;
    if (!hasHousehold(p.householdNumber)) {
      problems.add({ sheet: '人员', row, column: '户编号', value: p.householdNumber, message: `户编号 ${p.householdNumber} 在“家庭”工作表和数据库中都不存在` });
    }
    if (p.relation === 'head' && p.archivedOn === null) {
      const first = headRow.get(p.householdNumber);
      if (first !== undefined) {
        problems.add({ sheet: '人员', row, column: '与户主关系', value: '户主', message: `户 ${p.householdNumber} 已有户主（第 ${first} 行），一户只能有一个户主` });
      } else headRow.set(p.householdNumber, row ?? 0);
    }
  });
  const hasPerson = (id: string) => personIds.has(id) || existing.hasPerson(id);

  // 移户记录: each person's moves chain into the 人员 household, and one head per household on every date.
  if (data.moves.length > 0) {
    const grouped = movesByPerson(data.moves, rows.moves);
    const periods = checkMoveChains(data.persons, grouped, hasHousehold, problems);
    // A person's row is looked up only for a problem: the map is made then.
    let personRow: Map<string, number | null> | null = null;
    const rowOf = (id: string) => {
      personRow ??= new Map(data.persons.map((p, i) => [p.idNumber, rows.persons[i] ?? null]));
      return personRow.get(id) ?? null;
    };
    checkHeadsOverTime(periods, grouped, data.persons, rowOf, problems);
  }

  const checkPersonRef = (sheet: string, field: SheetField, idNumber: string, i: number) => {
    if (!hasPerson(idNumber)) {
      problems.add({ sheet, row: rows[field][i] ?? null, column: '身份证号码', value: idNumber, message: `身份证号码 ${idNumber} 在“人员”工作表和数据库中都不存在` });
    }
  };
  data.spells.forEach((s, i) => checkPersonRef('就业记录', 'spells', s.idNumber, i));
  data.registrations.forEach((g, i) => checkPersonRef('失业登记', 'registrations', g.idNumber, i));
  data.services.forEach((s, i) => checkPersonRef('服务记录', 'services', s.idNumber, i));
  data.wishes.forEach((w, i) => checkPersonRef('就业愿望', 'wishes', w.idNumber, i));
  data.recognitions.forEach((g, i) => checkPersonRef('困难认定', 'recognitions', g.idNumber, i));
  data.agreements.forEach((a, i) => checkPersonRef('援助协议', 'agreements', a.idNumber, i));
  data.measures.forEach((m, i) => checkPersonRef('援助措施', 'measures', m.idNumber, i));
  data.complaints.forEach((c, i) => {
    if (!hasCommunity(c.communityCode)) {
      problems.add({ sheet: '投诉', row: rows.complaints[i] ?? null, column: '社区代码', value: c.communityCode, message: `社区代码 ${c.communityCode} 在“社区”工作表和数据库中都不存在` });
    }
  });

  // No overlapping spells / registrations of one person (the file's, plus the database's not replaced by it).
  const checkOverlaps = <T extends { idNumber: string }>(
    sheet: string,
    column: string,
    records: T[],
    rowNumbers: number[],
    interval: (r: T) => { start: string; end: string | null },
    fromDb: (id: string) => T[],
    label: string,
    endInclusive: boolean,
  ) => {
    for (const [idNumber, indexes] of groupBy(records, (r) => r.idNumber)) {
      const recorded = fromDb(idNumber);
      // One interval alone overlaps nothing (most persons: nothing is made for them).
      if (indexes.length === 1 && recorded.length === 0) continue;
      const inFile = indexes.map((i) => ({ ...interval(records[i] as T), row: rowNumbers[i] ?? null }));
      const fileStarts = recorded.length === 0 ? null : new Set(inFile.map((x) => x.start));
      const inDb = recorded.map((r) => ({ ...interval(r), row: null })).filter((x) => fileStarts === null || !fileStarts.has(x.start));
      for (const [a, b] of overlaps(inDb.length === 0 ? inFile : [...inFile, ...inDb], endInclusive)) {
        const later = b.row !== null ? b : a;
        const other = later === b ? a : b;
        const otherPlace = other.row !== null ? `第 ${other.row} 行` : '数据库中已有的一条';
        problems.add({
          sheet,
          row: later.row,
          column,
          value: later.start,
          message: `${idNumber} 的这条${label}（${later.start} 起）与${otherPlace}（${other.start}–${other.end ?? '至今'}）时间重叠`,
        });
      }
    }
  };
  checkOverlaps('就业记录', '开始日期', data.spells, rows.spells, (s) => ({ start: s.startDate, end: s.endDate }), existing.spellsOf, '就业记录', true);
  checkOverlaps(
    '失业登记',
    '登记日期',
    data.registrations,
    rows.registrations,
    (g) => ({ start: g.registeredOn, end: g.cancelledOn }),
    existing.registrationsOf,
    '失业登记',
    false,
  );

  betweenSteps();
  checkVersion2(data, rows, existing, problems, { hasCommunity, hasHousehold, hasPerson });
}
