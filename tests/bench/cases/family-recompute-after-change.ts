import { performance } from 'node:perf_hooks';
import { refreshPersons } from '../../../electron/services/population/recompute';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import type { BenchCase } from '../bench-case';
import { BENCH_TODAY, openRuntimeAt } from '../large-street';
import { describeLatency, latencyOf, timed } from '../latency';
import { prepareLargeCopy } from '../population-bench';

const CHANGES = 200;

/**
 * One member each of `CHANGES` households of two or more members, of working age and not employed today: the
 * members of today's zero-employment families first (the new spell eliminates the family), then others.
 */
function subjects(runtime: DeskRuntime): { personId: number; householdId: number; zeroEmployment: number }[] {
  return runtime.db.sqlite
    .prepare(
      `WITH zero AS (
         SELECT DISTINCT household_id FROM family_episodes
          WHERE kind = 'zero_employment' AND appeared <= $today AND (ended IS NULL OR ended > $today)
       ), candidates AS (
         SELECT p.id AS personId, p.household_id AS householdId, p.household_id IN (SELECT household_id FROM zero) AS zeroEmployment,
                ROW_NUMBER() OVER (PARTITION BY p.household_id ORDER BY p.id) AS nth
           FROM persons p
          WHERE p.archived_on IS NULL AND p.working_age_from <= $today AND p.retirement_on > $today
            AND (SELECT COUNT(*) FROM persons m WHERE m.household_id = p.household_id) >= 2
            AND NOT EXISTS (SELECT 1 FROM employment_spells s WHERE s.person_id = p.id AND (s.end_date IS NULL OR s.end_date >= $today)))
       SELECT personId, householdId, zeroEmployment FROM candidates WHERE nth = 1
        ORDER BY zeroEmployment DESC, (householdId * 7919) % 100003 LIMIT $limit`,
    )
    .all({ today: BENCH_TODAY, limit: CHANGES }) as { personId: number; householdId: number; zeroEmployment: number }[];
}

const ROLLBACK = new Error('rollback');

/**
 * The recompute alone (the person's dates and the household's episodes), inside a transaction that is then rolled
 * back: wall and CPU milliseconds.
 */
function timeRecompute(runtime: DeskRuntime, personId: number): [number, number] {
  let ms: [number, number] = [0, 0];
  try {
    runtime.db.sqlite.transaction(() => {
      const cpu = process.cpuUsage();
      const started = performance.now();
      refreshPersons(runtime.db, [personId]);
      const used = process.cpuUsage(cpu);
      ms = [performance.now() - started, (used.user + used.system) / 1000];
      throw ROLLBACK;
    })();
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
  return ms;
}

function zeroEmploymentToday(runtime: DeskRuntime, householdId: number): boolean {
  return (
    runtime.db.sqlite
      .prepare(
        `SELECT 1 FROM family_episodes WHERE household_id = ? AND kind = 'zero_employment' AND appeared <= ? AND (ended IS NULL OR ended > ?)`,
      )
      .get(householdId, BENCH_TODAY, BENCH_TODAY) !== undefined
  );
}

export const familyRecomputeAfterChange: BenchCase = {
  name: 'family-recompute-after-change',
  description: `spells.add on one member (through the API) of ${CHANGES} households, and the household's family-state recompute alone; large street`,
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const picked = subjects(runtime);
      if (picked.length < CHANGES) throw new Error(`only ${picked.length} households qualify`);
      const writes: number[] = [];
      const recomputes: number[] = [];
      const recomputeCpu: number[] = [];
      let eliminated = 0;
      for (const { personId, householdId, zeroEmployment } of picked) {
        const input = { personId, startDate: BENCH_TODAY, endDate: null, kind: 'unit', employerName: '基准测试用人单位' };
        const [result, ms] = await timed(() => runtime.call('spells.add', input));
        if (!result.ok) throw new Error(`spells.add for person ${personId}: ${result.error.message}`);
        writes.push(ms);
        if (zeroEmployment === 1 && !zeroEmploymentToday(runtime, householdId)) eliminated += 1;
        const [recomputeMs, recomputeCpuMs] = timeRecompute(runtime, personId);
        recomputes.push(recomputeMs);
        recomputeCpu.push(recomputeCpuMs);
      }
      const zeroFamilies = picked.filter((p) => p.zeroEmployment === 1).length;
      ctx.note(`${describeLatency('recompute', recomputes)} (wall = median of the recompute, target < 20 ms)`);
      ctx.note(describeLatency('recompute CPU time', recomputeCpu));
      ctx.note(describeLatency('whole spells.add write', writes));
      ctx.note(`${zeroFamilies} of ${picked.length} households were zero-employment families today; ${eliminated} eliminated by the new spell`);
      return { wallMs: latencyOf(recomputes).p50 };
    } finally {
      runtime.close();
    }
  },
};
