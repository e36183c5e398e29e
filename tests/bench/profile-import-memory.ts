/**
 * Profiling aid (not a bench case): the standard workbook import's memory phase by phase (read, cross-check, plan,
 * write, derived state) in this process: heap used, RSS and the peak RSS of each phase (Linux: /proc/self/clear_refs
 * resets the peak). `tsx --expose-gc tests/bench/profile-import-memory.ts DIR` on an empty data folder.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { commitImport, finishDerivedState, nextTurn, prepareImport } from '../../electron/services/workbook/import-workbook';
import { readWorkbook } from '../../electron/services/workbook/read-workbook';
import { planImport } from '../../electron/services/workbook/plan-import';
import { contextFrom, loadSnapshot } from '../../electron/services/workbook/workbook-snapshot';
import { crossCheck } from '../../shared/domain/workbook/cross-check';
import { BENCH_TODAY, largeWorkbookPath, openRuntimeAt } from './large-street';

const dir = process.argv[2] ?? '';
const mb = (n: number) => `${(n / 1048576).toFixed(0)}`;
function peak(): number {
  const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return Number(m?.[1] ?? 0) * 1024;
}
function resetPeak(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // not Linux
  }
}
let started = performance.now();
function phase(name: string): void {
  const before = process.memoryUsage();
  const p = peak();
  (globalThis as { gc?: () => void }).gc?.();
  const after = process.memoryUsage();
  const h = getHeapStatistics();
  process.stderr.write(
    `${name.padEnd(22)} ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s  peak RSS ${mb(p)}  RSS ${mb(before.rss)}  heapUsed ${mb(before.heapUsed)} → after gc ${mb(after.heapUsed)} (heap total ${mb(h.total_heap_size)}, external ${mb(after.external)}, arrayBuffers ${mb(after.arrayBuffers)})\n`,
  );
  resetPeak();
  started = performance.now();
}

copyFileSync(largeWorkbookPath, join(dir, 'large.xlsx'));
const runtime = openRuntimeAt(join(dir, 'db'));
phase('opened');
if (process.argv[3] === 'split') {
  const parsed = await readWorkbook(join(dir, 'large.xlsx'), BENCH_TODAY);
  phase('read');
  const snapshot = loadSnapshot(runtime.db);
  crossCheck(parsed.data, parsed.rows, contextFrom(snapshot), parsed.problems);
  phase('cross-check');
  if (process.argv[4]) {
    const { writeHeapSnapshot } = await import('node:v8');
    writeHeapSnapshot(process.argv[4]);
    phase('snapshot written');
  }
  const plan = planImport(parsed.data, snapshot, parsed.present);
  phase('plan');
  void plan;
  runtime.close();
  process.exit(0);
}
const prepared = await prepareImport(runtime.db, join(dir, 'large.xlsx'), 'large.xlsx', BENCH_TODAY, () => undefined);
if (!prepared.preview.ok) throw new Error(JSON.stringify(prepared.preview.errors.slice(0, 3)));
phase('preview (read+plan)');
commitImport(runtime.db, runtime.caller(), prepared);
phase('write');
prepared.plan = null;
phase('let go');
await nextTurn();
finishDerivedState(runtime.db);
phase('derived');
runtime.close();
