/**
 * 社区划转: communities handed from this street to another street's install, with their households (and their dated
 * flags and household services) and the persons living in them — each person's membership periods in those
 * households, employment wishes, spells, unemployment registrations, services, difficulty recognitions, agreements
 * and measures — and the communities' complaints, in the standard workbook's records (so the standard workbook's
 * checks apply on both sides). Each community gets the recipient street's code prefix. The street's 用工单位 and
 * 岗位 stay: a spell keeps its employer's name as text, a referral its content without the vacancy.
 *
 * Importing never overwrites: a household, person or record the receiving install already has identically is
 * unchanged; one it has differently is a conflict, and while there are conflicts nothing is written.
 */
import type { PackageProblem } from '../../../../shared/contract/packages';
import { AppError } from '../../../../shared/app-error';
import type { MembershipRecord, TransferCommunityRecord } from '../../../../shared/contract/package-records';
import type { EntityCounts } from '../../../../shared/contract/packages';
import type { EntityName } from '../../../../shared/domain/packages/kinds';
import { entityPath, KIND_ENTITIES, TRANSFER_SHEETS } from '../../../../shared/domain/packages/kinds';
import { nameInitials } from '../../../../shared/domain/name-initials';
import type { RowNumbers } from '../../../../shared/domain/workbook/cross-check';
import { ProblemList } from '../../../../shared/domain/workbook/problems';
import type { PersonRecord } from '../../../../shared/domain/workbook/records';
import { emptyStreetData, SHEET_DEFS, SHEET_ORDER } from '../../../../shared/domain/workbook/sheets';
import type { SheetField } from '../../../../shared/domain/workbook/sheets';
import { recordAudit } from '../../../../db/repositories/system/audit-repo';
import { findCommunityByCode } from '../../../../db/repositories/communities/communities-repo';
import { idsByKeys, periodsByIdNumber, transferPeriods } from '../../../../db/repositories/registry/transfer-periods-repo';
import type { TransferPeriodRow } from '../../../../db/repositories/registry/transfer-periods-repo';
import { withIndexesDeferred } from '../../../../db/repositories/system/maintenance-repo';
import { databaseRecords } from '../../workbook/database-records';
import { writeWorkbookRecords } from '../../workbook/write-records';
import { newOnly, upsertId } from '../../workbook/plan-import';
import type { SheetsPresent, Upserts, WorkbookWrites } from '../../workbook/plan-import';
import { KEYED_FIELDS } from '../../workbook/workbook-snapshot';
import { markDerivedStateStale, recomputeIfStale, refreshPersons } from '../../population/recompute';
import { prepareData } from '../../workbook/import-workbook';
import type { KindModule } from './kind-module';
import { conflict, counts, recordsOf } from './kind-module';

/** From this many persons, the street's derived state is recomputed once after the commit (as a bulk import does). */
const REFRESH_ALL_FROM = 5_000;
/** From this many rows into empty tables, indexes are rebuilt after the load. */
const BULK_LOAD_ROWS = 20_000;

type Field = 'communities' | (typeof TRANSFER_SHEETS)[number];
const FIELDS: Field[] = ['communities', ...TRANSFER_SHEETS];

/** The sheets a transfer carries: every column of each (nothing is kept from the receiving install's records). */
const PRESENT: SheetsPresent = { sheets: new Set<SheetField>(FIELDS), columns: new Map() };


export const transferKind: KindModule = {
  export({ db, communityCodes, recipient, street }) {
    if (!communityCodes || communityCodes.length === 0) throw new AppError('INVALID_INPUT', '社区划转须选择要划转的社区（--community）', { fields: [{ path: 'communityCodes', message: '请选择社区' }] });
    if (!/^\d{9}$/.test(recipient) || recipient === street.code) {
      throw new AppError('INVALID_INPUT', `社区划转须发给另一个街道：接收方应为 9 位街道代码，且不是本街道（${street.code}）`, { fields: [{ path: 'recipient', message: '请填写接收街道的 9 位代码' }] });
    }
    const communities: TransferCommunityRecord[] = [];
    const ids: number[] = [];
    for (const code of [...new Set(communityCodes)].sort()) {
      const found = findCommunityByCode(db, code);
      if (!found) throw new AppError('NOT_FOUND', `本街道没有社区 ${code}`, { fields: [{ path: 'communityCodes', message: `没有社区 ${code}` }] });
      communities.push({ code: found.code, newCode: `${recipient}${found.code.slice(9)}`, name: found.name, kind: found.kind, contact: null, platform: null });
      ids.push(found.id);
    }
    const codes = new Set(communities.map((c) => c.code));
    const all = databaseRecords(db);
    for (const { record } of all.communities()) {
      const c = communities.find((x) => x.code === record.code);
      if (c) Object.assign(c, { contact: record.contact, platform: record.platform });
    }
    const households = [...all.households()].map((r) => r.record).filter((h) => codes.has(h.communityCode));
    const numbers = new Set(households.map((h) => h.number));
    const persons = [...all.persons()].map((r) => r.record).filter((p) => numbers.has(p.householdNumber));
    const people = new Set(persons.map((p) => p.idNumber));
    const memberships: MembershipRecord[] = transferPeriods(db, ids).map((m) => ({ idNumber: m.idNumber, householdNumber: m.householdNumber, relation: m.relation, from: m.from, to: m.to }));
    const ofPeople = <R extends { idNumber: string }>(rows: Iterable<{ record: R }>) => [...rows].map((r) => r.record).filter((r) => people.has(r.idNumber));
    const ofHouseholds = <R extends { householdNumber: string }>(rows: Iterable<{ record: R }>) => [...rows].map((r) => r.record).filter((r) => numbers.has(r.householdNumber));
    // The street's employers and vacancies stay here: a spell keeps the employer's name, a referral its content.
    let unlinked = 0;
    const spells = ofPeople(all.spells()).map((r) => {
      if (r.employer === null) return r;
      unlinked += 1;
      return { ...r, employerName: r.employerName ?? r.employer, employer: null };
    });
    const services = ofPeople(all.services()).map((r) => {
      if (r.vacancy === null) return r;
      unlinked += 1;
      return { ...r, vacancy: null };
    });
    return {
      entities: [
        { entity: 'communities', records: communities },
        { entity: 'households', records: households },
        { entity: 'householdFlags', records: ofHouseholds(all.householdFlags()) },
        { entity: 'persons', records: persons },
        { entity: 'memberships', records: memberships },
        { entity: 'wishes', records: ofPeople(all.wishes()) },
        { entity: 'spells', records: spells },
        { entity: 'registrations', records: ofPeople(all.registrations()) },
        { entity: 'services', records: services },
        { entity: 'householdServices', records: ofHouseholds(all.householdServices()) },
        { entity: 'recognitions', records: ofPeople(all.recognitions()) },
        { entity: 'agreements', records: ofPeople(all.agreements()) },
        { entity: 'measures', records: ofPeople(all.measures()) },
        { entity: 'complaints', records: [...all.complaints()].map((r) => r.record).filter((c) => codes.has(c.communityCode)) },
      ],
      period: null,
      notes: [
        `共 ${persons.length} 人、${households.length} 户。导出不会把他们从本街道迁出：划转生效后请在本街道办理迁出。`,
        ...(unlinked > 0 ? [`${unlinked} 条就业或职业介绍记录关联的用工单位、岗位不随划转（用工单位名称保留在就业记录中）。`] : []),
      ],
    };
  },

  plan({ db, today }, records) {
    const communities = recordsOf<TransferCommunityRecord>(records, 'communities');
    const newCode = new Map(communities.items.map((c) => [c.code, c.newCode]));
    const mapped = (code: string) => newCode.get(code) ?? code;
    const get = <R>(entity: EntityName) => recordsOf<R>(records, entity);
    const persons = get<PersonRecord>('persons');
    const memberships = get<MembershipRecord>('memberships');
    const data = emptyStreetData();
    const rows = Object.fromEntries(SHEET_ORDER.map((f) => [f, [] as number[]])) as unknown as RowNumbers;
    const lines = {} as Record<Field, number[]>;
    data.communities = communities.items.map((c) => ({ code: c.newCode, name: c.name, kind: c.kind, contact: c.contact, platform: c.platform }));
    lines.communities = rows.communities = communities.lines;
    for (const sheet of TRANSFER_SHEETS) {
      const list = get<{ communityCode?: string }>(sheet);
      const items = sheet === 'households' || sheet === 'complaints' ? list.items.map((r) => ({ ...r, communityCode: mapped(r.communityCode ?? '') })) : list.items;
      (data[sheet] as unknown[]) = items;
      lines[sheet] = rows[sheet] = list.lines;
    }
    const problems = new ProblemList(500);
    const plan = prepareData(db, data, rows, today, problems, PRESENT);
    const conflicts: PackageProblem[] = [];
    const byName = new Map(FIELDS.map((f) => [SHEET_DEFS[f].name, f]));
    for (const p of problems.items) {
      const entity = byName.get(p.sheet) ?? 'persons';
      conflicts.push({ file: entityPath(entity), line: p.row, field: p.column, entity, key: p.value, message: p.message });
    }
    if (problems.omitted > 0) conflicts.push(conflict('persons', entityPath('persons'), undefined, '', `另有 ${problems.omitted} 处与本机数据的冲突未列出`));

    const summary: Record<string, EntityCounts> = {};
    for (const field of FIELDS) {
      const c = plan?.counts[SHEET_DEFS[field].name] ?? { new: 0, changed: 0, unchanged: 0 };
      summary[field] = { new: c.new, changed: 0, unchanged: c.unchanged, conflicts: c.changed };
    }
    // A record the receiving install has differently is not overwritten: a conflict, named.
    const lineOf = new Map<string, number>();
    if (plan) {
      for (const field of FIELDS) {
        const def = SHEET_DEFS[field] as unknown as { key(r: unknown): string };
        const index = new Map((data[field] as unknown[]).map((r, i) => [def.key(r), lines[field][i] ?? 0]));
        const upserts = plan.writes[field] as Upserts<unknown>;
        for (const [i, record] of upserts.records.entries()) {
          if (upsertId(upserts, i) === null) continue;
          const key = def.key(record);
          lineOf.set(`${field}|${key}`, index.get(key) ?? 0);
          conflicts.push(conflict(field, entityPath(field), index.get(key), key, `本机已有${SHEET_DEFS[field].name}“${key.split('|').join('，')}”，内容与划转包不同；划转不覆盖本机数据，请核对后处理`));
        }
      }
    }

    // Membership periods: new persons get the package's; persons already here must have the same ones.
    const newPersons = new Set(plan ? newOnly(plan.writes.persons).records.map((p) => p.idNumber) : []);
    const periods = new Map<string, MembershipRecord[]>();
    memberships.items.forEach((m) => periods.set(m.idNumber, [...(periods.get(m.idNumber) ?? []), m]));
    const present = persons.items.map((p) => p.idNumber).filter((id) => !newPersons.has(id));
    const here = periodsByIdNumber(db, present);
    const same = (a: readonly TransferPeriodRow[] | undefined, b: readonly MembershipRecord[] | undefined) =>
      JSON.stringify((a ?? []).map((p) => [p.householdNumber, p.relation, p.from, p.to])) === JSON.stringify((b ?? []).map((p) => [p.householdNumber, p.relation, p.from, p.to]));
    const membershipCounts = counts();
    membershipCounts.new = newPersons.size;
    persons.items.forEach((p, i) => {
      if (newPersons.has(p.idNumber)) return;
      if (same(here.get(p.idNumber), periods.get(p.idNumber))) membershipCounts.unchanged += 1;
      else {
        membershipCounts.conflicts += 1;
        conflicts.push(conflict('memberships', entityPath('memberships'), persons.lines[i], p.idNumber, `${p.idNumber} 在本机的家庭成员时段与划转包不同`));
      }
    });
    summary.memberships = membershipCounts;
    const ordered = Object.fromEntries(KIND_ENTITIES['community-transfer'].map((e) => [e, summary[e] ?? counts()]));

    const total = FIELDS.reduce((n, f) => n + (summary[f]?.new ?? 0), 0) + newPersons.size;
    let bulk = false;
    return {
      summary: ordered,
      conflicts,
      notes: [],
      apply(ctx, _logId, report) {
        if (!plan) throw new AppError('REJECTED', '划转包与本机数据有冲突，未导入');
        const writes = { street: null, memberships: [] } as unknown as WorkbookWrites;
        for (const field of KEYED_FIELDS) (writes[field] as Upserts<unknown>) = newOnly(plan.writes[field] as Upserts<unknown>);
        writes.memberships = [...newPersons].map((idNumber) => ({
          idNumber,
          periods: (periods.get(idNumber) ?? []).map((m) => ({ householdId: m.householdNumber, relation: m.relation, from: m.from, to: m.to })),
          replace: false,
          formerHouseholds: [],
        }));
        const initials = new Map<string, string>();
        const initialsOf = (name: string) => {
          let v = initials.get(name);
          if (v === undefined) initials.set(name, (v = nameInitials(name)));
          return v;
        };
        const write = () => writeWorkbookRecords(db, writes, initialsOf, { onStep: (done) => report(0.1 + (0.8 * done) / Math.max(1, total), `已写入 ${done} 条`) });
        if (total >= BULK_LOAD_ROWS) withIndexesDeferred(db, write);
        else write();
        if (newPersons.size >= REFRESH_ALL_FROM) {
          bulk = true;
          markDerivedStateStale(db);
        } else {
          const { personIds, householdIds } = idsByKeys(db, [...newPersons], writes.households.records.map((h) => h.number));
          refreshPersons(db, personIds, householdIds);
        }
        recordAudit(db, {
          username: ctx.username,
          action: 'import',
          entity: 'community_transfer',
          entityKey: communities.items.map((c) => c.newCode).join(','),
          after: { communities: communities.items, persons: newPersons.size, households: writes.households.records.length },
        });
      },
      afterCommit(report) {
        if (!bulk) return;
        report(0.95, '正在更新各户、各人的派生状态（零就业家庭等）');
        recomputeIfStale(db);
      },
    };
  },
};
