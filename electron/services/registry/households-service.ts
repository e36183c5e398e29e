/** Households (户): list, page, create, edit, and the dated flags 低保 / urban hukou / business income. */
import { AppError } from '../../../shared/app-error';
import type {
  CreateHouseholdInput,
  HouseholdDetail,
  HouseholdPage,
  ListHouseholdsInput,
  SetHouseholdFlagInput,
  UpdateHouseholdInput,
} from '../../../shared/contract/registry';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { householdFlagOn, householdFlagsOn } from '../../../shared/domain/population/household-flags';
import { periodContains } from '../../../shared/domain/population/membership';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { findCommunityById } from '../../../db/repositories/communities/communities-repo';
import { countHouseholds, findHousehold, findHouseholdByNumber, insertHousehold, pageHouseholds, updateHousehold } from '../../../db/repositories/registry/households-repo';
import { listFlagRows, putFlag } from '../../../db/repositories/registry/household-flags-repo';
import { listMemberPeriods } from '../../../db/repositories/registry/memberships-repo';
import type { FlagRow } from '../../../db/repositories/registry/household-flags-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { refreshHouseholds } from '../population/recompute';
import { dateProblem, householdNotFound, staleVersion, throwIfProblems } from './registry-errors';

const FLAG_LABEL = { dibao: '低保户', urban: '城镇户籍', business_income: '经营性投资性收入' } as const;

function requireCommunity(db: DeskDatabase, communityId: number, path: string): void {
  if (findCommunityById(db, communityId)) return;
  const message = '找不到该社区，请刷新后重新选择';
  throw new AppError('NOT_FOUND', message, { fields: [{ path, message }] });
}

export function listHouseholds(db: DeskDatabase, input: ListHouseholdsInput, today: string): HouseholdPage {
  requireCommunity(db, input.communityId, 'communityId');
  const query = input.query?.trim() || null;
  const total = countHouseholds(db, input.communityId, query);
  const page = pageHouseholds(db, input.communityId, query, input.offset, input.limit);
  const flags = groupFlags(listFlagRows(db, page.map((h) => h.id)));
  return { total, rows: page.map((h) => ({ ...h, flags: householdFlagsOn(flags.get(h.id) ?? [], today) })) };
}

function groupFlags(rows: readonly FlagRow[]): Map<number, FlagRow[]> {
  const out = new Map<number, FlagRow[]>();
  for (const row of rows) {
    const list = out.get(row.householdId);
    if (list) list.push(row);
    else out.set(row.householdId, [row]);
  }
  return out;
}

/**
 * The household on `asOf`: its flags then, its members then (dated membership, with their relation then), and
 * everyone who belonged to it at another time.
 */
export function householdDetail(db: DeskDatabase, id: number, asOf: string): HouseholdDetail {
  const household = findHousehold(db, id);
  if (!household) throw householdNotFound();
  const history = listFlagRows(db, [id]);
  const periods = listMemberPeriods(db, id).map(({ idNumber, ...m }) => ({
    ...m,
    maskedIdNumber: maskIdNumber(idNumber),
    archived: m.archivedOn !== null && m.archivedOn <= asOf,
  }));
  const onDate = (m: { memberFrom: string | null; memberTo: string | null }) => periodContains({ from: m.memberFrom, to: m.memberTo }, asOf);
  return {
    ...household,
    asOf,
    flags: householdFlagsOn(history, asOf),
    flagHistory: history.map((f) => ({ flag: f.flag, value: f.value, effectiveFrom: f.effectiveFrom })),
    members: periods.filter(onDate),
    otherMembers: periods.filter((m) => !onDate(m)),
  };
}

function requireFreeNumber(db: DeskDatabase, number: string): void {
  const clash = findHouseholdByNumber(db, number);
  if (!clash) return;
  const message = `户编号 ${number} 已被“${clash.communityName}”的另一户使用`;
  throw new AppError('CONFLICT', message, { fields: [{ path: 'number', message }] });
}

export function createHousehold(db: DeskDatabase, ctx: CallerContext, input: CreateHouseholdInput, today: string): HouseholdDetail {
  return inTransaction(db, () => {
    requireCommunity(db, input.communityId, 'communityId');
    requireFreeNumber(db, input.number);
    const id = insertHousehold(db, { number: input.number, communityId: input.communityId, address: input.address });
    // Flags typed when the household is created hold for every date (DOMAIN §3: facts without a date).
    putFlag(db, id, 'urban', input.urban, null);
    putFlag(db, id, 'dibao', input.dibao, null);
    putFlag(db, id, 'business_income', input.businessIncome, null);
    const after = householdDetail(db, id, today);
    recordAudit(db, { username: ctx.username, action: 'create', entity: 'household', entityKey: after.number, after });
    return after;
  });
}

export function editHousehold(db: DeskDatabase, ctx: CallerContext, input: UpdateHouseholdInput, today: string): HouseholdDetail {
  return inTransaction(db, () => {
    const before = findHousehold(db, input.id);
    if (!before) throw householdNotFound();
    if (before.version !== input.version) throw staleVersion(`户 ${before.number}`, before.version);
    requireCommunity(db, input.fields.communityId, 'fields.communityId');
    if (!updateHousehold(db, input.id, input.version, input.fields)) throw staleVersion(`户 ${before.number}`, before.version);
    const after = findHousehold(db, input.id);
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'household', entityKey: before.number, before, after });
    return householdDetail(db, input.id, today);
  });
}

/** Records the flag's value from `effectiveFrom` on: a later date keeps earlier dates' truth. */
export function setHouseholdFlag(db: DeskDatabase, ctx: CallerContext, input: SetHouseholdFlagInput, today: string): HouseholdDetail {
  return inTransaction(db, () => {
    const household = findHousehold(db, input.id);
    if (!household) throw householdNotFound();
    if (household.version !== input.version) throw staleVersion(`户 ${household.number}`, household.version);
    const problem = dateProblem('effectiveFrom', `${FLAG_LABEL[input.flag]}的生效日期`, input.effectiveFrom, today);
    throwIfProblems(problem ? [problem] : []);
    const previous = householdFlagOn(listFlagRows(db, [input.id]), input.flag, input.effectiveFrom);
    putFlag(db, input.id, input.flag, input.value, input.effectiveFrom);
    if (!updateHousehold(db, input.id, input.version, {})) throw staleVersion(`户 ${household.number}`, household.version);
    const key = { flag: input.flag, effectiveFrom: input.effectiveFrom };
    recordAudit(db, {
      username: ctx.username,
      action: 'update',
      entity: 'household',
      entityKey: household.number,
      before: { ...key, value: previous, version: household.version },
      after: { ...key, value: input.value, version: household.version + 1 },
    });
    refreshHouseholds(db, [input.id]);
    return householdDetail(db, input.id, today);
  });
}
