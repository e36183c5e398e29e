/**
 * 验收结果: the bureau's verdict on each community for a year. Imported, each marks the community's result (shown on
 * the 社区 page); a verdict issued again for the same year and community replaces the earlier one. Exported, the
 * verdicts this install holds travel on (to another PC of the street), still naming the bureau that decided them.
 */
import type { PackageProblem } from '../../../../shared/contract/packages';
import { AppError } from '../../../../shared/app-error';
import type { VerdictRecord } from '../../../../shared/contract/package-records';
import { entityPath } from '../../../../shared/domain/packages/kinds';
import { recordAudit } from '../../../../db/repositories/system/audit-repo';
import { findCommunityByCode } from '../../../../db/repositories/communities/communities-repo';
import { listBureauVerdicts, upsertBureauVerdict, verdictYears } from '../../../../db/repositories/packages/bureau-verdicts-repo';
import type { KindModule } from './kind-module';
import { conflict, counts, recordsOf, yearPeriod } from './kind-module';

export const verdictsKind: KindModule = {
  export({ db, year }) {
    const y = year ?? verdictYears(db)[0];
    if (y === undefined) throw new AppError('REJECTED', '本机还没有任何验收结果，无可导出');
    const rows = listBureauVerdicts(db, y);
    if (rows.length === 0) throw new AppError('REJECTED', `本机没有 ${y} 年的验收结果，无可导出`);
    const records: VerdictRecord[] = rows.map((v) => ({
      year: v.year,
      communityCode: v.communityCode,
      communityName: v.communityName,
      result: v.result,
      stars: v.stars,
      decidedOn: v.decidedOn,
      decidedBy: v.decidedBy,
      note: v.note,
    }));
    return { entities: [{ entity: 'verdicts', records }], period: yearPeriod(y), notes: [] };
  },
  plan({ db }, records) {
    const { items, lines } = recordsOf<VerdictRecord>(records, 'verdicts');
    const summary = counts();
    const conflicts: PackageProblem[] = [];
    const writes: { record: VerdictRecord; communityId: number }[] = [];
    const held = new Map<string, ReturnType<typeof listBureauVerdicts>[number]>();
    for (const year of new Set(items.map((v) => v.year))) for (const v of listBureauVerdicts(db, year)) held.set(`${v.year}|${v.communityCode}`, v);
    items.forEach((v, i) => {
      const community = findCommunityByCode(db, v.communityCode);
      if (!community) {
        summary.conflicts += 1;
        conflicts.push(conflict('verdicts', entityPath('verdicts'), lines[i], v.communityCode, `本街道没有社区 ${v.communityCode}（${v.communityName}）`));
        return;
      }
      const before = held.get(`${v.year}|${v.communityCode}`);
      if (!before) summary.new += 1;
      else if (before.result === v.result && before.stars === v.stars && before.decidedOn === v.decidedOn && before.decidedBy === v.decidedBy && before.note === v.note) {
        summary.unchanged += 1;
        return;
      } else summary.changed += 1;
      writes.push({ record: v, communityId: community.id });
    });
    return {
      summary: { verdicts: summary },
      conflicts,
      notes: [],
      apply(ctx, logId) {
        for (const { record, communityId } of writes) {
          upsertBureauVerdict(db, { ...record, communityId, packageLogId: logId });
          recordAudit(db, { username: ctx.username, action: 'import', entity: 'bureau_verdict', entityKey: `${record.year}/${record.communityCode}`, after: record });
        }
      },
    };
  },
};
