/** Latency figures for the per-call benchmark cases: percentiles, a one-line summary, and a seeded random source. */
import { performance } from 'node:perf_hooks';

/** The nearest-rank percentile (p in 0–100) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export function latencyOf(values: readonly number[]): Latency {
  return { n: values.length, p50: percentile(values, 50), p95: percentile(values, 95), max: percentile(values, 100) };
}

/** `label p50 1.2 ms, p95 3.4 ms, max 9.0 ms` */
export function describeLatency(label: string, values: readonly number[]): string {
  const l = latencyOf(values);
  return `${label} p50 ${l.p50.toFixed(1)} ms, p95 ${l.p95.toFixed(1)} ms, max ${l.max.toFixed(1)} ms`;
}

/**
 * Runs `fn` and returns its result with the milliseconds it took: wall-clock time, and this process's CPU time
 * (user + system) — on a busy machine the CPU time shows what the work itself costs, without the waits for a core.
 */
export async function timed<T>(fn: () => T | Promise<T>): Promise<[T, number, number]> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await fn();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return [value, wall, (used.user + used.system) / 1000];
}

/** A small deterministic generator (the same picks on every run): `next(n)` is an integer in [0, n). */
export function seededRandom(seed: number): { next(n: number): number; pick<T>(list: readonly T[]): T } {
  let state = seed >>> 0;
  const next = (n: number): number => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
  return {
    next,
    pick<T>(list: readonly T[]): T {
      if (list.length === 0) throw new Error('nothing to pick from');
      return list[next(list.length)] as T;
    },
  };
}
