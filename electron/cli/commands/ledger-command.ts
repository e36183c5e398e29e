/**
 * `ledger` and `export-ledger` (issue [prints] item 6): a ledger as of a date for the bureau's and the office's
 * scripts. `ledger --json` prints exactly `{ kind, title, asOf, columns: [{ key, label }], rows: [{ <key>: value }],
 * total }` — every column in its default order, 身份证号码 in full (only here; the reveal is audited); `export-ledger`
 * writes the Excel workbook or the PDF of the same print document the app shows (a Chromium found on the machine).
 */
import { AppError } from '../../../shared/app-error';
import type { LedgerExportResult, LedgerPage } from '../../../shared/contract/ledgers';
import { isValidIsoDate } from '../../../shared/domain/dates';
import { LEDGER_COLUMNS } from '../../../shared/domain/ledgers/columns';
import { isLedgerKind, LEDGER_KINDS } from '../../../shared/domain/ledgers/kinds';
import type { LedgerKind } from '../../../shared/domain/ledgers/kinds';
import { cellText } from '../../../shared/domain/ledgers/rows';
import type { ApiDoor } from '../cli-api';
import { cliFile } from '../cli-files';
import { callApi, callJob } from '../cli-api';
import { EXIT_OK, UsageError } from '../cli-io';
import type { Command, CommandContext } from '../command';
import { commandArgs, onePath, optionValues } from '../command-args';
import { communityByCode } from '../community-by-code';
import { withCliRuntime } from '../open-for-cli';

interface LedgerArgs {
  kind: LedgerKind;
  asOf: string;
  communityCode: string | undefined;
}

const OPTIONS = { kind: { type: 'string' }, 'as-of': { type: 'string' }, community: { type: 'string' } } as const;

function ledgerArgs(values: { kind?: string; 'as-of'?: string; community?: string }): LedgerArgs {
  const kind = values.kind;
  if (kind === undefined) throw new UsageError(`请用 --kind 给出台账类别：${LEDGER_KINDS.join('、')}`);
  if (!isLedgerKind(kind)) throw new UsageError(`没有名为“${kind}”的台账。可用的类别：${LEDGER_KINDS.join('、')}`);
  const asOf = values['as-of'];
  if (asOf === undefined) throw new UsageError('请用 --as-of YYYY-MM-DD 给出截至日期');
  if (!isValidIsoDate(asOf)) throw new UsageError(`--as-of 必须是 YYYY-MM-DD 格式的有效日期：${asOf}`);
  return { kind, asOf, communityCode: values.community };
}

async function communityIdOf(door: ApiDoor, code: string | undefined): Promise<number | null> {
  if (code === undefined) return null;
  const community = await communityByCode(door, code);
  if (!community) throw new AppError('NOT_FOUND', `社区代码 ${code} 不在本街道：找不到这个社区。请用 info 命令或“社区”页面核对 12 位社区代码`);
  return community.id;
}

/** The documented JSON: these keys, in this order; every column of the ledger in its default order. */
export function ledgerDocument(page: LedgerPage): unknown {
  const columns = LEDGER_COLUMNS[page.kind].map((c) => ({ key: c.key, label: c.label }));
  return {
    kind: page.kind,
    title: page.title,
    asOf: page.asOf,
    columns,
    rows: page.rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, row.values[c.key] ?? null]))),
    total: page.total,
  };
}

function humanText(page: LedgerPage): string {
  const columns = LEDGER_COLUMNS[page.kind];
  return [
    `${page.title}（${page.street.name} ${page.scope.name}，截至 ${page.asOf}）共 ${page.total} ${page.unit}`,
    columns.map((c) => c.label).join('\t'),
    ...page.rows.map((row) => columns.map((c) => cellText(row.values[c.key])).join('\t')),
  ].join('\n');
}

export const ledgerCommand: Command = {
  name: 'ledger',
  usage: 'ledger --kind 类别 --as-of YYYY-MM-DD [--community 社区代码] [--db PATH] [--json]',
  summary: `列出某日的台账（类别：${LEDGER_KINDS.join('、')}）；--json 时身份证号码完整输出（记入审计）`,
  async run(ctx) {
    const values = optionValues(ctx.argv, OPTIONS);
    const args = ledgerArgs(values);
    return withCliRuntime(ctx, 'read', async (runtime) => {
      const communityId = await communityIdOf(runtime, args.communityCode);
      const page = await callApi(runtime, 'ledgers.page', {
        kind: args.kind,
        asOf: args.asOf,
        communityId,
        offset: 0,
        limit: 500_000,
        idNumbers: ctx.io.json ? 'full' : 'masked',
      });
      ctx.io.out(humanText(page), ledgerDocument(page));
      return EXIT_OK;
    });
  },
};

async function exportLedger(ctx: CommandContext): Promise<number> {
  const { values, positionals } = commandArgs(ctx.argv, { ...OPTIONS, format: { type: 'string' } });
  const args = ledgerArgs(values);
  const format = values.format;
  if (format !== 'xlsx' && format !== 'pdf') throw new UsageError('请用 --format xlsx 或 --format pdf 给出文件格式');
  const path = onePath(positionals, '请给出要写入的文件名（OUT）');
  return withCliRuntime(ctx, 'read', async (runtime) => {
    const communityId = await communityIdOf(runtime, args.communityCode);
    const file = cliFile(runtime, path, 'output');
    const query = { kind: args.kind, asOf: args.asOf, communityId, file };
    let rowCount: number;
    if (format === 'xlsx') {
      // A job: its progress reaches stderr as it is reported (open-for-cli.ts).
      rowCount = ((await callJob(runtime, 'ledgers.exportXlsx', query)) as LedgerExportResult).rowCount;
    } else {
      ctx.io.log('正在用浏览器生成 PDF…');
      rowCount = (await callApi(runtime, 'ledgers.exportPdf', query)).rowCount;
    }
    ctx.io.out(`已导出：${path}（${rowCount} 行）`, { ok: true, file: path, format, kind: args.kind, asOf: args.asOf, rows: rowCount });
    return EXIT_OK;
  });
}

export const exportLedgerCommand: Command = {
  name: 'export-ledger',
  usage: 'export-ledger --kind 类别 --as-of YYYY-MM-DD [--community 社区代码] --format xlsx|pdf OUT [--db PATH] [--json]',
  summary: '把台账导出为 Excel 工作簿或 PDF（与程序中的打印版式相同；PDF 需要本机装有 Chromium、Chrome 或 Edge）',
  run: exportLedger,
};
