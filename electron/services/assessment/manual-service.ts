/**
 * Recording the clerk's verdict on a manual item (组织机构建设, 六到位…) with its evidence: checked against the
 * standard's item (manual, the right scope, points), audited, never edited — a later record for the same item,
 * unit and date supersedes it.
 */
import { AppError } from '../../../shared/app-error';
import type { ManualVerdictView, RecordManualInput } from '../../../shared/contract/assessment';
import type { FieldProblem } from '../../../shared/result';
import { findCommunityById } from '../../../db/repositories/communities/communities-repo';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { insertManualVerdict } from '../../../db/repositories/assessment/manual-verdicts-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { throwIfProblems } from '../registry/registry-errors';
import { resolveStandard } from './standards-service';
import { refuseFrozenYears } from './frozen-years';

export function recordManualVerdict(db: DeskDatabase, ctx: CallerContext, input: RecordManualInput, today: string): ManualVerdictView {
  const { definition } = resolveStandard(db, input.standardId);
  const item = definition.items.find((i) => i.id === input.itemId);
  const problems: FieldProblem[] = [];
  if (!item) problems.push({ path: 'itemId', message: `标准“${definition.name}”没有编号为 ${input.itemId} 的考核项` });
  else if (item.kind !== 'manual') problems.push({ path: 'itemId', message: `“${item.name}”由程序自动计算，不能人工评定` });
  else {
    if (input.communityId === null && item.scope === 'community') problems.push({ path: 'communityId', message: '这是社区考核项，请选择社区' });
    if (input.communityId !== null && item.scope === 'street') problems.push({ path: 'communityId', message: '这是街道考核项，不属于某个社区' });
    if (input.score !== undefined && input.score !== null) {
      if (item.points === undefined) problems.push({ path: 'score', message: '该标准不计分，请不要填写得分' });
      else if (input.score > item.points) problems.push({ path: 'score', message: `得分不能超过本项分值 ${item.points}` });
    }
  }
  if (input.communityId !== null && !findCommunityById(db, input.communityId)) problems.push({ path: 'communityId', message: '找不到该社区，请刷新后重新选择' });
  if (ctx.communityId !== null && input.communityId !== ctx.communityId) problems.push({ path: 'communityId', message: '社区经办人只能评定本社区的考核项' });
  if (input.periodFrom > today) problems.push({ path: 'periodFrom', message: `评定期间不能从将来（${input.periodFrom}）开始` });
  throwIfProblems(problems);
  if (!item) throw new AppError('INTERNAL', 'unreachable');
  refuseFrozenYears(db, input.periodFrom, input.periodTo, '评定');
  return inTransaction(db, () => {
    const row = insertManualVerdict(db, {
      standardId: definition.id,
      itemId: item.id,
      communityId: input.communityId,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      verdict: input.verdict,
      score: input.score ?? null,
      evidence: input.evidence,
      recordedBy: ctx.displayName || ctx.username,
    });
    recordAudit(db, { username: ctx.username, action: 'create', entity: 'manual_verdict', entityKey: `${definition.id}/${item.id}/${input.communityId ?? 'street'}`, after: row });
    return row;
  });
}
