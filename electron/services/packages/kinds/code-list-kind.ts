/**
 * 区划代码表: communities' statistical codes, names and kinds. A bureau's list may hold many streets' communities
 * (addressed to `*` or a city): only this street's are imported — new ones added, renamed ones updated; a code
 * the street has under another name stays a change, while a new code whose name the street already uses under
 * another code is a conflict (a renumbering to sort out by hand).
 */
import type { PackageProblem } from '../../../../shared/contract/packages';
import type { CodeListCommunityRecord as CommunityRecord } from '../../../../shared/contract/package-records';
import { entityPath } from '../../../../shared/domain/packages/kinds';
import { recordAudit } from '../../../../db/repositories/system/audit-repo';
import { findCommunityByCode, insertCommunity, listCommunitiesWithCounts, updateCommunity } from '../../../../db/repositories/communities/communities-repo';
import { communitySheetRows } from '../../../../db/repositories/communities/communities-workbook-repo';
import { AppError } from '../../../../shared/app-error';
import type { KindModule } from './kind-module';
import { conflict, counts, recordsOf } from './kind-module';

export const codeListKind: KindModule = {
  export({ db }) {
    return { entities: [{ entity: 'communities', records: [...communitySheetRows(db)].map(({ record: { code, name, kind } }) => ({ code, name, kind })) }], period: null, notes: [] };
  },
  plan({ db, street }, records) {
    const { items, lines } = recordsOf<CommunityRecord>(records, 'communities');
    const summary = counts();
    const conflicts: PackageProblem[] = [];
    const writes: { record: CommunityRecord; existingId: number | null }[] = [];
    const mine = items.map((c, i) => ({ c, line: lines[i] })).filter(({ c }) => c.code.startsWith(street.code));
    const byName = new Map(listCommunitiesWithCounts(db).map((c) => [c.name, c]));
    for (const { c, line } of mine) {
      const existing = findCommunityByCode(db, c.code);
      if (!existing) {
        const sameName = byName.get(c.name);
        if (sameName && sameName.code !== c.code) {
          summary.conflicts += 1;
          conflicts.push(conflict('communities', entityPath('communities'), line, c.code, `本街道已有名为“${c.name}”的社区，代码是 ${sameName.code}，与代码表的 ${c.code} 不同；请核对后手工处理`));
        } else {
          summary.new += 1;
          writes.push({ record: c, existingId: null });
        }
      } else if (existing.name === c.name && existing.kind === c.kind) summary.unchanged += 1;
      else {
        summary.changed += 1;
        writes.push({ record: c, existingId: existing.id });
      }
    }
    const others = items.length - mine.length;
    return {
      summary: { communities: summary },
      conflicts,
      notes: others > 0 ? [`代码表中另有 ${others} 个社区属于其他街道，不导入。`] : [],
      apply(ctx) {
        for (const { record, existingId } of writes) {
          if (existingId === null) {
            const row = insertCommunity(db, { code: record.code, name: record.name, kind: record.kind, contact: null });
            recordAudit(db, { username: ctx.username, action: 'create', entity: 'community', entityKey: String(row.id), after: row });
          } else {
            const before = findCommunityByCode(db, record.code);
            if (!before) throw new AppError('CONFLICT', `社区 ${record.code} 已不存在，请重新预览`);
            const row = updateCommunity(db, before.id, before.version, { code: record.code, name: record.name, kind: record.kind, contact: before.contact });
            recordAudit(db, { username: ctx.username, action: 'update', entity: 'community', entityKey: String(before.id), before, after: row });
          }
        }
      },
    };
  },
};
