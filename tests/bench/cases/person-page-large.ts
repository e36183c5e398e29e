import type { MethodName } from '../../../shared/contract';
import type { BenchCase } from '../bench-case';
import { BENCH_TODAY, LARGE_SEED, openRuntimeAt } from '../large-street';
import { describeLatency, latencyOf, seededRandom, timed } from '../latency';
import { prepareLargeCopy } from '../population-bench';

const PERSONS = 250;
const WARM_UP = 10;

/** What the person page asks for when it opens (renderer/pages/person), by method. */
const PAGE_LOADS = (personId: number): [MethodName, unknown][] => [
  ['persons.get', { id: personId }],
  ['persons.timeline', { id: personId }],
  ['population.person', { personId, asOf: BENCH_TODAY }],
  ['services.listForPerson', { personId }],
];

export const personPageLarge: BenchCase = {
  name: 'person-page-large',
  description: `Person page service time through the API (dispatch): persons.get + persons.timeline + population.person + services.listForPerson for ${PERSONS} random persons, large street`,
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const ids = runtime.db.sqlite.prepare('SELECT id FROM persons ORDER BY id').pluck().all() as number[];
      const random = seededRandom(LARGE_SEED + 1);
      const openPage = async (personId: number, byMethod: Map<string, number[]> | null): Promise<[number, number]> => {
        let total = 0;
        let totalCpu = 0;
        for (const [method, input] of PAGE_LOADS(personId)) {
          const [result, ms, cpuMs] = await timed(() => runtime.call(method, input));
          if (!result.ok) throw new Error(`${method} ${JSON.stringify(input)}: ${result.error.message}`);
          total += ms;
          totalCpu += cpuMs;
          byMethod?.set(method, [...(byMethod.get(method) ?? []), ms]);
        }
        return [total, totalCpu];
      };
      for (let i = 0; i < WARM_UP; i += 1) await openPage(random.pick(ids), null);
      const pages: number[] = [];
      const cpu: number[] = [];
      const byMethod = new Map<string, number[]>();
      for (let i = 0; i < PERSONS; i += 1) {
        const [ms, cpuMs] = await openPage(random.pick(ids), byMethod);
        pages.push(ms);
        cpu.push(cpuMs);
      }
      ctx.note(`${ids.length.toLocaleString('en')} persons; ${describeLatency(`${PERSONS} pages, all four calls`, pages)} (wall = p95, target < 50 ms)`);
      ctx.note(describeLatency('CPU time per page', cpu));
      for (const [method, times] of byMethod) ctx.note(describeLatency(method, times));
      return { wallMs: latencyOf(pages).p95 };
    } finally {
      runtime.close();
    }
  },
};
