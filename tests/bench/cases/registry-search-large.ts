import type { BenchCase } from '../bench-case';
import { LARGE_SEED, openRuntimeAt } from '../large-street';
import { describeLatency, latencyOf, seededRandom, timed } from '../latency';
import { prepareLargeCopy } from '../population-bench';

const QUERIES = 300;
const WARM_UP = 20;

interface Sample {
  name: string;
  initials: string;
  idNumber: string;
  phone: string | null;
}

/** What clerks type into the header search, drawn from the street's own persons. */
function queryKinds(samples: readonly Sample[], random: ReturnType<typeof seededRandom>): [string, () => string][] {
  const withPhone = samples.filter((s) => s.phone !== null);
  const person = () => random.pick(samples);
  const part = (text: string, min: number, max: number): string => {
    const length = min + random.next(max - min + 1);
    const start = random.next(Math.max(1, text.length - length + 1));
    return text.slice(start, start + length);
  };
  return [
    ['name prefix', () => person().name.slice(0, 1 + random.next(2))],
    ['full name', () => person().name],
    ['name part', () => person().name.slice(1, 2 + random.next(2)) || person().name],
    ['pinyin initials', () => person().initials.slice(0, 2 + random.next(2))],
    ['ID prefix', () => person().idNumber.slice(0, 6 + random.next(9))],
    ['ID part', () => part(person().idNumber, 4, 8)],
    ['phone part', () => part(random.pick(withPhone).phone ?? '', 4, 7)],
  ];
}

export const registrySearchLarge: BenchCase = {
  name: 'registry-search-large',
  description: `search.persons through the API (dispatch), ${QUERIES} queries: names, pinyin initials (zw), partial ID numbers, phone fragments; large street`,
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const samples = runtime.db.sqlite
        .prepare('SELECT name, name_initials AS initials, id_number AS idNumber, phone FROM persons ORDER BY id')
        .all() as Sample[];
      const random = seededRandom(LARGE_SEED);
      const kinds = queryKinds(samples, random);
      const search = async (q: string): Promise<[number, number]> => {
        const [result, ms, cpuMs] = await timed(() => runtime.call('search.persons', { q, limit: 20 }));
        if (!result.ok) throw new Error(`search.persons “${q}”: ${result.error.message}`);
        return [ms, cpuMs];
      };
      for (let i = 0; i < WARM_UP; i += 1) await search(random.pick(kinds)[1]());
      const all: number[] = [];
      const cpu: number[] = [];
      const byKind = new Map<string, number[]>();
      for (let i = 0; i < QUERIES; i += 1) {
        const [kind, make] = kinds[i % kinds.length] ?? ['name prefix', () => '张'];
        const [ms, cpuMs] = await search(make());
        all.push(ms);
        cpu.push(cpuMs);
        byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
      }
      ctx.note(`${samples.length.toLocaleString('en')} persons; ${describeLatency(`${QUERIES} queries`, all)} (wall = p95, target < 50 ms)`);
      ctx.note(describeLatency('CPU time per query', cpu));
      for (const [kind, times] of byKind) ctx.note(describeLatency(kind, times));
      return { wallMs: latencyOf(all).p95 };
    } finally {
      runtime.close();
    }
  },
};
