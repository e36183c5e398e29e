/**
 * `assess`: the assessment of every community (or one) and the street, for the bureau's scripts (issue #6 item 7).
 * With --json, stdout is exactly the documented document (assess-document.ts); warnings go to stderr.
 */
import { AppError } from '../../../shared/app-error';
import type { AssessmentRun, ItemResult, UnitResult } from '../../../shared/contract/assessment';
import { formatPercent } from '../../../shared/domain/assessment/compare';
import { isValidIsoDate } from '../../../shared/domain/dates';
import { callApi } from '../cli-api';
import { EXIT_OK, UsageError } from '../cli-io';
import type { Command } from '../command';
import { commandArgs, noPositionals } from '../command-args';
import { communityByCode } from '../community-by-code';
import { withCliRuntime } from '../open-for-cli';
import { assessDocument } from './assess-document';

const VERDICT = { pass: '达标', fail: '不达标', incomplete: '待定（人工项未评定）', unrecorded: '未评定' } as const;

function valueText(item: ItemResult): string {
  if (item.kind === 'manual') return item.manual ? `（${item.manual.evidence ?? ''}）` : '';
  if (item.value === null) return item.note ?? '';
  if (item.unit === 'ratio') return `${formatPercent(item.value)}（${item.numerator}/${item.denominator}）`;
  return String(item.value);
}

function humanText(run: AssessmentRun): string {
  const score = (u: UnitResult) => (u.score === null ? '' : `，${u.score} 分`);
  const stars = (u: UnitResult) => (u.stars === null ? '' : `，${u.stars} 星`);
  const lines = [
    `考核标准：${run.standard.name}（${run.standard.id}，${run.standard.version} 版）`,
    `截止日 ${run.asOf}，考核期间 ${run.period.from} 至 ${run.period.to}`,
    `街道：${VERDICT[run.street.verdict]}${score(run.street)}${stars(run.street)}`,
  ];
  for (const u of run.communities) {
    lines.push('', `${u.code} ${u.name}：${VERDICT[u.verdict]}${score(u)}${stars(u)}`);
    u.items.forEach((item, at) => {
      const counts = [item.failingCount > 0 ? `未达标对象 ${item.failingCount}` : '', item.pendingCount > 0 ? `待办 ${item.pendingCount}` : ''].filter(Boolean).join('，');
      lines.push(`  ${at + 1}. ${VERDICT[item.verdict]}  ${item.metricLabel ?? item.name} ${valueText(item)}${counts ? `  [${counts}]` : ''}`);
    });
  }
  return lines.join('\n');
}

function dateOption(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isValidIsoDate(value)) throw new UsageError(`--${name} 必须是 YYYY-MM-DD 格式的有效日期`);
  return value;
}

export const assessCommand: Command = {
  name: 'assess',
  usage: 'assess --standard ID --as-of YYYY-MM-DD [--from YYYY-MM-DD] [--community CODE] [--db PATH] [--json]',
  summary: '按考核标准考核各社区和街道（截止日、考核期间默认当年 1 月 1 日起）；--json 输出约定的 JSON 文档',
  async run(ctx) {
    const { values, positionals } = commandArgs(ctx.argv, { standard: { type: 'string' }, 'as-of': { type: 'string' }, from: { type: 'string' }, community: { type: 'string' } });
    noPositionals(positionals);
    if (!values.standard) throw new UsageError('请用 --standard 给出考核标准编号（如 chongqing-2007）');
    const asOf = dateOption('as-of', values['as-of']);
    if (asOf === undefined) throw new UsageError('请用 --as-of 给出考核截止日（YYYY-MM-DD）');
    const from = dateOption('from', values.from);
    const standardId = values.standard;
    return withCliRuntime(ctx, 'read', async (runtime) => {
      let communityId: number | undefined;
      if (values.community !== undefined) {
        const community = await communityByCode(runtime, values.community);
        if (!community) throw new AppError('NOT_FOUND', `没有代码为 ${values.community} 的社区`, { fields: [{ path: 'community', message: '找不到该社区' }] });
        communityId = community.id;
      }
      // Every community is assessed (the street's lists name them all); --community narrows what is shown.
      const all = await callApi(runtime, 'assessment.run', { standardId, asOf, ...(from === undefined ? {} : { from }) });
      const run = communityId === undefined ? all : { ...all, communities: all.communities.filter((c) => c.communityId === communityId) };
      for (const warning of run.warnings) ctx.io.log(`注意：${warning}`);
      ctx.io.out(humanText(run), assessDocument(run, all.communities));
      return EXIT_OK;
    });
  },
};
