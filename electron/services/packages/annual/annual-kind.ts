/**
 * 年度上报 as a package: the frozen year's run, every community's whole result (every item, with the persons and
 * households behind failures — hence always sealed), the recommended communities and the street's counts. An
 * install receiving one (as the bureau's desk) keeps it per street and year; a corrected resubmission replaces it.
 */
import { AppError } from '../../../../shared/app-error';
import type { CommunityResultRecord, SubmissionRecord } from '../../../../shared/contract/package-records';
import { recordAudit } from '../../../../db/repositories/system/audit-repo';
import { findReceivedSubmission, upsertReceivedSubmission } from '../../../../db/repositories/packages/received-submissions-repo';
import type { KindModule } from '../kinds/kind-module';
import { counts, recordsOf } from '../kinds/kind-module';
import { frozenSubmission } from './annual-service';

export function submissionRecords(db: Parameters<typeof frozenSubmission>[0], year: number, street: { code: string; name: string }): { head: SubmissionRecord; units: CommunityResultRecord[] } {
  const frozen = frozenSubmission(db, year);
  if (!frozen) throw new AppError('REJECTED', `${year} 年度考核尚未冻结，不能导出年度上报。请先在“交换 → 年度上报”中选定考核结果并冻结`);
  const { run } = frozen.saved;
  const countsByCode = new Map(frozen.totals.communities.map((c) => [c.code, c.counts]));
  const recommended = new Set(frozen.recommended);
  const head: SubmissionRecord = {
    year,
    street,
    standard: { id: run.standard.id, version: run.standard.version, name: run.standard.name, source: run.standard.source, example: run.standard.example },
    asOf: run.asOf,
    period: run.period,
    computedAt: run.computedAt,
    frozenAt: frozen.row.frozenAt,
    frozenBy: frozen.row.frozenBy,
    note: frozen.row.note,
    warnings: run.warnings,
    calendar: run.calendar,
    streetResult: run.street,
    totals: frozen.totals.total,
    recommended: frozen.recommended,
  };
  const units = run.communities.map((unit) => ({
    code: unit.code,
    name: unit.name,
    recommendedExcellent: recommended.has(unit.code),
    result: unit,
    counts: countsByCode.get(unit.code) ?? null,
  }));
  return { head, units };
}

export const annualKind: KindModule = {
  export({ db, year, street }) {
    if (year === undefined) throw new AppError('INVALID_INPUT', '年度上报须指定年份（--year）', { fields: [{ path: 'year', message: '请选择年份' }] });
    const { head, units } = submissionRecords(db, year, street);
    return {
      entities: [
        { entity: 'submission', records: [head] },
        { entity: 'communityResults', records: units },
      ],
      period: head.period,
      notes: [],
    };
  },
  plan({ db, manifest }, records) {
    const head = recordsOf<SubmissionRecord>(records, 'submission').items[0];
    const units = recordsOf<CommunityResultRecord>(records, 'communityResults').items;
    if (!head) throw new AppError('REJECTED', '年度上报包缺少总体信息');
    const existing = findReceivedSubmission(db, manifest.issuer.code, head.year);
    const submission = counts();
    const communities = counts();
    if (!existing) {
      submission.new = 1;
      communities.new = units.length;
    } else {
      if (existing.header === JSON.stringify(head)) submission.unchanged = 1;
      else submission.changed = 1;
      const before = new Map((JSON.parse(existing.communities) as CommunityResultRecord[]).map((u) => [u.code, JSON.stringify(u)]));
      for (const unit of units) {
        const was = before.get(unit.code);
        if (was === undefined) communities.new += 1;
        else if (was === JSON.stringify(unit)) communities.unchanged += 1;
        else communities.changed += 1;
      }
    }
    const notes = [`这是 ${head.street.name}（${head.street.code}）的 ${head.year} 年度上报：本机作为接收单位保存它，不改动本街道自己的数据。`];
    if (existing) notes.push(`本机已收到过该街道 ${head.year} 年度的上报（${existing.updatedAt.slice(0, 10)}），导入后以本包为准。`);
    return {
      summary: { submission, communityResults: communities },
      conflicts: [],
      notes,
      apply(ctx, logId) {
        upsertReceivedSubmission(db, {
          issuerCode: manifest.issuer.code,
          issuerName: head.street.name,
          year: head.year,
          header: JSON.stringify(head),
          communities: JSON.stringify(units),
          packageLogId: logId,
        });
        recordAudit(db, { username: ctx.username, action: 'import', entity: 'received_submission', entityKey: `${manifest.issuer.code}/${head.year}`, after: { communities: units.length } });
      },
    };
  },
};
