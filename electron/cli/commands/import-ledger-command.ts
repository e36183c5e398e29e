import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../shared/app-error';
import type { LedgerCommitted, LedgerDocument, LedgerInspection, LedgerMapping, LedgerPreview } from '../../../shared/contract/ledger-import';
import { LEDGER_KIND_LABEL, LEDGER_KINDS, needsCommunity } from '../../../shared/domain/ledger-import/ledger-fields';
import type { LedgerKind } from '../../../shared/domain/ledger-import/ledger-fields';
import { cliFile } from '../cli-files';
import { callApi, followJob } from '../cli-api';
import { EXIT_OK, EXIT_REJECTED, UsageError } from '../cli-io';
import type { Command } from '../command';
import { commandArgs } from '../command-args';
import { communityByCode } from '../community-by-code';
import { withCliRuntime } from '../open-for-cli';

/** The --mapping file: `{ "<header text>": "<field>" | null }`, or the same under "mapping" (as --json prints it). */
function readMapping(path: string): Record<string, string | null> {
  const full = resolve(path);
  let text: string;
  try {
    if (statSync(full).size > 1024 * 1024) throw new UsageError(`映射文件 ${path} 超过 1 MB`);
    text = readFileSync(full, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`读不到映射文件 ${path}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`映射文件 ${path} 不是有效的 JSON`);
  }
  const object = value !== null && typeof value === 'object' && 'mapping' in value ? (value as { mapping: unknown }).mapping : value;
  if (object === null || typeof object !== 'object' || Array.isArray(object)) throw new UsageError('映射文件应为 { "表头文字": "字段名" } 的 JSON 对象');
  return object as Record<string, string | null>;
}

function failure(message: string, code: string) {
  return { ok: false, sheet: null, headerRows: null, mapping: {}, dataRows: 0, rows: [], summary: { valid: 0, rejected: 0, duplicates: 0, warnings: 0 }, error: { code, message } };
}

function humanLines(doc: LedgerDocument, preview: LedgerPreview): string[] {
  const s = preview.summary;
  const lines = [
    `工作表“${doc.sheet}”：表头第 ${doc.headerRows[0]}–${doc.headerRows[1]} 行，数据 ${doc.dataRows} 行`,
    `映射：${Object.entries(doc.mapping).map(([h, f]) => `${h}→${f}`).join('，')}`,
    `可导入 ${s.valid} 行（其中有提醒 ${s.warnings} 行；新增 ${s.new}、更新 ${s.updates}、不变 ${s.unchanged}；新建户 ${s.newHouseholds}），拒绝 ${s.rejected} 行，重复 ${s.duplicates} 行`,
  ];
  const problems = doc.rows.filter((r) => r.issues.length > 0);
  for (const r of problems.slice(0, 200)) lines.push(`  第 ${r.row} 行：${r.issues.map((i) => `${i.severity === 'error' ? '错误' : '提醒'}（${i.column}）${i.message}`).join('；')}`);
  if (problems.length > 200) lines.push(`  …（共 ${problems.length} 行有问题，用 --json 查看全部）`);
  return lines;
}

function communityMissing(kind: LedgerKind): UsageError {
  return new UsageError(
    `请用 --community 给出社区代码（12 位）：${LEDGER_KIND_LABEL[kind]}中新的人员要放入该社区的户中（--kind services、training、difficult、vacancies 不需要 --community）`,
  );
}

function writtenLine(c: LedgerCommitted): string {
  const parts = [`新增 ${c.persons.new} 人、更新 ${c.persons.changed} 人、新建 ${c.households} 户、失业登记 ${c.registrations} 条、服务记录 ${c.services} 条`];
  if (c.recognitions) parts.push(`困难认定新增 ${c.recognitions.new} 条、办理审核或退出 ${c.recognitions.changed} 条`);
  if (c.employers) parts.push(`用工单位新增 ${c.employers.new} 家、更新 ${c.employers.changed} 家`);
  if (c.vacancies) parts.push(`岗位新增 ${c.vacancies.new} 个、更新 ${c.vacancies.changed} 个`);
  return `已写入：${parts.join('；')}`;
}

export const importLedgerCommand: Command = {
  name: 'import-ledger',
  usage: 'import-ledger FILE [--community CODE] [--kind K] [--mapping FILE.json] [--dry-run] [--json]',
  summary: `导入本所台账（.xlsx/.xls/.et/.csv，任意版式）：找表头、按映射读取、逐行校验，可导入的行在一个事务中写入；K：${LEDGER_KINDS.join('|')}（默认 labour，或模板所记的）；--community 为 labour、unemployed 所必需（新人员放入该社区）`,
  async run(ctx) {
    const { values, positionals } = commandArgs(ctx.argv, {
      community: { type: 'string' },
      kind: { type: 'string' },
      mapping: { type: 'string' },
      'dry-run': { type: 'boolean' },
    });
    if (positionals.length !== 1 || !positionals[0]) throw new UsageError('请给出一个台账文件');
    if (values.kind !== undefined && !(LEDGER_KINDS as readonly string[]).includes(values.kind)) throw new UsageError(`--kind 应为 ${LEDGER_KINDS.join('、')} 之一`);
    // Without --kind the ledger is read as labour (unless a template says otherwise): the community is needed then too.
    const givenKind = values.kind as LedgerKind | undefined;
    if (!values.community && (givenKind === undefined || needsCommunity(givenKind))) throw communityMissing(givenKind ?? 'labour');
    const mappingFromFile = values.mapping === undefined ? null : readMapping(values.mapping);
    const path = resolve(positionals[0]);
    return withCliRuntime(ctx, 'write', async (runtime) => {
      const community = values.community === undefined ? null : await communityByCode(runtime, values.community);
      if (values.community !== undefined && !community) throw new AppError('NOT_FOUND', `找不到社区代码为 ${values.community} 的社区`);
      const file = cliFile(runtime, path, 'input');
      let inspection: LedgerInspection;
      let preview: LedgerPreview;
      let previewJobId: string;
      let kind: LedgerKind;
      try {
        inspection = await callApi(runtime, 'ledgerImport.inspect', { file, sheet: null });
        kind = (values.kind as LedgerKind | undefined) ?? inspection.template?.kind ?? 'labour';
        if (community === null && needsCommunity(kind)) throw communityMissing(kind);
        const template = inspection.template !== null && inspection.template.kind === kind ? inspection.template : null;
        if (template && !mappingFromFile) ctx.io.log(`按已保存的映射模板“${template.name}”读取`);
        // A --mapping file's field names are checked by the contract at dispatch (不认识的字段 names the entry).
        const mapping = (mappingFromFile as LedgerMapping | null) ?? template?.mapping ?? inspection.suggestions[kind] ?? {};
        previewJobId = (await callApi(runtime, 'ledgerImport.preview', { file, sheet: inspection.sheet, kind, communityId: community?.id ?? null, mapping, saveAs: null })).jobId;
        preview = (await followJob(runtime, previewJobId)) as LedgerPreview;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        ctx.io.out(`未导入：${error.message}`, failure(error.message, error.code));
        return EXIT_REJECTED;
      }
      const doc = await callApi(runtime, 'ledgerImport.document', { previewJobId });
      const lines = humanLines(doc, preview);
      if (!doc.ok) {
        ctx.io.out(['未导入：没有可导入的行，数据库未改动。', ...lines].join('\n'), doc);
        return EXIT_REJECTED;
      }
      if (values['dry-run']) {
        ctx.io.out(['预览（未写入）：', ...lines].join('\n'), doc);
        return EXIT_OK;
      }
      const { jobId } = await callApi(runtime, 'ledgerImport.commit', { previewJobId });
      const committed = (await followJob(runtime, jobId)) as LedgerCommitted;
      ctx.io.log(writtenLine(committed));
      ctx.io.out(['已导入：', ...lines].join('\n'), doc);
      return EXIT_OK;
    });
  },
};
