/**
 * The households a settings change recomputes (recompute-scope-repo.ts) leave out those whose episodes cannot change;
 * here on households built at the edges of what that selection reads: every date of a member (spells, wishes,
 * memberships, archiving, household flags) falls on, a day before or a day after some member's retirement date
 * under one of the rules, or a day before or after the windows between them. After each change the incremental
 * result must equal a full recompute.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recomputeEverything } from '../../../electron/services/population/recompute';
import { recomputeForSettingsChange } from '../../../electron/services/population/settings-recompute';
import type { SettingsRecompute } from '../../../electron/services/population/settings-recompute';
import { loadDemoStreet } from '../../../electron/services/demo/demo-service';
import { POPULATION_SETTINGS_KEY, readPopulationSettings } from '../../../electron/services/settings/population-settings';
import { writeSetting } from '../../../db/repositories/system/settings-repo';
import { inTransaction } from '../../../db/transaction';
import { addDays } from '../../../shared/domain/dates';
import { makeIdNumber } from '../../../shared/domain/id-number';
import { retirementDate } from '../../../shared/domain/population/retirement';
import { DEFAULT_POPULATION_SETTINGS, FIXED_RETIREMENT_AGES } from '../../../shared/domain/population/settings';
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import { derivedStateDigest } from '../../fixtures/derived-state';
import { tempRuntime } from '../support/temp-runtime';

let runtime: ReturnType<typeof tempRuntime>;

const FIXED: PopulationSettings = { ...DEFAULT_POPULATION_SETTINGS, retirementRule: FIXED_RETIREMENT_AGES };
const LATER: PopulationSettings = { ...DEFAULT_POPULATION_SETTINGS, retirementRule: { kind: 'fixed', men: 61, women55: 56, women50: 51 } };
const RULES = [DEFAULT_POPULATION_SETTINGS, FIXED, LATER];

/** A small deterministic generator (mulberry32). */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUSEHOLDS = 400;
const RELATIONS = ['head', 'spouse', 'child', 'parent'] as const;

/** Appends the edge households to the demo street (rows written as the app stores them). */
function addEdgeHouseholds(): number[] {
  const random = generator(16);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const sql = runtime.db.sqlite;
  const now = '2026-11-20T00:00:00.000Z';
  const communityId = sql.prepare('SELECT id FROM communities ORDER BY id LIMIT 1').pluck().get() as number;
  const insertHousehold = sql.prepare('INSERT INTO households (number, community_id, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const insertPerson = sql.prepare(`INSERT INTO persons (id_number, name, gender, birth_date, household_id, relation, work_ability, is_student, is_retired,
    retirement_base, archived_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?)`);
  const insertMembership = sql.prepare('INSERT INTO household_memberships (person_id, household_id, relation, from_date, to_date) VALUES (?, ?, ?, ?, ?)');
  const insertSpell = sql.prepare("INSERT INTO employment_spells (person_id, start_date, end_date, kind, created_at, updated_at) VALUES (?, ?, ?, 'unit', ?, ?)");
  const insertWish = sql.prepare('INSERT OR IGNORE INTO employment_wishes (person_id, recorded_on, has_wish, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const insertFlag = sql.prepare('INSERT OR IGNORE INTO household_flags (household_id, flag, value, effective_from) VALUES (?, ?, ?, ?)');
  const ids: number[] = [];
  for (let h = 0; h < HOUSEHOLDS; h += 1) {
    const householdId = Number(insertHousehold.run(`EDGE${h}`, communityId, now, now).lastInsertRowid);
    ids.push(householdId);
    const members = Array.from({ length: 2 + Math.floor(random() * 2) }, (_v, i) => {
      const gender = pick(['M', 'F'] as const);
      const birthDate = `${1960 + Math.floor(random() * 25)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      const retirementBase = gender === 'F' ? pick([null, 50, 55] as const) : null;
      return { gender, birthDate, retirementBase, relation: RELATIONS[i] ?? 'other' };
    });
    // The dates every other date is placed on: each member's retirement date under each rule, a day either side.
    const anchors = members.flatMap((m) => RULES.map((settings) => retirementDate(m, settings))).flatMap((d) => [addDays(d, -2), addDays(d, -1), d, addDays(d, 1)]);
    const onAnchor = () => pick(anchors);
    const later = (from: string) => {
      const after = anchors.filter((d) => d >= from);
      return after.length === 0 ? null : pick(after);
    };
    if (random() < 0.3) insertFlag.run(householdId, 'urban', random() < 0.5 ? 1 : 0, null);
    if (random() < 0.3) insertFlag.run(householdId, 'urban', random() < 0.5 ? 1 : 0, onAnchor());
    if (random() < 0.2) insertFlag.run(householdId, 'business_income', 1, random() < 0.5 ? null : onAnchor());
    if (random() < 0.2) insertFlag.run(householdId, 'business_income', 0, onAnchor());
    members.forEach((m, i) => {
      const archivedOn = random() < 0.3 ? onAnchor() : null;
      const personId = Number(
        insertPerson.run(makeIdNumber('321102', m.birthDate, 100 + ((h * 4 + i) % 900)), `边${h}-${i}`, m.gender, m.birthDate, householdId, m.relation,
          random() < 0.1 ? 'none' : 'full', m.retirementBase, archivedOn, now, now).lastInsertRowid,
      );
      const from = random() < 0.7 ? null : onAnchor();
      const to = random() < 0.7 ? null : later(from ?? '1900-01-01');
      insertMembership.run(personId, householdId, random() < 0.15 ? pick(RELATIONS) : m.relation, from, to);
      const spells = Math.floor(random() * 3);
      let start: string | null = random() < 0.5 ? '2015-03-01' : onAnchor();
      for (let s = 0; s < spells && start !== null; s += 1) {
        const end = random() < 0.4 ? null : later(start);
        insertSpell.run(personId, start, end, now, now);
        if (end === null) break;
        start = later(addDays(end, 1 + Math.floor(random() * 2)));
      }
      insertWish.run(personId, null, random() < 0.85 ? 1 : 0, now, now);
      if (random() < 0.4) insertWish.run(personId, onAnchor(), random() < 0.5 ? 1 : 0, now, now);
      if (random() < 0.2) insertWish.run(personId, onAnchor(), random() < 0.5 ? 1 : 0, now, now);
    });
  }
  return ids;
}

let edgeHouseholds: Set<number>;

beforeAll(() => {
  runtime = tempRuntime();
  loadDemoStreet(runtime.db, runtime.caller(), { size: 'small', seed: 20261120, asOf: '2026-11-20', today: '2026-11-20' });
  edgeHouseholds = new Set(inTransaction(runtime.db, addEdgeHouseholds));
  recomputeEverything(runtime.db);
}, 120_000);
afterAll(() => runtime.dispose());

function change(settings: PopulationSettings): SettingsRecompute {
  return inTransaction(runtime.db, () => {
    const before = readPopulationSettings(runtime.db);
    writeSetting(runtime.db, POPULATION_SETTINGS_KEY, JSON.stringify(settings));
    return recomputeForSettingsChange(runtime.db, before, settings);
  });
}

const episodesOfEdges = () =>
  runtime.db.sqlite
    .prepare(
      `SELECT household_id || ' ' || kind || ' ' || appeared || ' ' || IFNULL(ended, '-') || ' ' || IFNULL(end_reason, '-') FROM family_episodes
        WHERE household_id IN (SELECT id FROM households WHERE number LIKE ?) ORDER BY household_id, appeared, kind`,
    )
    .pluck()
    .all('EDGE%') as string[];

const changes: [string, PopulationSettings][] = [
  ['fixed ages', FIXED],
  ['fixed ages a year later', LATER],
  ['the reform, rural households counted', { ...DEFAULT_POPULATION_SETTINGS, ruralExcludedFromZeroEmployment: false }],
  ['fixed ages, rural households counted', { ...FIXED, ruralExcludedFromZeroEmployment: false }],
  ['fixed ages, women without a recorded base from 50', { ...FIXED, defaultWomenRetirementBase: 50 }],
  ['back to the defaults', DEFAULT_POPULATION_SETTINGS],
];

it.each(changes)('edge households, after a change (%s): the incremental result equals a full recompute', (_name, settings) => {
  const before = episodesOfEdges();
  const result = change(settings);
  const incremental = derivedStateDigest(runtime.db);
  const incrementalEdges = episodesOfEdges();
  recomputeEverything(runtime.db);
  expect(derivedStateDigest(runtime.db)).toEqual(incremental);
  expect(episodesOfEdges()).toEqual(incrementalEdges);
  expect(result.persons).toBeGreaterThan(0);
  expect(incrementalEdges).not.toEqual(before);
});

it('the selection leaves some edge households out and recomputes some (the comparison is not vacuous)', () => {
  change(FIXED);
  const scoped = runtime.db.sqlite.prepare('SELECT count(*) FROM households').pluck().get() as number;
  const result = change(DEFAULT_POPULATION_SETTINGS);
  expect(result.rewritten).toBeGreaterThan(0);
  expect(result.households).toBeLessThan(scoped);
  expect(edgeHouseholds.size).toBe(HOUSEHOLDS);
});

it('a street without persons: a retirement change writes and recomputes nothing', () => {
  const empty = tempRuntime();
  try {
    const result = inTransaction(empty.db, () => recomputeForSettingsChange(empty.db, DEFAULT_POPULATION_SETTINGS, { ...FIXED, ruralExcludedFromZeroEmployment: false }));
    expect(result).toEqual({ persons: 0, households: 0, rewritten: 0 });
  } finally {
    empty.dispose();
  }
});
