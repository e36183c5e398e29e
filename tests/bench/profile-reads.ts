/**
 * Profiling aid (not a bench case): where the cold and after-write reads of the assessment and the worklist spend
 * their time, SQL (better-sqlite3 calls) against JavaScript. `tsx tests/bench/profile-reads.ts DIR` on a data folder
 * holding a copy of the large street.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { forgetMemoReads } from '../../db/read-memo';
import { buildWorklist } from '../../electron/services/worklist/build-worklist';
import { clerkWrites } from './clerk-writes';
import { LARGE_AS_OF, openRuntimeAt } from './large-street';

const dir = process.argv[2] ?? '';
const runtime = openRuntimeAt(dir);
const sqlite = runtime.db.sqlite;
const proto = Object.getPrototypeOf(sqlite.prepare('SELECT 1')) as Record<string, (...a: unknown[]) => unknown>;
let sqlMs = 0;
const bySql = new Map<string, number>();
for (const method of ['all', 'get', 'run'] as const) {
  const original = proto[method];
  if (!original) continue;
  proto[method] = function (this: { source: string }, ...args: unknown[]) {
    const start = performance.now();
    try {
      return original.apply(this, args);
    } finally {
      const took = performance.now() - start;
      sqlMs += took;
      const key = this.source.replace(/\s+/g, ' ').slice(0, 110);
      bySql.set(key, (bySql.get(key) ?? 0) + took);
    }
  };
}
const profileDir = process.env.PROFILE_DIR;
let profileCount = 0;
const session = new Session();
session.connect();
if (profileDir) {
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
}
async function measure(label: string, fn: () => Promise<unknown> | unknown): Promise<void> {
  sqlMs = 0;
  bySql.clear();
  if (profileDir) await session.post('Profiler.start');
  const start = performance.now();
  await fn();
  const total = performance.now() - start;
  if (profileDir) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(`${profileDir}/${(profileCount += 1)}-${label.replace(/[^a-z0-9]+/gi, '-')}.cpuprofile`, JSON.stringify(profile));
  }
  const top = [...bySql].sort((a, b) => b[1] - a[1]).slice(0, 8);
  process.stdout.write(`${label}: ${total.toFixed(0)} ms, SQL ${sqlMs.toFixed(0)} ms\n`);
  for (const [sql, ms] of top) if (ms > 3) process.stdout.write(`    ${ms.toFixed(0).padStart(5)}  ${sql}\n`);
}
const assess = async () => {
  const r = await runtime.call('assessment.run', { standardId: 'chongqing-2007', asOf: LARGE_AS_OF });
  if (!r.ok) throw new Error(r.error.message);
};
const only = process.argv[3] ?? 'both';
await assess();
buildWorklist(runtime.db, '2026-01-01', null);
if (only !== 'worklist') {
  forgetMemoReads(sqlite);
  await measure('assess cold', assess);
  await measure('assess repeat', assess);
}
if (only !== 'assess') {
  forgetMemoReads(sqlite);
  await measure('worklist cold', () => buildWorklist(runtime.db, LARGE_AS_OF, null));
  await measure('worklist repeat', () => buildWorklist(runtime.db, LARGE_AS_OF, null));
}
for (const write of clerkWrites(runtime, LARGE_AS_OF)) {
  await write.write();
  if (only !== 'worklist') await measure(`assess after ${write.label}`, assess);
  if (only !== 'assess') await measure(`worklist after ${write.label}`, () => buildWorklist(runtime.db, LARGE_AS_OF, null));
}
runtime.close();
