/**
 * Runs one benchmark case in this process and prints its result as one `BENCH_RESULT {json}` line on stdout
 * (anything else the case prints should go to stderr).
 *
 *   tsx tests/bench/case-runner.ts <case> [--phase setup|run|all] [--work-dir DIR] [-- case args…]
 *
 * `all` (the default, for running a case by hand) does setup and run here; the harness runs them in separate
 * processes so that the setup's memory does not count.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { RESULT_MARKER } from './bench-case';
import type { BenchContext, CaseRunResult } from './bench-case';
import { benchCases } from './cases';

type Phase = CaseRunResult['phase'];

function isPhase(value: string): value is Phase {
  return value === 'setup' || value === 'run' || value === 'all';
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { phase: { type: 'string', default: 'all' }, 'work-dir': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [name, ...args] = positionals;
  const load = name === undefined ? undefined : benchCases[name];
  if (!name || !load) {
    process.stderr.write(`unknown case: ${name ?? '(none)'}; cases: ${Object.keys(benchCases).join(', ')}\n`);
    return 2;
  }
  const phase = values.phase;
  if (!isPhase(phase)) {
    process.stderr.write(`--phase must be setup, run or all, not ${phase}\n`);
    return 2;
  }
  const benchCase = await load();
  if (benchCase.name !== name) throw new Error(`the registry entry ${name} loads the case named ${benchCase.name}`);

  const ownWorkDir = values['work-dir'] === undefined;
  const workDir = values['work-dir'] ?? mkdtempSync(join(tmpdir(), `desk-bench-${name}-`));
  const notes: string[] = [];
  const ctx: BenchContext = { workDir, args, note: (text) => notes.push(text) };
  try {
    if (phase !== 'run') await benchCase.setup?.(ctx);
    let wallMs = 0;
    let reported: Awaited<ReturnType<typeof benchCase.run>> = undefined;
    if (phase !== 'setup') {
      const started = performance.now();
      reported = await benchCase.run(ctx);
      wallMs = performance.now() - started;
    }
    const ownPeakRssMb = process.resourceUsage().maxRSS / 1024;
    const result: CaseRunResult = {
      name,
      phase,
      wallMs: reported?.wallMs ?? wallMs,
      peakRssMb: reported && 'peakRssMb' in reported && reported.peakRssMb !== undefined ? reported.peakRssMb : ownPeakRssMb,
      notes,
    };
    process.stdout.write(`${RESULT_MARKER}${JSON.stringify(result)}\n`);
    return 0;
  } finally {
    if (ownWorkDir) rmSync(workDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
