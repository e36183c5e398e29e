/**
 * The households a retirement-rule change recomputes (recompute-scope-repo.ts): built by hand, one for each way the
 * selection may leave a household out although a member's retirement date moves inside another's window, and one
 * that looks alike but changes and must be recomputed. The incremental result equals a full recompute.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recomputeEverything } from '../../../electron/services/population/recompute';
import { recomputeForSettingsChange } from '../../../electron/services/population/settings-recompute';
import { POPULATION_SETTINGS_KEY, readPopulationSettings } from '../../../electron/services/settings/population-settings';
import { writeSetting } from '../../../db/repositories/system/settings-repo';
import { inTransaction } from '../../../db/transaction';
import { makeIdNumber } from '../../../shared/domain/id-number';
import { retirementDate } from '../../../shared/domain/population/retirement';
import { DEFAULT_POPULATION_SETTINGS, FIXED_RETIREMENT_AGES } from '../../../shared/domain/population/settings';
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import { derivedStateDigest } from '../../fixtures/derived-state';
import { tempRuntime } from '../support/temp-runtime';

const FIXED: PopulationSettings = { ...DEFAULT_POPULATION_SETTINGS, retirementRule: FIXED_RETIREMENT_AGES };
const NOW = '2026-11-20T00:00:00.000Z';

interface Member {
  relation: 'head' | 'spouse';
  gender: 'M' | 'F';
  birthDate: string;
  /** One spell from 2015-03-01: open (employed until today and on) or ended. */
  spell: 'open' | 'ended' | 'none';
}

let runtime: ReturnType<typeof tempRuntime>;
let serial = 0;

function addHousehold(number: string, members: readonly Member[], businessIncome = false): number {
  const sql = runtime.db.sqlite;
  const communityId = sql.prepare('SELECT id FROM communities ORDER BY id LIMIT 1').pluck().get() as number;
  const householdId = Number(sql.prepare('INSERT INTO households (number, community_id, created_at, updated_at) VALUES (?, ?, ?, ?)').run(number, communityId, NOW, NOW).lastInsertRowid);
  sql.prepare("INSERT INTO household_flags (household_id, flag, value, effective_from) VALUES (?, 'urban', 1, NULL)").run(householdId);
  sql.prepare("INSERT INTO household_flags (household_id, flag, value, effective_from) VALUES (?, 'business_income', ?, NULL)").run(householdId, businessIncome ? 1 : 0);
  for (const m of members) {
    serial += 1;
    const personId = Number(
      sql
        .prepare(`INSERT INTO persons (id_number, name, gender, birth_date, household_id, relation, work_ability, is_student, is_retired, retirement_base,
          archived_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'full', 0, 0, NULL, NULL, ?, ?)`)
        .run(makeIdNumber('321102', m.birthDate, 100 + serial), `范${serial}`, m.gender, m.birthDate, householdId, m.relation, NOW, NOW).lastInsertRowid,
    );
    sql.prepare('INSERT INTO household_memberships (person_id, household_id, relation, from_date, to_date) VALUES (?, ?, ?, NULL, NULL)').run(personId, householdId, m.relation);
    sql.prepare('INSERT INTO employment_wishes (person_id, recorded_on, has_wish, created_at, updated_at) VALUES (?, NULL, 1, ?, ?)').run(personId, NOW, NOW);
    if (m.spell !== 'none') {
      sql.prepare("INSERT INTO employment_spells (person_id, start_date, end_date, kind, created_at, updated_at) VALUES (?, '2015-03-01', ?, 'unit', ?, ?)")
        .run(personId, m.spell === 'open' ? null : '2026-06-30', NOW, NOW);
    }
  }
  return householdId;
}

const retiring = (m: Member, settings: PopulationSettings) => retirementDate({ gender: m.gender, birthDate: m.birthDate, retirementBase: null }, settings);

// A: the employed head retires inside the unemployed spouse's window, but after her under each rule: left out.
const A_HEAD: Member = { relation: 'head', gender: 'M', birthDate: '1976-09-16', spell: 'open' };
const A_SPOUSE: Member = { relation: 'spouse', gender: 'F', birthDate: '1979-07-28', spell: 'ended' };
// B: alike, but under each rule the employed head retires before the unemployed spouse: she is then alone in LFW and
// unemployed (zero-employment) until she retires, on other days under each rule: recomputed, and it changes.
const B_HEAD: Member = { relation: 'head', gender: 'M', birthDate: '1970-01-10', spell: 'open' };
const B_SPOUSE: Member = { relation: 'spouse', gender: 'F', birthDate: '1976-06-01', spell: 'ended' };
// C: an unemployed head whose spouse is past working age under both rules (no double-unemployment possible) in a
// household with business income (no zero-employment): left out.
const C_HEAD: Member = { relation: 'head', gender: 'M', birthDate: '1966-05-20', spell: 'ended' };
const C_SPOUSE: Member = { relation: 'spouse', gender: 'F', birthDate: '1955-03-03', spell: 'none' };

beforeAll(() => {
  runtime = tempRuntime();
  runtime.db.sqlite.exec(`INSERT INTO communities (code, name, kind, created_at, updated_at) VALUES ('321102001001', '金山社区', 'community', '${NOW}', '${NOW}')`);
  inTransaction(runtime.db, () => {
    addHousehold('A', [A_HEAD, A_SPOUSE]);
    addHousehold('B', [B_HEAD, B_SPOUSE]);
    addHousehold('C', [C_HEAD, C_SPOUSE], true);
  });
  recomputeEverything(runtime.db);
});
afterAll(() => runtime.dispose());

it('the households are what their comments say (retirement dates under both rules)', () => {
  for (const settings of [DEFAULT_POPULATION_SETTINGS, FIXED]) {
    const [head, spouse] = [retiring(A_HEAD, settings), retiring(A_SPOUSE, settings)];
    expect(head > spouse).toBe(true);
    expect(retiring(B_HEAD, settings) < retiring(B_SPOUSE, settings)).toBe(true);
    expect(retiring(C_SPOUSE, settings) < '2016-01-01').toBe(true);
  }
  // A: the head's earlier date falls inside the spouse's window (between her two dates): the old check selected A.
  const aHeadEarlier = retiring(A_HEAD, FIXED);
  expect(aHeadEarlier > retiring(A_SPOUSE, FIXED) && aHeadEarlier < retiring(A_SPOUSE, DEFAULT_POPULATION_SETTINGS)).toBe(true);
  const episodes = runtime.db.sqlite.prepare("SELECT count(*) FROM family_episodes e JOIN households h ON h.id = e.household_id WHERE h.number = 'B'").pluck().get();
  expect(episodes).toBeGreaterThan(0);
});

it.each([
  ['fixed ages', FIXED],
  ['back to the reform', DEFAULT_POPULATION_SETTINGS],
])('a change to %s recomputes B alone, which changes; the result equals a full recompute', (_name, settings) => {
  const result = inTransaction(runtime.db, () => {
    const before = readPopulationSettings(runtime.db);
    writeSetting(runtime.db, POPULATION_SETTINGS_KEY, JSON.stringify(settings));
    return recomputeForSettingsChange(runtime.db, before, settings);
  });
  expect(result.persons).toBe(5); // C's spouse, born 1955, retires on the same day under both rules
  expect(result).toMatchObject({ households: 1, rewritten: 1 });
  const incremental = derivedStateDigest(runtime.db);
  recomputeEverything(runtime.db);
  expect(derivedStateDigest(runtime.db)).toEqual(incremental);
});
