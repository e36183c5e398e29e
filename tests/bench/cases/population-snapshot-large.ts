import { performance } from 'node:perf_hooks';
import { allHouseholdInputs } from '../../../db/repositories/population/population-inputs-repo';
import { readPopulationSettings } from '../../../electron/services/settings/population-settings';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import type { SnapshotCounts, StreetSnapshot } from '../../../shared/contract/population';
import { periodContains } from '../../../shared/domain/population/membership';
import { personStateOn } from '../../../shared/domain/population/person-state';
import type { BenchCase } from '../bench-case';
import { LARGE_AS_OF, openRuntimeAt } from '../large-street';
import { timed } from '../latency';
import { prepareLargeCopy } from '../population-bench';

const PERSON_COUNTS = ['labourResources', 'lfw', 'employedLfw', 'unemployed', 'registeredUnemployed', 'longTermUnemployed', 'age4050'] as const;
type PersonCounts = Pick<SnapshotCounts, (typeof PERSON_COUNTS)[number]>;

/**
 * Every person of the street on `asOf` judged one by one by the pure rules (shared/domain/population): the same
 * figures the SQL snapshot must give, and how long the person-by-person way takes.
 */
function personByPerson(runtime: DeskRuntime, asOf: string): { counts: PersonCounts; persons: number; ms: number } {
  const started = performance.now();
  const settings = readPopulationSettings(runtime.db);
  const counts: PersonCounts = { labourResources: 0, lfw: 0, employedLfw: 0, unemployed: 0, registeredUnemployed: 0, longTermUnemployed: 0, age4050: 0 };
  let persons = 0;
  for (const household of allHouseholdInputs(runtime.db)) {
    // Each person once, in the household they belong to on the date (dated membership); nobody outside the street.
    for (const { person, history, membership } of household.members) {
      if (membership !== undefined && !periodContains(membership, asOf)) continue;
      const s = personStateOn(person, history, asOf, settings);
      persons += 1;
      counts.labourResources += Number(s.labourResource);
      counts.lfw += Number(s.lfw);
      counts.employedLfw += Number(s.lfw && s.employed);
      counts.unemployed += Number(s.unemployed);
      counts.registeredUnemployed += Number(s.registered);
      counts.longTermUnemployed += Number(s.longTermUnemployed);
      counts.age4050 += Number(s.is4050);
    }
  }
  return { counts, persons, ms: performance.now() - started };
}

export const populationSnapshotLarge: BenchCase = {
  name: 'population-snapshot-large',
  description: `population.snapshot through the API (dispatch) on ${LARGE_AS_OF}: every person and household of the street, per community and in total; checked against the pure rules person by person; large street`,
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const snapshot = async (asOf: string): Promise<StreetSnapshot> => {
        const result = await runtime.call('population.snapshot', { asOf });
        if (!result.ok) throw new Error(`population.snapshot: ${result.error.message}`);
        return result.value as StreetSnapshot;
      };
      await snapshot('2026-01-01'); // warm-up at another date
      const [street, wallMs, cpuMs] = await timed(() => snapshot(LARGE_AS_OF));

      const t = street.total;
      const pure = personByPerson(runtime, LARGE_AS_OF);
      const differing = PERSON_COUNTS.filter((k) => pure.counts[k] !== t[k]);
      if (differing.length > 0) {
        throw new Error(`the SQL snapshot differs from the pure rules on ${differing.map((k) => `${k} (${t[k]} vs ${pure.counts[k]})`).join(', ')}`);
      }
      const households = Number(runtime.db.sqlite.prepare('SELECT COUNT(*) FROM households').pluck().get());
      ctx.note(
        `${pure.persons.toLocaleString('en')} persons, ${households.toLocaleString('en')} households, ${street.communities.length} communities on ${LARGE_AS_OF}: ` +
          `LF ${t.labourResources}, LFW ${t.lfw}, E∩LFW ${t.employedLfw}, U ${t.unemployed}, RU ${t.registeredUnemployed}, long-term ${t.longTermUnemployed}, ` +
          `4050 ${t.age4050}, 零就业 ${t.zeroEmploymentFamilies}, 双失业 ${t.doubleUnemployedFamilies} (wall = the snapshot call; target < 1 s)`,
      );
      ctx.note(`CPU time of the snapshot call ${cpuMs.toFixed(0)} ms`);
      ctx.note(`same person counts as the pure rules applied person by person (${(pure.ms / 1000).toFixed(1)} s that way, reading included)`);
      return { wallMs };
    } finally {
      runtime.close();
    }
  },
};
