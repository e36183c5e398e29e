/**
 * The record ledgers (DOMAIN §7): 就业再就业培训, 就业服务 (职业指导、职业介绍) and 就业再就业政策落实 — one row per
 * service record of those kinds dated in the period (1 January … D) — and 岗位开发情况和需求 (vacancies open on some
 * day of the period). A record's community is its person's household's on D (a household record: the household's);
 * a person in no household on D is listed under 未分配.
 */
import { householdKeys } from '../../../db/repositories/registry/household-keys-repo';
import { ledgerHouseholds } from '../../../db/repositories/registry/ledger-households-repo';
import { ledgerPersonsOn } from '../../../db/repositories/registry/ledger-persons-repo';
import { serviceEntriesBetween, serviceRecordsByIds } from '../../../db/repositories/services/ledger-services-repo';
import type { LedgerServiceRow } from '../../../db/repositories/services/ledger-services-repo';
import { vacanciesOpenDuring } from '../../../db/repositories/employers/ledger-vacancies-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { RECORD_LEDGER_SERVICE_KINDS, vacancyStatusOn } from '../../../shared/domain/ledgers/membership';
import type { CellValue, LedgerRow } from '../../../shared/domain/ledgers/rows';
import { GENDER_LABEL, REFERRAL_RESULT_LABEL, SERVICE_KIND_LABEL } from '../../../shared/domain/workbook/vocabulary';
import { readPopulationSettings } from '../settings/population-settings';
import { streetPopulationWith } from '../population/street-population';
import type { BuildScope, LedgerEntry, LedgerSource } from './built-ledger';
import { communityOrder } from './community-order';

export type RecordLedger = keyof typeof RECORD_LEDGER_SERVICE_KINDS;

interface Subject {
  communityId: number | null;
  name: string;
  gender: string | null;
  idNumber: string | null;
  phone: string | null;
}

/** The subjects (a person on D, or a household: its head's name) of the records given. */
function subjectsOf(db: DeskDatabase, records: readonly LedgerServiceRow[], asOf: string): (r: LedgerServiceRow) => Subject | null {
  const personIds = [...new Set(records.map((r) => r.personId).filter((id): id is number => id !== null))];
  const persons = new Map(ledgerPersonsOn(db, personIds, asOf).map((p) => [p.personId, p]));
  const householdIds = [...new Set(records.filter((r) => r.personId === null && r.householdId !== null).map((r) => r.householdId as number))];
  const households = new Map(ledgerHouseholds(db, householdIds).map((h) => [h.householdId, h]));
  const heads = householdKeys(db, householdIds, asOf);
  return (r) => {
    if (r.personId !== null) {
      const p = persons.get(r.personId);
      if (!p) return null;
      return { communityId: p.communityId, name: p.name, gender: GENDER_LABEL[p.gender], idNumber: p.idNumber, phone: p.phone };
    }
    const h = r.householdId === null ? undefined : households.get(r.householdId);
    if (!h) return null;
    const head = heads.get(h.householdId)?.headName;
    return { communityId: h.communityId, name: `${head ?? h.number}户（户编号 ${h.number}）`, gender: null, idNumber: null, phone: null };
  };
}

/** A referral's result as known on D: hired/refused once decided on or before D, else pending. */
function referralResultOn(r: LedgerServiceRow, asOf: string): string | null {
  if (r.kind !== 'referral') return null;
  const decided = r.referralResult !== null && r.referralResult !== 'pending' && (r.referralResultOn ?? r.date) <= asOf;
  return REFERRAL_RESULT_LABEL[decided ? (r.referralResult as 'hired' | 'refused') : 'pending'];
}

function recordCells(kind: RecordLedger, r: LedgerServiceRow, s: Subject, communityName: string, asOf: string): Record<string, CellValue> {
  const base = { community: communityName, date: r.date, name: s.name, gender: s.gender, idNumber: s.idNumber, phone: s.phone, clerk: r.clerk };
  if (kind === 'training') return { ...base, course: r.course, hours: r.hours, certificate: r.certificate, outcome: r.outcome };
  if (kind === 'services') {
    const vacancy = [r.employerName, r.vacancyTitle].filter((x): x is string => Boolean(x)).join(' · ') || null;
    return { ...base, serviceKind: SERVICE_KIND_LABEL[r.kind], content: r.content, vacancy, referralResult: referralResultOn(r, asOf), outcome: r.outcome };
  }
  return {
    ...base,
    serviceKind: SERVICE_KIND_LABEL[r.kind],
    benefitType: r.benefitType,
    amount: r.amount,
    benefitPeriod: r.benefitPeriod,
    approvalNumber: r.approvalNumber,
    content: [r.content, r.outcome].filter((x): x is string => Boolean(x)).join('；') || null,
  };
}

/**
 * The records of the period, each placed in its community of D (persons through the street population on D, one
 * read for those outside the labour force; households: their own), in the order community, date, record; the
 * persons' names and numbers are read per screenful.
 */
export function recordLedgerSource(db: DeskDatabase, kind: RecordLedger, scope: BuildScope): LedgerSource {
  const records = serviceEntriesBetween(db, RECORD_LEDGER_SERVICE_KINDS[kind], scope.period.from, scope.period.to);
  const population = streetPopulationWith(db, scope.asOf, readPopulationSettings(db));
  const personIds = [...new Set(records.map((r) => r[1]).filter((id): id is number => id !== null))];
  const communityOfPerson = population.communitiesOf(personIds);
  const householdIds = [...new Set(records.filter((r) => r[1] === null && r[2] !== null).map((r) => r[2] as number))];
  const householdCommunity = new Map(ledgerHouseholds(db, householdIds).map((h) => [h.householdId, h.communityId]));
  const order = communityOrder(scope.communities);
  const entries: { entry: LedgerEntry; rank: number; at: number }[] = [];
  records.forEach(([id, personId, householdId, , hours, amount], at) => {
    const community = personId !== null ? communityOfPerson(personId) || null : (householdCommunity.get(householdId ?? 0) ?? null);
    if (scope.communityId !== null && community !== scope.communityId) return;
    entries.push({ entry: { communityId: community, section: null, ref: id, row: null, sums: { hours, amount } }, rank: order.rank(community), at });
  });
  // The records come by date then id: a stable order by community keeps that within each.
  entries.sort((a, b) => a.rank - b.rank || a.at - b.at);
  return {
    entries: entries.map((e) => e.entry),
    materialise(list) {
      const byId = new Map(serviceRecordsByIds(db, list.map((e) => e.ref)).map((r) => [r.id, r]));
      const subjectOf = subjectsOf(db, [...byId.values()], scope.asOf);
      return list.map((e) => {
        const r = byId.get(e.ref);
        if (!r) return { communityId: e.communityId, section: null, values: { community: order.name(e.communityId), name: '（该服务记录已不存在，请刷新）' } };
        const s = subjectOf(r) ?? { communityId: e.communityId, name: '（服务对象记录已不存在）', gender: null, idNumber: null, phone: null };
        return { communityId: e.communityId, section: null, values: recordCells(kind, r, s, order.name(e.communityId), scope.asOf) };
      });
    },
  };
}

export function buildVacancyLedger(db: DeskDatabase, scope: BuildScope): LedgerRow[] {
  const order = communityOrder(scope.communities);
  const rows = vacanciesOpenDuring(db, scope.period.from, scope.period.to, scope.asOf)
    .filter((v) => scope.communityId === null || v.communityId === scope.communityId)
    .map((v) => ({
      rank: order.rank(v.communityId),
      row: {
        communityId: v.communityId,
        section: null,
        values: {
          community: order.name(v.communityId),
          employer: v.employerName,
          title: v.title,
          posts: v.posts,
          hired: v.hired,
          skills: v.skills,
          wage: v.wage,
          openedOn: v.openedOn,
          filledOn: v.filledOn !== null && v.filledOn <= scope.asOf ? v.filledOn : null,
          status: vacancyStatusOn(v, scope.asOf),
          publicWelfare: v.publicWelfare === 1 ? '是' : '否',
          developed: v.developedByCommunity === 1 ? '是' : '否',
        },
      } satisfies LedgerRow,
    }));
  // vacanciesOpenDuring is in opening order: a stable sort by community keeps it within each.
  rows.sort((a, b) => a.rank - b.rank);
  return rows.map((r) => r.row);
}
