/**
 * Version 2's checks across sheets: every reference names a row of the file or a record of the database (a
 * 用工单位, 岗位, 户, 认定, 援助协议 or 服务记录), and the rules of recognitions and 一人一策 agreements hold over the
 * file's records together with the database's (one recognition in force and one agreement in force per person,
 * an agreement under a recognition that was in force when it was signed, closed when the recognition ended, and
 * not before the last thing done under it).
 */
import type { ExistingContext, RowNumbers } from './check-context';
import type { ProblemList } from './problems';
import type { MeasureRecord, PersonRecord, RecognitionRecord, ServiceRecord, StreetData } from './records';
import { SHEET_DEFS } from './sheets';
import { vacancyKey } from './sheets-employers';

export interface Refs {
  hasCommunity(code: string): boolean;
  hasHousehold(number: string): boolean;
  hasPerson(idNumber: string): boolean;
}

interface Located<R> {
  record: R;
  /** Row in the file; null for a record of the database. */
  row: number | null;
}

/** The file's records of each person with their rows, merged with the database's the file does not replace. */
function mergedByPerson<R extends { idNumber: string }>(
  records: readonly R[],
  rows: readonly number[],
  key: (r: R) => string,
  fromDb: (idNumber: string) => R[],
): (idNumber: string) => Located<R>[] {
  const inFile = new Map<string, Located<R>[]>();
  records.forEach((record, i) => {
    const list = inFile.get(record.idNumber) ?? [];
    list.push({ record, row: rows[i] ?? null });
    inFile.set(record.idNumber, list);
  });
  const cache = new Map<string, Located<R>[]>();
  return (idNumber) => {
    let merged = cache.get(idNumber);
    if (merged === undefined) {
      const file = inFile.get(idNumber) ?? [];
      const keys = new Set(file.map((x) => key(x.record)));
      merged = [...file, ...fromDb(idNumber).filter((r) => !keys.has(key(r))).map((record) => ({ record, row: null }))];
      cache.set(idNumber, merged);
    }
    return merged;
  };
}

const where = (row: number | null): string => (row === null ? '数据库中已有的一条' : `第 ${row} 行`);

/** The end of a recognition's time (the day it stopped being live), null while live. */
/**
 * One person's records, by start, that overlap the one before them (it has not ended by their start): each pair once,
 * `later` the one to report — the record of the workbook when the other is stored.
 */
function overlaps<R>(located: readonly Located<R>[], startOf: (r: R) => string, endOf: (r: R) => string | null): { later: Located<R>; other: Located<R> }[] {
  const list = located.slice().sort((a, b) => (startOf(a.record) < startOf(b.record) ? -1 : 1));
  const out: { later: Located<R>; other: Located<R> }[] = [];
  for (let i = 1; i < list.length; i += 1) {
    const prev = list[i - 1] as Located<R>;
    const cur = list[i] as Located<R>;
    const end = endOf(prev.record);
    if (end !== null && end <= startOf(cur.record)) continue;
    const later = cur.row !== null ? cur : prev;
    out.push({ later, other: later === cur ? prev : cur });
  }
  return out;
}

function recognitionEnd(g: RecognitionRecord): string | null {
  if (g.decision === null) return null;
  if (g.decision === 'refused') return g.reviewedOn;
  return g.exitedOn;
}

export function checkVersion2(data: StreetData, rows: RowNumbers, existing: ExistingContext, problems: ProblemList, refs: Refs): void {
  const employerNames = new Set(data.employers.map((e) => e.name));
  const hasEmployer = (name: string) => employerNames.has(name) || existing.hasEmployer(name);
  const vacancyKeys = new Set(data.vacancies.map(vacancyKey));
  const hasVacancy = (key: string) => vacancyKeys.has(key) || existing.hasVacancy(key);
  const filePersons = new Map(data.persons.map((p) => [p.idNumber, p]));
  const personOf = (id: string): PersonRecord | null => filePersons.get(id) ?? existing.person(id);

  // A person's 就业愿望 in 人员 (version 1's columns) is a wish without a date: not a second one in 就业愿望.
  const undatedInSheet = new Map<string, number>();
  data.wishes.forEach((w, i) => {
    if (w.recordedOn === null) undatedInSheet.set(w.idNumber, rows.wishes[i] ?? 0);
  });
  data.persons.forEach((p, i) => {
    const other = undatedInSheet.get(p.idNumber);
    if (p.hasWish !== null && other !== undefined) {
      problems.add({
        sheet: '人员',
        row: rows.persons[i] ?? null,
        column: '就业愿望',
        value: p.hasWish ? '有' : '无',
        message: `“就业愿望”工作表第 ${other} 行已有此人不限日期的就业愿望；请只填一处（第 2 版填在“就业愿望”表）`,
      });
    }
  });

  // A later arrival comes before the person's first move (the first household is entered on the 迁入日期).
  const firstMove = new Map<string, string>();
  for (const m of data.moves) if ((firstMove.get(m.idNumber) ?? '9999-12-31') > m.movedOn) firstMove.set(m.idNumber, m.movedOn);
  data.persons.forEach((p, i) => {
    const moved = firstMove.get(p.idNumber);
    if (p.arrivedOn !== null && moved !== undefined && p.arrivedOn >= moved) {
      problems.add({ sheet: '人员', row: rows.persons[i] ?? null, column: '迁入日期', value: p.arrivedOn, message: `迁入日期须早于此人第一次移户的日期 ${moved}` });
    }
  });

  data.employers.forEach((e, i) => {
    if (e.pairedCommunityCode !== null && !refs.hasCommunity(e.pairedCommunityCode)) {
      problems.add({ sheet: '用工单位', row: rows.employers[i] ?? null, column: '结对社区代码', value: e.pairedCommunityCode, message: `社区代码 ${e.pairedCommunityCode} 在“社区”工作表和数据库中都不存在` });
    }
  });
  data.vacancies.forEach((v, i) => {
    const row = rows.vacancies[i] ?? null;
    if (!hasEmployer(v.employer)) {
      problems.add({ sheet: '岗位', row, column: '单位名称', value: v.employer, message: `用工单位“${v.employer}”在“用工单位”工作表和数据库中都不存在` });
    }
    if (v.communityCode !== null && !refs.hasCommunity(v.communityCode)) {
      problems.add({ sheet: '岗位', row, column: '社区代码', value: v.communityCode, message: `社区代码 ${v.communityCode} 在“社区”工作表和数据库中都不存在` });
    }
  });
  data.householdFlags.forEach((f, i) => {
    if (!refs.hasHousehold(f.householdNumber)) {
      problems.add({ sheet: '家庭状况变更', row: rows.householdFlags[i] ?? null, column: '户编号', value: f.householdNumber, message: `户编号 ${f.householdNumber} 在“家庭”工作表和数据库中都不存在` });
    }
  });
  data.householdServices.forEach((s, i) => {
    if (!refs.hasHousehold(s.householdNumber)) {
      problems.add({ sheet: '家庭服务记录', row: rows.householdServices[i] ?? null, column: '户编号', value: s.householdNumber, message: `户编号 ${s.householdNumber} 在“家庭”工作表和数据库中都不存在` });
    }
  });
  data.spells.forEach((s, i) => {
    if (s.employer !== null && !hasEmployer(s.employer)) {
      problems.add({ sheet: '就业记录', row: rows.spells[i] ?? null, column: '用工单位', value: s.employer, message: `用工单位“${s.employer}”在“用工单位”工作表和数据库中都不存在` });
    }
  });
  data.services.forEach((s, i) => {
    if (s.vacancy !== null && !hasVacancy(vacancyKey(s.vacancy))) {
      problems.add({
        sheet: '服务记录',
        row: rows.services[i] ?? null,
        column: '岗位名称',
        value: s.vacancy.title,
        message: `岗位（${s.vacancy.employer}“${s.vacancy.title}”，${s.vacancy.openedOn} 发布）在“岗位”工作表和数据库中都不存在`,
      });
    }
  });

  checkRecognitions(data, rows, existing, problems, personOf);
}

function checkRecognitions(data: StreetData, rows: RowNumbers, existing: ExistingContext, problems: ProblemList, personOf: (id: string) => PersonRecord | null): void {
  const recognitionsOf = mergedByPerson(data.recognitions, rows.recognitions, SHEET_DEFS.recognitions.key, existing.recognitionsOf);
  const agreementsOf = mergedByPerson(data.agreements, rows.agreements, SHEET_DEFS.agreements.key, existing.agreementsOf);
  const measuresOf = mergedByPerson(data.measures, rows.measures, SHEET_DEFS.measures.key, existing.measuresOf);
  const agreementServicesOf = mergedByPerson(
    data.services.filter((s) => s.agreementSignedOn !== null),
    rows.services.filter((_r, i) => data.services[i]?.agreementSignedOn !== null),
    SHEET_DEFS.services.key,
    existing.agreementServicesOf,
  );

  // Recognitions: nothing after the person left; at most one live at a time, one after another.
  data.recognitions.forEach((g, i) => {
    const person = personOf(g.idNumber);
    if (person?.archivedOn && g.appliedOn > person.archivedOn) {
      problems.add({ sheet: '困难认定', row: rows.recognitions[i] ?? null, column: '申请日期', value: g.appliedOn, message: `申请日期晚于此人的迁出日期 ${person.archivedOn}` });
    }
  });
  for (const idNumber of new Set(data.recognitions.map((g) => g.idNumber))) {
    for (const { later, other } of overlaps(recognitionsOf(idNumber), (g) => g.appliedOn, recognitionEnd)) {
      problems.add({
        sheet: '困难认定',
        row: later.row,
        column: '申请日期',
        value: later.record.appliedOn,
        message: `与${where(other.row)}（${other.record.appliedOn} 申请）时间重叠：同一人须在上一次认定不予认定或退出之后才能再次申请`,
      });
    }
  }

  // Agreements: under a recognition of the person in force on the signing day; one in force at a time.
  data.agreements.forEach((a, i) => {
    const row = rows.agreements[i] ?? null;
    const person = personOf(a.idNumber);
    if (person?.archivedOn && a.signedOn > person.archivedOn) {
      problems.add({ sheet: '援助协议', row, column: '签订日期', value: a.signedOn, message: `签订日期晚于此人的迁出日期 ${person.archivedOn}` });
    }
    const recognition = recognitionsOf(a.idNumber).find((g) => g.record.appliedOn === a.recognitionAppliedOn)?.record;
    if (!recognition) {
      problems.add({ sheet: '援助协议', row, column: '认定申请日期', value: a.recognitionAppliedOn, message: `此人 ${a.recognitionAppliedOn} 申请的认定在“困难认定”工作表和数据库中都不存在` });
      return;
    }
    if (recognition.decision !== 'recognised' || recognition.reviewedOn === null) {
      problems.add({ sheet: '援助协议', row, column: '认定申请日期', value: a.recognitionAppliedOn, message: '所依据的认定尚未认定或不予认定：只能与已认定的就业困难人员签订援助协议' });
      return;
    }
    if (a.signedOn < recognition.reviewedOn) {
      problems.add({ sheet: '援助协议', row, column: '签订日期', value: a.signedOn, message: `签订日期不能早于认定日期（${recognition.reviewedOn}）` });
    }
    if (recognition.exitedOn !== null) {
      if (a.signedOn > recognition.exitedOn) {
        problems.add({ sheet: '援助协议', row, column: '签订日期', value: a.signedOn, message: `签订日期晚于所依据认定的退出日期（${recognition.exitedOn}）` });
      } else if (a.closedOn === null || a.closedOn > recognition.exitedOn) {
        problems.add({ sheet: '援助协议', row, column: '终止日期', value: a.closedOn, message: `所依据的认定已于 ${recognition.exitedOn} 退出，协议须在当日或以前终止` });
      }
    }
  });
  for (const idNumber of new Set(data.agreements.map((a) => a.idNumber))) {
    for (const { later, other } of overlaps(agreementsOf(idNumber), (a) => a.signedOn, (a) => a.closedOn)) {
      problems.add({
        sheet: '援助协议',
        row: later.row,
        column: '签订日期',
        value: later.record.signedOn,
        message: `与${where(other.row)}（${other.record.signedOn} 签订）时间重叠：上一份协议终止后才能签订新的协议`,
      });
    }
  }

  // Measures and agreement services: under an agreement of the person, done by its close.
  const agreementOf = (idNumber: string, signedOn: string) => agreementsOf(idNumber).find((a) => a.record.signedOn === signedOn)?.record ?? null;
  // The services the measures name that the file has (not a set of every service's key: 400,000 of them).
  const named = new Set(data.measures.flatMap((m) => (m.service === null ? [] : [SHEET_DEFS.services.key(serviceOf(m))])));
  const serviceKeys = new Set<string>();
  if (named.size > 0) {
    for (const s of data.services) {
      const key = SHEET_DEFS.services.key(s);
      if (named.has(key)) serviceKeys.add(key);
    }
  }
  data.measures.forEach((m, i) => {
    const row = rows.measures[i] ?? null;
    const agreement = agreementOf(m.idNumber, m.agreementSignedOn);
    if (!agreement) {
      problems.add({ sheet: '援助措施', row, column: '协议签订日期', value: m.agreementSignedOn, message: `此人 ${m.agreementSignedOn} 签订的援助协议在“援助协议”工作表和数据库中都不存在` });
    } else if (m.doneOn !== null && agreement.closedOn !== null && m.doneOn > agreement.closedOn) {
      problems.add({ sheet: '援助措施', row, column: '完成日期', value: m.doneOn, message: `完成日期晚于协议的终止日期（${agreement.closedOn}）` });
    }
    if (m.service !== null) {
      const key = SHEET_DEFS.services.key(serviceOf(m));
      if (!serviceKeys.has(key) && !existing.hasService(key)) {
        problems.add({
          sheet: '援助措施',
          row,
          column: '关联服务日期',
          value: m.service.date,
          message: `此人 ${m.service.date} 的这条服务记录（${m.service.content ?? '无内容'}${m.service.seq > 1 ? `，序号 ${m.service.seq}` : ''}）在“服务记录”工作表和数据库中都不存在`,
        });
      }
    }
  });
  data.services.forEach((s, i) => {
    if (s.agreementSignedOn === null) return;
    const row = rows.services[i] ?? null;
    const agreement = agreementOf(s.idNumber, s.agreementSignedOn);
    if (!agreement) {
      problems.add({ sheet: '服务记录', row, column: '协议签订日期', value: s.agreementSignedOn, message: `此人 ${s.agreementSignedOn} 签订的援助协议在“援助协议”工作表和数据库中都不存在` });
    } else if (agreement.closedOn !== null && s.date > agreement.closedOn) {
      problems.add({ sheet: '服务记录', row, column: '日期', value: s.date, message: `服务日期晚于所属援助协议的终止日期（${agreement.closedOn}）` });
    }
  });

  // An agreement closes no earlier than the last measure done or follow-up under it.
  data.agreements.forEach((a, i) => {
    if (a.closedOn === null) return;
    const done = measuresOf(a.idNumber)
      .filter((m) => m.record.agreementSignedOn === a.signedOn && m.record.doneOn !== null)
      .map((m) => (m.record as MeasureRecord).doneOn as string);
    const visits = agreementServicesOf(a.idNumber)
      .filter((s) => s.record.agreementSignedOn === a.signedOn)
      .map((s) => (s.record as ServiceRecord).date);
    const last = [...done, ...visits].reduce<string | null>((x, y) => (x === null || y > x ? y : x), null);
    if (last !== null && a.closedOn < last) {
      problems.add({ sheet: '援助协议', row: rows.agreements[i] ?? null, column: '终止日期', value: a.closedOn, message: `终止日期不能早于协议下最后一次回访或措施完成的日期（${last}）` });
    }
  });
}

/** The service record a measure names, as a key-able record. */
function serviceOf(m: MeasureRecord): ServiceRecord {
  const ref = m.service as NonNullable<MeasureRecord['service']>;
  return { idNumber: m.idNumber, date: ref.date, kind: ref.kind, content: ref.content, seq: ref.seq } as ServiceRecord;
}
