/**
 * Not a test: measures `search.persons` (and a households page) on a large street, in-process through the API.
 *   npm run -s cli -- demo --size large --db /tmp/reg/desk.sqlite
 *   npx tsx tests/unit/registry/measure-search.ts /tmp/reg/desk.sqlite
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { migrationsDir } from '../../../db/migrations-dir';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';

const dbPath = process.argv[2] ?? '/tmp/reg/desk.sqlite';
const dataDir = mkdtempSync(join(tmpdir(), 'desk-measure-'));
const runtime = openDeskRuntime({ dataDir, dbPath, migrationsDir: migrationsDir(), transport: 'browser' });

let seed = 20240601;
const random = (n: number): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const sample = runtime.db.sqlite
  .prepare('SELECT name, name_initials AS initials, id_number AS idNumber, phone FROM persons ORDER BY id')
  .all() as { name: string; initials: string; idNumber: string; phone: string | null }[];
const withPhone = sample.filter((p) => p.phone !== null);
const pick = <T>(list: readonly T[]): T => list[random(list.length)] as T;
const part = (text: string, min: number, max: number): string => {
  const length = min + random(max - min + 1);
  const start = random(Math.max(1, text.length - length + 1));
  return text.slice(start, start + length);
};

const kinds: [string, () => string][] = [
  ['name prefix', () => pick(sample).name.slice(0, 1 + random(2))],
  ['name part', () => pick(sample).name.slice(1, 2 + random(2))],
  ['initials', () => pick(sample).initials.slice(0, 2 + random(2))],
  ['id part', () => part(pick(sample).idNumber, 4, 8)],
  ['phone part', () => part(pick(withPhone).phone ?? '', 4, 7)],
];

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

async function main(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await runtime.call('search.persons', { q: pick(kinds)[1](), limit: 20 }); // warm up
  const all: number[] = [];
  const byKind = new Map<string, number[]>();
  for (let i = 0; i < 200; i += 1) {
    const entry = kinds[i % kinds.length];
    if (!entry) continue;
    const [kind, make] = entry;
    const q = make();
    const started = performance.now();
    const result = await runtime.call('search.persons', { q, limit: 20 });
    const ms = performance.now() - started;
    if (!result.ok) throw new Error(`${q}: ${result.error.message}`);
    all.push(ms);
    byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
    if (process.env.SLOW && ms > 40) console.log(`  slow: ${kind} “${q}” ${ms.toFixed(1)} ms`);
  }
  console.log(`persons: ${sample.length}; 200 queries, limit 20`);
  console.log(`search.persons  p50 ${percentile(all, 50).toFixed(1)} ms  p95 ${percentile(all, 95).toFixed(1)} ms  max ${percentile(all, 100).toFixed(1)} ms`);
  for (const [kind, times] of byKind) {
    console.log(`  ${kind.padEnd(12)} p50 ${percentile(times, 50).toFixed(1)} ms  p95 ${percentile(times, 95).toFixed(1)} ms`);
  }
  const community = runtime.db.sqlite
    .prepare('SELECT community_id AS id, COUNT(*) AS n FROM households GROUP BY community_id ORDER BY n DESC LIMIT 1')
    .get() as { id: number; n: number };
  const listTimes: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    const started = performance.now();
    const page = await runtime.call('households.list', { communityId: community.id, offset: random(community.n), limit: 500 });
    listTimes.push(performance.now() - started);
    if (!page.ok) throw new Error(page.error.message);
  }
  console.log(`households.list (community of ${community.n}, 500 rows) p95 ${percentile(listTimes, 95).toFixed(1)} ms`);
}

main()
  .finally(() => {
    runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
