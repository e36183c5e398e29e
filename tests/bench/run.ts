/**
 * `npm run bench [-- --only SUBSTRING] [--repeat N] [--list] [--out FILE] [-- case args…]`
 *
 * Runs every benchmark case (tests/bench/cases) in a child process of its own — its optional setup in another one
 * before it — and prints a table of wall time and peak RSS per case; with --repeat N, the median wall time and the
 * largest peak RSS of N runs. Also writes the numbers to bench-results.json (not committed).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RESULT_MARKER } from './bench-case';
import type { BenchCase, CaseRunResult } from './bench-case';
import { benchCases } from './cases';
import { ROOT, tsxCommand } from './paths';

const CASE_RUNNER = 'tests/bench/case-runner.ts';

interface CaseSummary {
  name: string;
  description: string;
  runs: { wallMs: number; peakRssMb: number | null; notes: string[] }[];
  wallMs: number | null;
  peakRssMb: number | null;
  notes: string[];
  error?: string;
}

function usage(): string {
  return [
    'usage: npm run bench -- [--only SUBSTRING]... [--repeat N] [--list] [--out FILE] [-- case args...]',
    `cases: ${Object.keys(benchCases).join(', ')}`,
  ].join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

/** Runs one phase of a case in a child process and returns what it printed after the result marker. */
function runPhase(name: string, phase: 'setup' | 'run', workDir: string, caseArgs: string[]): Promise<CaseRunResult> {
  const { command, args } = tsxCommand(CASE_RUNNER, [name, '--phase', phase, '--work-dir', workDir, '--', ...caseArgs]);
  return new Promise((resolvePhase, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARKER));
      if (code !== 0 || !line) {
        reject(new Error(`${name} (${phase}) exited with ${code}${stderr ? `:\n${stderr.trim()}` : ''}`));
        return;
      }
      resolvePhase(JSON.parse(line.slice(RESULT_MARKER.length)) as CaseRunResult);
    });
  });
}

async function runCase(benchCase: BenchCase, repeat: number, caseArgs: string[]): Promise<CaseSummary> {
  const summary: CaseSummary = { name: benchCase.name, description: benchCase.description, runs: [], wallMs: null, peakRssMb: null, notes: [] };
  try {
    for (let i = 0; i < repeat; i += 1) {
      const workDir = mkdtempSync(join(tmpdir(), `desk-bench-${benchCase.name}-`));
      try {
        if (benchCase.setup) await runPhase(benchCase.name, 'setup', workDir, caseArgs);
        const result = await runPhase(benchCase.name, 'run', workDir, caseArgs);
        summary.runs.push({ wallMs: result.wallMs, peakRssMb: result.peakRssMb, notes: result.notes });
      } finally {
        rmSync(workDir, { recursive: true, force: true });
      }
    }
  } catch (error) {
    summary.error = error instanceof Error ? error.message : String(error);
  }
  if (summary.runs.length > 0) {
    const walls = summary.runs.map((r) => r.wallMs);
    const mid = median(walls);
    summary.wallMs = mid;
    // The notes of the run closest to the median (notes may carry that run's own numbers).
    const typical = summary.runs.reduce((best, r) => (Math.abs(r.wallMs - mid) < Math.abs(best.wallMs - mid) ? r : best));
    summary.notes = [...typical.notes];
    const rss = summary.runs.map((r) => r.peakRssMb).filter((v): v is number => v !== null);
    summary.peakRssMb = rss.length > 0 ? Math.max(...rss) : null;
    if (summary.runs.length > 1) {
      summary.notes.unshift(`median of ${summary.runs.length} (${Math.min(...walls).toFixed(1)}–${Math.max(...walls).toFixed(1)} ms)`);
    }
  }
  return summary;
}

function table(rows: CaseSummary[]): string {
  const cells = rows.map((r) => [
    r.name,
    r.wallMs === null ? '—' : r.wallMs.toFixed(1),
    r.peakRssMb === null ? 'n/a' : r.peakRssMb.toFixed(1),
    r.error ? `FAILED: ${r.error.split('\n')[0] ?? ''}` : r.notes.join('; '),
  ]);
  const header = ['name', 'wall ms', 'peak RSS MB', 'notes'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) =>
    `| ${c.map((v, i) => (i === 1 || i === 2 ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 1 || i === 2 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(header), rule, ...cells.map(line)].join('\n');
}

async function ensureRenderer(): Promise<void> {
  // Builds dist/renderer when it is missing or older than its sources, as scripts/build.ts would, so that
  // `serve` does not build it inside a measurement.
  const { buildRenderer } = await import('../../scripts/build-steps');
  const built = await buildRenderer();
  if (built) process.stderr.write('bench: built the renderer (dist/renderer) first\n');
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      options: {
        only: { type: 'string', multiple: true },
        repeat: { type: 'string', default: '1' },
        list: { type: 'boolean', default: false },
        out: { type: 'string', default: 'bench-results.json' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage()}\n`);
    return 2;
  }
  const { values, positionals: caseArgs } = parsed;
  if (values.help) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1) {
    process.stderr.write(`--repeat must be a positive integer\n${usage()}\n`);
    return 2;
  }

  const all = await Promise.all(Object.entries(benchCases).map(async ([name, load]) => ({ name, benchCase: await load() })));
  for (const { name, benchCase } of all) {
    if (benchCase.name !== name) throw new Error(`the registry entry ${name} loads the case named ${benchCase.name}`);
  }
  const filters = values.only ?? [];
  const selected = all.map((c) => c.benchCase).filter((c) => filters.length === 0 || filters.some((f) => c.name.includes(f)));
  if (values.list) {
    for (const c of selected) process.stdout.write(`${c.name.padEnd(24)} ${c.description}\n`);
    return 0;
  }
  if (selected.length === 0) {
    process.stderr.write(`no case matches ${filters.map((f) => `"${f}"`).join(', ')}\n${usage()}\n`);
    return 2;
  }

  if (selected.some((c) => c.needsRenderer)) await ensureRenderer();

  const summaries: CaseSummary[] = [];
  for (const benchCase of selected) {
    process.stderr.write(`bench: ${benchCase.name}${repeat > 1 ? ` ×${repeat}` : ''}…\n`);
    summaries.push(await runCase(benchCase, repeat, caseArgs));
  }

  process.stdout.write(`${table(summaries)}\n`);
  const outPath = resolve(ROOT, values.out);
  const cpu = cpus()[0];
  writeFileSync(
    outPath,
    `${JSON.stringify(
      {
        createdAt: new Date().toISOString(),
        node: process.version,
        platform: `${process.platform}-${process.arch}`,
        cpu: cpu ? `${cpu.model} ×${cpus().length}` : null,
        repeat,
        caseArgs,
        cases: summaries,
      },
      null,
      2,
    )}\n`,
  );
  process.stderr.write(`bench: results written to ${outPath}\n`);
  const failed = summaries.filter((s) => s.error);
  for (const f of failed) process.stderr.write(`\n${f.name} failed:\n${f.error ?? ''}\n`);
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = await main();
