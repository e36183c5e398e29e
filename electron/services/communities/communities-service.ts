import { AppError } from '../../../shared/app-error';
import type { Community, CommunityFields, SetPlatformInput, UpdateCommunityInput } from '../../../shared/contract/communities';
import { communityCodeProblem } from '../../../shared/domain/admin-codes';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { communityPlatform, findCommunityByCode, findCommunityById, insertCommunity, listCommunitiesWithCounts, updateCommunity, updateCommunityPlatform } from '../../../db/repositories/communities/communities-repo';
import { getStreet } from '../../../db/repositories/system/street-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';

export function listCommunities(db: DeskDatabase): Community[] {
  return listCommunitiesWithCounts(db);
}

function requireStreetCode(db: DeskDatabase): string {
  const street = getStreet(db);
  if (!street) throw new AppError('NOT_READY', '尚未设置街道，请先在“初始设置”中填写街道名称和代码');
  return street.code;
}

function checkFields(db: DeskDatabase, fields: CommunityFields, selfId: number | null): void {
  const problem = communityCodeProblem(fields.code, requireStreetCode(db));
  if (problem) throw AppError.invalid(problem, [{ path: 'code', message: problem }]);
  const clash = findCommunityByCode(db, fields.code);
  if (clash && clash.id !== selfId) {
    const message = `社区代码 ${fields.code} 已被“${clash.name}”使用`;
    throw new AppError('CONFLICT', message, { fields: [{ path: 'code', message }] });
  }
}

function withCounts(db: DeskDatabase, id: number): Community {
  const row = listCommunitiesWithCounts(db).find((c) => c.id === id);
  if (!row) throw new AppError('NOT_FOUND', '找不到该社区');
  return row;
}

export function createCommunity(db: DeskDatabase, ctx: CallerContext, fields: CommunityFields): Community {
  return inTransaction(db, () => {
    checkFields(db, fields, null);
    const row = insertCommunity(db, fields);
    recordAudit(db, { username: ctx.username, action: 'create', entity: 'community', entityKey: row.code, after: row });
    return withCounts(db, row.id);
  });
}

export function editCommunity(db: DeskDatabase, ctx: CallerContext, input: UpdateCommunityInput): Community {
  return inTransaction(db, () => {
    const before = findCommunityById(db, input.id);
    if (!before) throw new AppError('NOT_FOUND', '找不到该社区，可能已被他人修改，请刷新后重试');
    checkFields(db, input.fields, input.id);
    const row = updateCommunity(db, input.id, input.version, input.fields);
    if (!row) {
      throw new AppError('CONFLICT', `“${before.name}”已被他人修改（当前版本 ${before.version}），请刷新后重新编辑`);
    }
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'community', entityKey: row.code, before, after: row });
    return withCounts(db, row.id);
  });
}

/** Records the community's 六到位 checklist (an item left out is 未记录); versioned and audited like any edit. */
export function setCommunityPlatform(db: DeskDatabase, ctx: CallerContext, input: SetPlatformInput): Community {
  return inTransaction(db, () => {
    const community = findCommunityById(db, input.id);
    if (!community) throw new AppError('NOT_FOUND', '找不到该社区，可能已被他人修改，请刷新后重试');
    const before = communityPlatform(db, input.id);
    const row = updateCommunityPlatform(db, input.id, input.version, input.platform);
    if (!row) {
      throw new AppError('CONFLICT', `“${community.name}”已被他人修改（当前版本 ${community.version}），请刷新后重新填写“六到位”`);
    }
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'community', entityKey: row.code, before: { platform: before }, after: { platform: communityPlatform(db, input.id) } });
    return withCounts(db, row.id);
  });
}
