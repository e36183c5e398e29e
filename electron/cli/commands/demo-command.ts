import { isValidIsoDate } from '../../../shared/domain/dates';
import { todayIso } from '../../../shared/clock';
import type { DemoLoaded, DemoWorkbookWritten } from '../../../shared/contract/workbook';
import { DEFAULT_DEMO_SEED, reproducibleDemoAsOf } from '../../services/demo/demo-service';
import { cliFile } from '../cli-files';
import { callJob } from '../cli-api';
import { EXIT_OK, UsageError } from '../cli-io';
import type { Command } from '../command';
import { commandArgs, noPositionals, onePath } from '../command-args';
import { offlineDoorForCli, withCliRuntime } from '../open-for-cli';

function demoOptions(argv: string[]): { size: 'small' | 'large'; seed: number; asOf: string; positionals: string[] } {
  const { values, positionals } = commandArgs(argv, { size: { type: 'string' }, seed: { type: 'string' }, 'as-of': { type: 'string' } });
  if (values.size !== 'small' && values.size !== 'large') throw new UsageError('--size 必须是 small 或 large');
  const seed = values.seed === undefined ? DEFAULT_DEMO_SEED : Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new UsageError('--seed 必须是非负整数');
  const today = todayIso();
  const asOf = values['as-of'] ?? reproducibleDemoAsOf(today);
  if (!isValidIsoDate(asOf) || asOf > today) throw new UsageError('--as-of 必须是不晚于今天的日期（YYYY-MM-DD）');
  return { size: values.size, seed, asOf, positionals };
}

export const demoCommand: Command = {
  name: 'demo',
  usage: 'demo --size small|large [--seed N] [--as-of YYYY-MM-DD] [--db PATH] [--json]',
  summary: '生成演示街道并载入（空）数据库；同一种子总是生成相同的数据',
  async run(ctx) {
    const { size, seed, asOf, positionals } = demoOptions(ctx.argv);
    noPositionals(positionals);
    return withCliRuntime(ctx, 'create', async (runtime) => {
      const started = performance.now();
      const loaded = (await callJob(runtime, 'demo.load', { size, seed, asOf })) as DemoLoaded;
      const seconds = (performance.now() - started) / 1000;
      const rows = Object.values(loaded.counts).reduce((a, b) => a + b, 0);
      const lines = [`已载入演示街道“${loaded.street}”（${seconds.toFixed(1)} 秒，${Math.round(rows / seconds)} 行/秒）：`, ...Object.entries(loaded.counts).map(([k, n]) => `  ${k}：${n}`)];
      ctx.io.out(lines.join('\n'), { ok: true, size, seed, asOf, street: loaded.street, counts: loaded.counts, seconds, rowsPerSecond: Math.round(rows / seconds) });
      return EXIT_OK;
    });
  },
};

export const demoWorkbookCommand: Command = {
  name: 'demo-workbook',
  usage: 'demo-workbook --size small|large [--seed N] [--as-of YYYY-MM-DD] FILE [--json]',
  summary: '把演示街道直接写成标准数据工作簿（不经数据库）',
  async run(ctx) {
    const { size, seed, asOf, positionals } = demoOptions(ctx.argv);
    const path = onePath(positionals, '请给出要写入的文件名');
    // No database: the offline door serves demo.workbook.
    const door = offlineDoorForCli(ctx);
    const file = cliFile(door, path, 'output');
    const { counts } = (await callJob(door, 'demo.workbook', { size, seed, asOf, file })) as DemoWorkbookWritten;
    ctx.io.out([`已写入：${path}`, ...Object.entries(counts).map(([k, n]) => `  ${k}：${n} 行`)].join('\n'), { ok: true, file: path, size, seed, asOf, counts });
    return EXIT_OK;
  },
};
