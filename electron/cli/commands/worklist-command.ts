/**
 * `worklist`: what is due and overdue on a date (DOMAIN.md §6), for the bureau's scripts (issue #6 item 7).
 * With --json, stdout is exactly `{ asOf, total, countsByKind, rows }`, each row's subject keyed by 身份证号码, 户编号
 * or the community's code; calendar warnings go to stderr.
 */
import { AppError } from '../../../shared/app-error';
import type { WorklistList, WorklistRow } from '../../../shared/contract/worklist';
import { isValidIsoDate } from '../../../shared/domain/dates';
import { WORKLIST_KIND_LABEL, WORKLIST_KINDS, WORKLIST_STATUS_LABEL } from '../../../shared/domain/worklist/kinds';
import { callApi } from '../cli-api';
import { EXIT_OK, UsageError } from '../cli-io';
import type { Command } from '../command';
import { optionValues } from '../command-args';
import { communityByCode } from '../community-by-code';
import { withCliRuntime } from '../open-for-cli';

/** The documented JSON: these keys, in this order. */
export function worklistDocument(list: WorklistList): unknown {
  const row = (r: WorklistRow) => ({
    kind: r.kind,
    status: r.status,
    dueOn: r.dueOn,
    communityId: r.communityId,
    communityCode: r.communityCode,
    communityName: r.communityName,
    clerk: r.clerk,
    subject: { kind: r.subject.kind, id: r.subject.id, key: r.subject.key, name: r.subject.name },
    detail: r.detail,
    link: r.link,
  });
  return { asOf: list.asOf, total: list.total, countsByKind: list.countsByKind, rows: list.rows.map(row) };
}

function humanText(list: WorklistList): string {
  const counts = WORKLIST_KINDS.filter((k) => list.countsByKind[k] > 0).map((k) => `${WORKLIST_KIND_LABEL[k]} ${list.countsByKind[k]}`);
  return [
    `${list.asOf} 待办 ${list.total} 条${counts.length > 0 ? `：${counts.join('，')}` : ''}`,
    ...list.rows.map(
      (r) =>
        `${WORKLIST_STATUS_LABEL[r.status]}  ${r.dueOn}  ${WORKLIST_KIND_LABEL[r.kind]}  ${r.communityName}  ${r.subject.name}（${r.subject.key}）  ${r.detail}${r.clerk ? `  经办人：${r.clerk}` : ''}`,
    ),
  ].join('\n');
}

export const worklistCommand: Command = {
  name: 'worklist',
  usage: 'worklist --as-of YYYY-MM-DD [--community 社区代码] [--db PATH] [--json]',
  summary: '列出某日的待办事项（职业指导、零就业家庭、回访、十清缺项等），可限定一个社区',
  async run(ctx) {
    const values = optionValues(ctx.argv, { 'as-of': { type: 'string' }, community: { type: 'string' } });
    const asOf = values['as-of'];
    if (asOf === undefined) throw new UsageError('请用 --as-of YYYY-MM-DD 给出日期');
    if (!isValidIsoDate(asOf)) throw new UsageError(`--as-of 必须是 YYYY-MM-DD 格式的有效日期：${asOf}`);
    return withCliRuntime(ctx, 'read', async (runtime) => {
      let communityId: number | undefined;
      if (values.community !== undefined) {
        const community = await communityByCode(runtime, values.community);
        if (!community) throw new AppError('NOT_FOUND', `找不到社区代码为 ${values.community} 的社区，请用 info 命令或“社区”页面核对代码`);
        communityId = community.id;
      }
      const list = await callApi(runtime, 'worklist.list', { asOf, ...(communityId === undefined ? {} : { communityId }) });
      for (const warning of list.warnings) ctx.io.log(`注意：${warning}`);
      ctx.io.out(humanText(list), worklistDocument(list));
      return EXIT_OK;
    });
  },
};
