/**
 * The completeness methods (shared/contract/completeness.ts) and the function the assessment engine calls for the
 * "computerised dynamic management" item (DOMAIN.md §4, seed 002: 个人信息实行微机动态管理).
 */
import { AppError } from '../../../shared/app-error';
import type { CommunityCompleteness, CompletenessSummary, PersonCompleteness } from '../../../shared/contract/completeness';
import { completenessRate } from '../../../shared/domain/completeness/community-demand';
import { fiveClearChecks } from '../../../shared/domain/completeness/five-clear';
import type { FiveClearItem, ItemCheck, TenClearPersonItem } from '../../../shared/domain/completeness/items';
import { FIVE_CLEAR_ITEMS, FIVE_CLEAR_LABEL, missingText, TEN_CLEAR_LABEL, TEN_CLEAR_PERSON_ITEMS } from '../../../shared/domain/completeness/items';
import { reemployedChecks, unemployedChecks } from '../../../shared/domain/completeness/ten-clear';
import { communityNames } from '../../../db/repositories/communities/communities-repo';
import type { DeskDatabase } from '../../../db/open-database';
import type { CompletenessData } from './compute-completeness';
import { computeCompleteness, personCompletenessData } from './compute-completeness';
import type { Known } from './compute-completeness';

export function personCompleteness(db: DeskDatabase, personId: number, asOf: string): PersonCompleteness {
  const data = personCompletenessData(db, personId, asOf);
  const ten = data.tenClear[0];
  const five = data.fiveClear[0];
  const tenItems = !ten ? [] : ten.role.kind === 'reemployed' ? reemployedChecks(ten.role.destination) : ten.facts ? unemployedChecks(ten.facts, asOf) : [];
  const fiveItems = five ? fiveClearChecks(five.facts, five.recognition) : [];
  const items: ItemCheck[] = [...tenItems, ...fiveItems];
  return {
    personId,
    asOf,
    tenClear: ten
      ? { role: ten.role.kind, why: null, items: tenItems }
      : { role: null, why: `${asOf} 不是未就业人员，也不是本年度由登记失业实现再就业的人员，“十清”不适用`, items: [] },
    fiveClear: five
      ? { recognisedOn: five.recognition.recognisedOn, why: null, items: fiveItems }
      : { recognisedOn: null, why: `${asOf} 不是已认定的就业困难人员，“五清”不适用`, items: [] },
    missingCount: items.filter((c) => c.status === 'missing').length,
  };
}

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function tally<K extends string>(into: Record<K, number>, missing: readonly K[]): void {
  for (const item of missing) into[item] += 1;
}

function summarise(data: CompletenessData, communities: readonly { id: number; code: string; name: string }[]): CommunityCompleteness[] {
  const rows = new Map(
    communities.map((c) => [
      c.id,
      {
        communityId: c.id,
        code: c.code,
        name: c.name,
        concerned: 0,
        complete: 0,
        missingByItem: zeroCounts<TenClearPersonItem>(TEN_CLEAR_PERSON_ITEMS),
        five: { concerned: 0, complete: 0, missingByItem: zeroCounts<FiveClearItem>(FIVE_CLEAR_ITEMS) },
      },
    ]),
  );
  for (const r of data.tenClear) {
    const row = rows.get(r.person.communityId);
    if (!row) continue;
    row.concerned += 1;
    if (r.missing.length === 0) row.complete += 1;
    tally(row.missingByItem, r.missing);
  }
  for (const r of data.fiveClear) {
    const row = rows.get(r.person.communityId);
    if (!row) continue;
    row.five.concerned += 1;
    if (r.missing.length === 0) row.five.complete += 1;
    tally(row.five.missingByItem, r.missing);
  }
  return [...rows.values()].map((row) => {
    const demand = data.demand.get(row.communityId);
    if (!demand) throw new Error(`社区 ${row.code} 缺少用工需求检查结果`);
    return {
      communityId: row.communityId,
      code: row.code,
      name: row.name,
      concerned: row.concerned,
      complete: row.complete,
      rate: completenessRate(row.complete, row.concerned),
      missingByItem: row.missingByItem,
      employerDemand: demand,
      fiveClear: { ...row.five, rate: completenessRate(row.five.complete, row.five.concerned) },
    };
  });
}

function communitiesIn(db: DeskDatabase, communityId: number | null): { id: number; code: string; name: string }[] {
  const all = communityNames(db);
  if (communityId === null) return all;
  const one = all.filter((c) => c.id === communityId);
  if (one.length === 0) throw new AppError('NOT_FOUND', '找不到该社区，请刷新后重新选择');
  return one;
}

export function communityCompleteness(db: DeskDatabase, asOf: string, communityId: number | null): CompletenessSummary {
  const communities = communitiesIn(db, communityId);
  const data = computeCompleteness(db, { asOf, communityId });
  const rows = summarise(data, communities);
  const sum = (pick: (r: CommunityCompleteness) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const concerned = sum((r) => r.concerned);
  const complete = sum((r) => r.complete);
  const fiveConcerned = sum((r) => r.fiveClear.concerned);
  const fiveComplete = sum((r) => r.fiveClear.complete);
  return {
    asOf,
    demandWindow: data.demandWindow,
    period: data.period,
    communities: rows,
    street: {
      concerned,
      complete,
      rate: completenessRate(complete, concerned),
      fiveClearConcerned: fiveConcerned,
      fiveClearComplete: fiveComplete,
      fiveClearRate: completenessRate(fiveComplete, fiveConcerned),
    },
  };
}

/** A person behind a completeness failure, keyed as the assessment's `failing` lists are (身份证号码). */
export interface IncompleteSubject {
  kind: 'person';
  personId: number;
  key: string;
  name: string;
  /** `十清缺：失业原因、技能水平` / `五清缺：…`. */
  reason: string;
}

export interface CommunityDataCompleteness {
  communityId: number;
  code: string;
  name: string;
  /** 十清: persons concerned (unemployed on D, re-employed this period), persons with nothing missing, their ratio. */
  concerned: number;
  complete: number;
  rate: number | null;
  /** 五清: recognised difficult persons on D, those with nothing missing, their ratio. */
  fiveClearConcerned: number;
  fiveClearComplete: number;
  fiveClearRate: number | null;
  /** 辖区单位用工需求清: employers' demand recorded within the window of the worklist settings. */
  employerDemandRecorded: boolean;
  employerDemand: ItemCheck;
  /** Every person with a missing item (十清 or 五清; a person missing both is listed twice), by name. */
  incomplete: IncompleteSubject[];
}

/**
 * For the assessment engine's "computerised dynamic management" item (个人信息实行微机动态管理, seed 002): per community
 * (every community, or `communityId`) on `asOf`, the 十清 and 五清 completeness with the persons behind each gap.
 * The engine compares the rates with its standard's thresholds; nothing here is a verdict. `known.unemployedIds`:
 * the persons in U on `asOf` when the caller has computed them already (saves reading the street again).
 */
export function dataCompletenessByCommunity(db: DeskDatabase, asOf: string, communityId: number | null, known: Known = {}): CommunityDataCompleteness[] {
  const communities = communitiesIn(db, communityId);
  const data = computeCompleteness(db, { asOf, communityId, known });
  const incomplete = new Map<number, IncompleteSubject[]>(communities.map((c) => [c.id, []]));
  const add = (person: { id: number; idNumber: string; name: string; communityId: number }, reason: string) => {
    if (reason !== '') incomplete.get(person.communityId)?.push({ kind: 'person', personId: person.id, key: person.idNumber, name: person.name, reason });
  };
  for (const r of data.tenClear) add(r.person, r.missing.length === 0 ? '' : `十清${missingText(r.missing, TEN_CLEAR_LABEL)}`);
  for (const r of data.fiveClear) add(r.person, r.missing.length === 0 ? '' : `五清${missingText(r.missing, FIVE_CLEAR_LABEL)}`);
  const collator = new Intl.Collator('zh-CN');
  return summarise(data, communities).map((row) => ({
    communityId: row.communityId,
    code: row.code,
    name: row.name,
    concerned: row.concerned,
    complete: row.complete,
    rate: row.rate,
    fiveClearConcerned: row.fiveClear.concerned,
    fiveClearComplete: row.fiveClear.complete,
    fiveClearRate: row.fiveClear.rate,
    employerDemandRecorded: row.employerDemand.status === 'present',
    employerDemand: row.employerDemand,
    incomplete: (incomplete.get(row.communityId) ?? []).sort((a, b) => collator.compare(a.name, b.name) || a.personId - b.personId),
  }));
}
