/**
 * The shape of a benchmark case. Each case runs in its own child process (tests/bench/case-runner.ts), so that the
 * wall time and peak RSS reported for it are its own. To add one: a file in tests/bench/cases/ exporting a
 * BenchCase, and one line in tests/bench/cases/index.ts.
 */

export interface BenchContext {
  /** A fresh folder for this run, shared by `setup` and `run`, removed afterwards. */
  workDir: string;
  /** Extra arguments given after `--` (e.g. `npm run bench -- --only import -- --rows 5000`). */
  args: string[];
  /** Adds a short note to the case's row in the table. */
  note(text: string): void;
}

export interface Measurement {
  wallMs: number;
  /** Peak resident set size in MB, or null where it cannot be measured. */
  peakRssMb: number | null;
}

export interface BenchCase {
  name: string;
  description: string;
  /** Needs the built renderer (dist/renderer): the harness builds it once before the cases when missing or stale. */
  needsRenderer?: boolean;
  /** Untimed preparation. Runs in a child process of its own, before the one that runs `run`. */
  setup?(ctx: BenchContext): Promise<void>;
  /**
   * The measured work. The runner times it and reads its process's peak RSS; a case that measures another process
   * (a server it started) returns that process's numbers instead.
   */
  run(ctx: BenchContext): Promise<Partial<Measurement> | void>;
}

/** The line a case runner prints on stdout with its result (JSON after the marker). */
export const RESULT_MARKER = 'BENCH_RESULT ';

export interface CaseRunResult extends Measurement {
  name: string;
  phase: 'setup' | 'run' | 'all';
  notes: string[];
}
