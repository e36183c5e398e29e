/**
 * `audit [--from D] [--to D] [--user U] [--action A] [--entity E] --json`: the audit trail, oldest first (audit.list,
 * the street admin only). `--json` prints `{ ok, total, rows: [{ id, at, username, action, entity, entityKey, before,
 * after }] }`; ID and phone numbers in before/after are masked as everywhere.
 */
import type { AuditRow } from '../../../shared/contract/admin';
import { callApi } from '../cli-api';
import { EXIT_OK } from '../cli-io';
import type { Command } from '../command';
import { optionValues } from '../command-args';
import { withCliRuntime } from '../open-for-cli';

const PAGE = 5000;

export const auditCommand: Command = {
  name: 'audit',
  usage: 'audit [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--user U] [--action A] [--entity E] [--db PATH] --json',
  summary: '列出审计日志（谁、何时、对象、键、改前、改后；登录、查看完整号码、导入导出、备份恢复）',
  async run(ctx) {
    const values = optionValues(ctx.argv, { from: { type: 'string' }, to: { type: 'string' }, user: { type: 'string' }, action: { type: 'string' }, entity: { type: 'string' } });
    return withCliRuntime(ctx, 'read', async (runtime) => {
      const rows: AuditRow[] = [];
      let beforeId: number | null = null;
      for (;;) {
        const page: { rows: AuditRow[]; more: boolean } = await callApi(runtime, 'audit.list', { from: values.from ?? null, to: values.to ?? null, username: values.user ?? null, action: values.action ?? null, entity: values.entity ?? null, limit: PAGE, beforeId });
        rows.push(...page.rows);
        if (!page.more || page.rows.length === 0) break;
        beforeId = page.rows[page.rows.length - 1]?.id ?? null;
      }
      rows.reverse();
      const text = rows.map((r) => `${r.at}  ${r.username}  ${r.action}  ${r.entity}${r.entityKey ? ` ${r.entityKey}` : ''}`).join('\n');
      ctx.io.out(rows.length === 0 ? '没有符合条件的审计记录' : text, { ok: true, total: rows.length, rows });
      return EXIT_OK;
    });
  },
};
