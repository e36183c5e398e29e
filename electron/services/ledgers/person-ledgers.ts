/**
 * The person ledgers on D (DOMAIN §7): 劳动力资源, 下岗失业人员, 就业困难群体 (three sections), 登记失业高校毕业生, 复转军人,
 * 农民工 and 就业困难人员花名册. Who is in each is decided by shared/domain/ledgers/membership.ts over the facts of D —
 * the street population (LF, wish, spell, 4050, 低保 — electron/services/population/street-population.ts), open
 * registrations, family episodes, recognitions — and the community is the person's household's on D. Entries come
 * from those set-based reads; a person's cells (name, number, address, wish …) are read when the entry is shown.
 */
import { openRegistrationsOn } from '../../../db/repositories/employment/registrations-repo';
import { personsServedBetween } from '../../../db/repositories/services/services-given-repo';
import { familiesPresentOn } from '../../../db/repositories/population/family-episodes-repo';
import { registrationsOf } from '../../../db/repositories/employment/registrations-repo';
import { destinationsOn, spellFactsOf } from '../../../db/repositories/employment/spells-repo';
import { membersOn } from '../../../db/repositories/registry/ledger-households-repo';
import { registeredGraduatesOn } from '../../../db/repositories/employment/registered-graduates-repo';
import { ledgerPersonsOn, veteranIds } from '../../../db/repositories/registry/ledger-persons-repo';
import type { LedgerPersonRow } from '../../../db/repositories/registry/ledger-persons-repo';
import { recognitionsInForceOn } from '../../../db/repositories/recognitions/ledger-recognitions-repo';
import type { LedgerRecognitionRow } from '../../../db/repositories/recognitions/ledger-recognitions-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { LEDGER_COLUMNS } from '../../../shared/domain/ledgers/columns';
import { DIFFICULT_GROUP_SECTION_LABEL, DIFFICULT_GROUP_SECTIONS } from '../../../shared/domain/ledgers/kinds';
import type { DifficultGroupSection, LedgerKind } from '../../../shared/domain/ledgers/kinds';
import { difficultGroupSections, isGraduateOn, registrationOpenOn } from '../../../shared/domain/ledgers/membership';
import type { PersonFactsOn, PersonLedgerKind } from '../../../shared/domain/ledgers/membership';
import type { CellValue } from '../../../shared/domain/ledgers/rows';
import { readPopulationSettings } from '../settings/population-settings';
import { streetPopulationWith } from '../population/street-population';
import type { LabourForce, StreetPopulation } from '../population/street-population';
import type { BuildScope, LedgerEntry, LedgerSource } from './built-ledger';
import { communityOrder } from './community-order';
import type { CommunityOrder } from './community-order';
import { personCells } from './person-cells';
import type { DestinationFact, OpenRegistrationFact, PersonExtras } from './person-cells';

const CATEGORY_LABEL: Record<LedgerRecognitionRow['category'], string> = {
  '4050': '4050 人员',
  dibao: '低保',
  zero_employment: '零就业家庭成员',
  disabled: '残疾',
  long_term_unemployed: '长期失业',
  landless: '失地农民',
  other: '其他',
};

/** Persons in LF on D, looked up by id. */
class LabourForceIndex {
  private readonly index: Int32Array;
  constructor(readonly lf: LabourForce) {
    let max = 0;
    for (let i = 0; i < lf.size; i += 1) max = Math.max(max, lf.person[i] ?? 0);
    this.index = new Int32Array(max + 1).fill(-1);
    for (let i = 0; i < lf.size; i += 1) this.index[lf.person[i] ?? 0] = i;
  }
  of(personId: number): number {
    return personId < this.index.length ? (this.index[personId] ?? -1) : -1;
  }
}

interface PersonContext {
  db: DeskDatabase;
  kind: LedgerKind;
  scope: BuildScope;
  population: StreetPopulation;
  lf: LabourForceIndex;
  order: CommunityOrder;
}

function columnsNeed(kind: LedgerKind, keys: readonly string[]): boolean {
  return LEDGER_COLUMNS[kind].some((c) => keys.includes(c.key));
}

/** The facts of D for each person given, with the extras the ledger's columns print. */
function factsOf(ctx: PersonContext, persons: readonly LedgerPersonRow[], zeroFamilies: ReadonlySet<number>): Map<number, PersonExtras> {
  const { db, scope, lf, kind } = ctx;
  const ids = persons.map((p) => p.personId);
  const needsRegistration = columnsNeed(kind, ['registeredOn', 'reason', 'unemployedSince']);
  const spells = new Map(spellFactsOf(db, needsRegistration ? ids : ids.filter((id) => lf.of(id) < 0), scope.asOf).map((s) => [s.personId, s]));
  const openFirst = new Map(openRegistrationsOn(db, scope.asOf).map((r) => [r.personId, r.registeredOn]));
  const registrations = new Map<number, OpenRegistrationFact>();
  if (needsRegistration) {
    for (const r of registrationsOf(db, ids.filter((id) => openFirst.has(id)), scope.asOf)) {
      if (registrationOpenOn(r, scope.asOf) && r.registeredOn === openFirst.get(r.personId) && !registrations.has(r.personId)) {
        registrations.set(r.personId, { registeredOn: r.registeredOn, reason: r.reason });
      }
    }
  }
  const out = new Map<number, PersonExtras>();
  for (const p of persons) {
    const i = lf.of(p.personId);
    const inLf = i >= 0;
    const spell = spells.get(p.personId);
    const facts: PersonFactsOn = {
      labourForce: inLf,
      wish: inLf ? lf.lf.wish[i] === 1 : p.hasWish === 1,
      employed: inLf ? lf.lf.employed[i] === 1 : spell?.employed === 1,
      registered: openFirst.has(p.personId),
      graduate: isGraduateOn(p.graduationYear, scope.asOf),
      veteran: p.veteran === 1,
      migrant: p.migrantWorker === 1,
      age4050: inLf && lf.lf.age4050[i] === 1,
      dibaoHousehold: inLf && lf.lf.dibao[i] === 1,
      zeroEmploymentFamily: p.householdId !== null && zeroFamilies.has(p.householdId),
    };
    out.set(p.personId, { facts, registration: registrations.get(p.personId) ?? null, lastSpellEnd: spell?.lastSpellEnd ?? null, destination: null });
  }
  if (columnsNeed(kind, ['destination'])) {
    const employed = ids.filter((id) => out.get(id)?.facts.employed);
    for (const d of destinationsOn(db, employed, scope.asOf)) {
      const extras = out.get(d.personId);
      if (extras && extras.destination === null) extras.destination = { kind: d.kind, employerName: d.employerName, post: d.post } satisfies DestinationFact;
    }
  }
  return out;
}

/** An entry of a person ledger before sorting: its person, community and household on D, and section. */
interface PersonEntry {
  personId: number;
  communityId: number | null;
  /** For the order only (0 when not known cheaply: the person id orders them). */
  household: number;
  section: DifficultGroupSection | null;
}

type Decorate = (values: Record<string, CellValue>, entry: LedgerEntry, person: LedgerPersonRow) => void;

/**
 * A source over person entries, ordered by community (code order, 未分配 last), section, household, person; a
 * screenful's persons are read (ledgerPersonsOn, their facts and extras) when shown, and `decorate` adds the
 * ledger's own cells.
 */
function lazyPersonSource(ctx: PersonContext, list: PersonEntry[], zeroFamilies: ReadonlySet<number>, decorate: Decorate = () => undefined): LedgerSource {
  const sectionIndex = (s: DifficultGroupSection | null) => (s === null ? 0 : DIFFICULT_GROUP_SECTIONS.indexOf(s));
  list.sort(
    (a, b) =>
      ctx.order.rank(a.communityId) - ctx.order.rank(b.communityId) ||
      sectionIndex(a.section) - sectionIndex(b.section) ||
      a.household - b.household ||
      a.personId - b.personId,
  );
  return {
    entries: list.map((e) => ({ communityId: e.communityId, section: e.section, ref: e.personId, row: null })),
    materialise(entries) {
      const persons = new Map(ledgerPersonsOn(ctx.db, entries.map((e) => e.ref), ctx.scope.asOf).map((p) => [p.personId, p]));
      const extras = factsOf(ctx, [...persons.values()], zeroFamilies);
      return entries.map((e) => {
        const p = persons.get(e.ref);
        const x = p ? extras.get(e.ref) : undefined;
        if (!p || !x) return { communityId: e.communityId, section: e.section, values: { community: ctx.order.name(e.communityId), name: '（该人员记录已不存在，请刷新）' } };
        const values = personCells(p, x, ctx.order.name(e.communityId));
        decorate(values, e, p);
        return { communityId: e.communityId, section: e.section, values };
      });
    },
  };
}

function inScope(ctx: PersonContext, communityId: number | null): boolean {
  return ctx.scope.communityId === null || communityId === ctx.scope.communityId;
}

/** The LF persons on D for which `keep(i)` holds, in the scope. */
function fromLabourForce(ctx: PersonContext, keep: (i: number) => boolean): PersonEntry[] {
  const { lf } = ctx.lf;
  const out: PersonEntry[] = [];
  for (let i = 0; i < lf.size; i += 1) {
    const community = lf.community[i] || null;
    if (!inScope(ctx, community) || !keep(i)) continue;
    out.push({ personId: lf.person[i] ?? 0, communityId: community, household: lf.household[i] ?? 0, section: null });
  }
  return out;
}

/** Persons outside the labour-force arrays: their community of D from the street population. */
function fromIds(ctx: PersonContext, ids: readonly number[]): PersonEntry[] {
  const communityOf = ctx.population.communitiesOf(ids);
  return ids
    .map((personId) => ({ personId, communityId: communityOf(personId) || null, household: 0, section: null }))
    .filter((e) => inScope(ctx, e.communityId));
}

function simpleSource(ctx: PersonContext, kind: PersonLedgerKind): LedgerSource {
  const { lf } = ctx.lf;
  if (kind === 'graduates') {
    const ids = registeredGraduatesOn(ctx.db, ctx.scope.asOf)
      .filter((g) => isGraduateOn(g.graduationYear, ctx.scope.asOf))
      .map((g) => g.personId);
    return lazyPersonSource(ctx, fromIds(ctx, ids), new Set());
  }
  if (kind === 'veterans') {
    const veterans = new Set(veteranIds(ctx.db));
    return lazyPersonSource(ctx, fromLabourForce(ctx, (i) => veterans.has(lf.person[i] ?? 0)), new Set());
  }
  if (kind === 'migrant-workers') {
    const entries = fromLabourForce(ctx, (i) => lf.migrant[i] === 1);
    const served = personsServedBetween(ctx.db, entries.map((e) => e.personId), ctx.scope.period.from, ctx.scope.period.to, true);
    return lazyPersonSource(ctx, entries, new Set(), (values, entry) => {
      values.servedInPeriod = served.has(entry.ref) ? '是' : '否';
    });
  }
  if (kind === 'unemployed') return lazyPersonSource(ctx, fromLabourForce(ctx, (i) => lf.wish[i] === 1 && lf.employed[i] === 0), new Set());
  return lazyPersonSource(ctx, fromLabourForce(ctx, () => true), new Set());
}

/**
 * 就业困难群体: every member on D of a zero-employment family present on D; the LF members of households holding 低保
 * on D; the 4050 persons in U on D (shared/domain/ledgers/membership.ts difficultGroupSections).
 */
function difficultGroupsSource(ctx: PersonContext): LedgerSource {
  const { db, scope } = ctx;
  const { lf } = ctx.lf;
  const episodes = familiesPresentOn(db, 'zero_employment', scope.asOf).filter((e) => inScope(ctx, e.communityId));
  const appeared = new Map(episodes.map((e) => [e.householdId, e.appeared]));
  const communityOfFamily = new Map(episodes.map((e) => [e.householdId, e.communityId]));
  const list: PersonEntry[] = membersOn(db, [...appeared.keys()], scope.asOf).map((m) => ({
    personId: m.personId,
    communityId: communityOfFamily.get(m.householdId) ?? null,
    household: m.householdId,
    section: 'zero-employment',
  }));
  const zeroFamilies = new Set(appeared.keys());
  for (let i = 0; i < lf.size; i += 1) {
    const community = lf.community[i] || null;
    if (!inScope(ctx, community)) continue;
    const facts: PersonFactsOn = {
      labourForce: true,
      wish: lf.wish[i] === 1,
      employed: lf.employed[i] === 1,
      registered: false,
      graduate: false,
      veteran: false,
      migrant: lf.migrant[i] === 1,
      age4050: lf.age4050[i] === 1,
      dibaoHousehold: lf.dibao[i] === 1,
      zeroEmploymentFamily: false,
    };
    for (const section of difficultGroupSections(facts)) {
      list.push({ personId: lf.person[i] ?? 0, communityId: community, household: lf.household[i] ?? 0, section });
    }
  }
  return lazyPersonSource(ctx, list, zeroFamilies, (values, entry, person) => {
    const section = entry.section as DifficultGroupSection | null;
    values.section = section === null ? null : DIFFICULT_GROUP_SECTION_LABEL[section];
    values.appeared = section === 'zero-employment' && person.householdId !== null ? (appeared.get(person.householdId) ?? null) : null;
  });
}

/** 就业困难人员花名册: the persons whose recognition is in force on D (the latest such recognition of each). */
function difficultPersonsSource(ctx: PersonContext): LedgerSource {
  const latest = new Map<number, LedgerRecognitionRow>();
  for (const r of recognitionsInForceOn(ctx.db, ctx.scope.asOf)) if (!latest.has(r.personId)) latest.set(r.personId, r);
  return lazyPersonSource(ctx, fromIds(ctx, [...latest.keys()]), new Set(), (values, entry) => {
    const r = latest.get(entry.ref);
    if (!r) return;
    values.category = CATEGORY_LABEL[r.category];
    values.recognisedOn = r.recognisedOn;
    values.especiallyDifficult = r.especiallyDifficult === 1 ? '是' : '否';
    values.agreement = r.agreementSignedOn ? `${r.agreementSignedOn} 签订` : '未签订';
  });
}

export type PersonLedger = PersonLedgerKind | 'difficult-groups' | 'difficult-persons';

export function personLedgerSource(db: DeskDatabase, kind: PersonLedger, scope: BuildScope): LedgerSource {
  const population = streetPopulationWith(db, scope.asOf, readPopulationSettings(db));
  const ctx: PersonContext = { db, kind, scope, population, lf: new LabourForceIndex(population.labourForce), order: communityOrder(scope.communities) };
  if (kind === 'difficult-groups') return difficultGroupsSource(ctx);
  if (kind === 'difficult-persons') return difficultPersonsSource(ctx);
  return simpleSource(ctx, kind);
}
