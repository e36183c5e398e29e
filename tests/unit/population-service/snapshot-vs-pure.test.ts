/** The SQL street snapshot equals the pure rules (shared/domain/population) applied to everything, on the small demo. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { membershipMirrorProblems } from '../../../db/repositories/registry/memberships-repo';
import { allHouseholdInputs } from '../../../db/repositories/population/population-inputs-repo';
import { addDays } from '../../../shared/domain/dates';
import { periodContains } from '../../../shared/domain/population/membership';
import { loadDemoStreet } from '../../../electron/services/demo/demo-service';
import type { SnapshotCounts, StreetSnapshot } from '../../../shared/contract/population';
import { familyEpisodes } from '../../../shared/domain/population/family-episodes';
import { familyStateOn } from '../../../shared/domain/population/family-state';
import { personStateOn } from '../../../shared/domain/population/person-state';
import { DEFAULT_POPULATION_SETTINGS } from '../../../shared/domain/population/settings';
import { historyRuntime, ok } from '../history/history-fixture';
import type { Runtime } from '../history/history-fixture';

let runtime: Runtime;

beforeAll(async () => {
  runtime = await historyRuntime();
  runtime.db.sqlite.exec('DELETE FROM street');
  loadDemoStreet(runtime.db, runtime.caller(), { size: 'small', seed: 20261120, asOf: '2025-06-30', today: '2025-06-30' });
});
afterAll(() => runtime.dispose());

const zero = (): SnapshotCounts => ({
  labourResources: 0,
  lfw: 0,
  employedLfw: 0,
  unemployed: 0,
  registeredUnemployed: 0,
  longTermUnemployed: 0,
  age4050: 0,
  zeroEmploymentFamilies: 0,
  doubleUnemployedFamilies: 0,
});

/** Everything loaded into memory, each person and household judged by the pure functions. */
function pureSnapshot(asOf: string): Map<number, SnapshotCounts> {
  const communityOf = new Map(runtime.db.sqlite.prepare('SELECT id, community_id FROM households').raw().all() as [number, number][]);
  const out = new Map<number, SnapshotCounts>();
  const settings = DEFAULT_POPULATION_SETTINGS;
  for (const household of allHouseholdInputs(runtime.db)) {
    const communityId = communityOf.get(household.householdId) ?? 0;
    const counts = out.get(communityId) ?? zero();
    out.set(communityId, counts);
    // Each person once, in the household of the date (dated membership): nobody outside the street counts.
    for (const { person, history, membership } of household.members) {
      if (membership !== undefined && !periodContains(membership, asOf)) continue;
      const s = personStateOn(person, history, asOf, settings);
      counts.labourResources += Number(s.labourResource);
      counts.lfw += Number(s.lfw);
      counts.employedLfw += Number(s.lfw && s.employed);
      counts.unemployed += Number(s.unemployed);
      counts.registeredUnemployed += Number(s.registered);
      counts.longTermUnemployed += Number(s.longTermUnemployed);
      counts.age4050 += Number(s.is4050);
    }
    const episodes = familyEpisodes(household, { from: '1900-01-01', to: asOf }, settings);
    counts.zeroEmploymentFamilies += Number(familyStateOn(episodes, asOf, 'zero_employment').present);
    counts.doubleUnemployedFamilies += Number(familyStateOn(episodes, asOf, 'double_unemployed').present);
  }
  return out;
}

async function compare(asOf: string): Promise<StreetSnapshot> {
  const sql = await ok<StreetSnapshot>(runtime, 'population.snapshot', { asOf });
  const pure = pureSnapshot(asOf);
  for (const community of sql.communities) expect(community.counts, `${community.name} on ${asOf}`).toEqual(pure.get(community.communityId) ?? zero());
  return sql;
}

/** An eliminated zero-employment episode of the demo: present on its appearance date, gone on its end date. */
function eliminatedEpisode(): { appeared: string; ended: string } {
  const row = runtime.db.sqlite
    .prepare("SELECT appeared, ended FROM family_episodes WHERE kind = 'zero_employment' AND end_reason = 'employed' AND ended <= '2025-06-30' ORDER BY ended DESC LIMIT 1")
    .get() as { appeared: string; ended: string } | undefined;
  if (!row) throw new Error('the small demo should hold an eliminated zero-employment family');
  return row;
}

describe('population.snapshot (SQL) equals the pure rules on the small demo', () => {
  it.each(['2016-02-29', '2020-01-01', '2023-03-01', '2024-02-29', '2025-01-01', '2025-06-30', '2026-11-20'])('on %s', async (asOf) => {
    await compare(asOf);
  });

  it('on the day a zero-employment family appears, and on the day it is eliminated', async () => {
    const { appeared, ended } = eliminatedEpisode();
    const onAppeared = await compare(appeared);
    expect(onAppeared.total.zeroEmploymentFamilies).toBeGreaterThan(0);
    await compare(ended);
  });

  it('the demo’s persons mirror their membership periods (what every as-of read assumes)', () => {
    expect(membershipMirrorProblems(runtime.db)).toEqual([]);
  });

  it('on both sides of every move of the demo (the day before and the move date)', async () => {
    const moves = runtime.db.sqlite.prepare('SELECT DISTINCT from_date FROM household_memberships WHERE from_date IS NOT NULL ORDER BY from_date').pluck().all() as string[];
    expect(moves.length).toBeGreaterThan(0);
    for (const date of moves) {
      await compare(addDays(date, -1));
      await compare(date);
    }
  });

  it('the street total sums the communities; one community alone gives the same counts', async () => {
    const all = await compare('2025-06-30');
    expect(all.total.labourResources).toBe(all.communities.reduce((n, c) => n + c.counts.labourResources, 0));
    expect(all.total.labourResources).toBeGreaterThan(0);
    const first = all.communities[0];
    if (!first) throw new Error('no community');
    const one = await ok<StreetSnapshot>(runtime, 'population.snapshot', { asOf: '2025-06-30', communityId: first.communityId });
    expect(one.communities).toEqual([first]);
    expect(one.total).toEqual(first.counts);
  });
});
