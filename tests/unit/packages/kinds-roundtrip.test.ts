/**
 * Each kind's round trip (issue #18, tests): export from one install, import into an empty one (a fresh install of
 * the receiving street), and the receiving database holds the same data.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoStreet } from '../../../electron/services/demo/demo-service';
import { saveImportedStandard } from '../../../electron/services/assessment/standards-service';
import { submissionRecords } from '../../../electron/services/packages/annual/annual-kind';
import { loadCalendar } from '../../../electron/services/calendar/load-calendar';
import { readPopulationSettings } from '../../../electron/services/settings/population-settings';
import { readWorklistSettings } from '../../../electron/services/settings/worklist-settings';
import { listStandardRows } from '../../../db/repositories/assessment/standards-repo';
import { databaseRecords } from '../../../electron/services/workbook/database-records';
import { PRESET_STANDARDS } from '../../../shared/domain/standards/presets';
import { jobResult } from '../support/follow-job';
import { buildPackage, head, PASS } from '../../fixtures/package-builder';
import { csvOf, SAMPLE_2027_ROWS } from '../calendar/sample-files';
import { tempDir, tempRuntime } from '../support/temp-runtime';
import { addCommunities, exportFrom, importInto, install, rows, TODAY } from './package-support';
import type { Install } from './package-support';
import { DEFAULT_PRINT_SETTINGS, readPrintSettings } from '../../../electron/services/street/print-settings';

let dir: string;
let demo: Install;
const opened: Install[] = [];
async function fresh(code = '321102001', name = '解放路街道'): Promise<Install> {
  const runtime = await install(code, name);
  opened.push(runtime);
  return runtime;
}

beforeAll(async () => {
  dir = tempDir('desk-pkg-roundtrip-');
  demo = tempRuntime();
  loadDemoStreet(demo.db, demo.caller(), { size: 'small', seed: 20261120, asOf: TODAY, today: TODAY });
}, 120_000);
afterAll(() => {
  demo.dispose();
  for (const r of opened) r.dispose();
});

describe('standard', () => {
  it('a bureau’s rule set travels with its exact definition', async () => {
    const a = await fresh();
    const preset = PRESET_STANDARDS[0];
    if (!preset) throw new Error('no preset');
    saveImportedStandard(a.db, a.caller(), { ...preset, id: 'zhenjiang-2026', version: '2026.1', name: '镇江市充分就业社区标准（2026）', source: '镇人社发〔2026〕1号' }, 'zj.json');
    const out = await exportFrom(a, dir, 'standards.cfjy', { kind: 'standard' });
    expect(out.manifest.recipient.code).toBe('*');
    const b = await fresh('321102002', '谏壁街道');
    const { imported } = await importInto(b, out.path);
    expect(imported.summary.standards).toEqual({ new: 1, changed: 0, unchanged: PRESET_STANDARDS.length, conflicts: 0 });
    const body = (r: Install) => listStandardRows(r.db).map((s) => [s.standardId, s.version, s.body]).sort();
    expect(body(b)).toEqual(body(a));
  });
});

describe('calendar', () => {
  it('a year’s holidays and make-up workdays arrive whole', async () => {
    const a = await fresh();
    const csv = join(dir, 'calendar-2027.csv');
    writeFileSync(csv, csvOf(SAMPLE_2027_ROWS));
    const ref = a.files.register({ path: csv, name: 'calendar-2027.csv', direction: 'input' });
    expect((await a.call('calendar.import', { file: ref })).ok).toBe(true);
    const out = await exportFrom(a, dir, 'calendar-2027.cfjy', { kind: 'calendar', year: 2027 });
    expect(out.manifest.period).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    const b = await fresh('321102002', '谏壁街道');
    const { imported } = await importInto(b, out.path);
    expect(imported.summary.calendarYears).toEqual({ new: 1, changed: 0, unchanged: 0, conflicts: 0 });
    const year = (r: Install) => {
      const { calendar } = loadCalendar(r.db);
      const days: string[] = [];
      for (let m = 1; m <= 12; m += 1) for (let d = 1; d <= 31; d += 1) {
        const date = `2027-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const e = calendar.exceptionOn(date);
        if (e) days.push(`${date} ${e.kind} ${e.name}`);
      }
      return { days, lastYear: calendar.lastYear };
    };
    expect(year(b)).toEqual(year(a));
    expect(year(b).lastYear).toBe(2027);
  });

  it('a year beyond the calendar cannot be exported', async () => {
    const a = await fresh();
    await expect(exportFrom(a, dir, 'calendar-2031.cfjy', { kind: 'calendar', year: 2031 })).rejects.toThrow(/没有 2031 年的节假日安排/);
  });
});

describe('parameters', () => {
  it('the population rules, the worklist’s day counts and the masking rule', async () => {
    const a = await fresh();
    const population = { retirementRule: { kind: 'fixed', men: 60, women55: 55, women50: 50 }, defaultWomenRetirementBase: 50, age4050: { women: 45, men: 55 }, ruralExcludedFromZeroEmployment: false } as const;
    await jobResult(a, 'population.setSettings', population);
    const worklist = { ...readWorklistSettings(a.db), guidanceWorkingDays: 5, followUpIntervalMonths: 2 };
    expect((await a.call('worklist.setSettings', worklist)).ok).toBe(true);
    const masking = { idNumber: { keepStart: 4, keepEnd: 2 }, phone: { keepStart: 3, keepEnd: 2 } };
    expect((await a.call('printSettings.set', { ...readPrintSettings(a.db), masking })).ok).toBe(true);
    const out = await exportFrom(a, dir, 'parameters.cfjy', { kind: 'parameters' });
    const b = await fresh('321102002', '谏壁街道');
    const { imported } = await importInto(b, out.path);
    expect(imported.summary.parameters).toEqual({ new: 3, changed: 0, unchanged: 0, conflicts: 0 });
    expect(readPopulationSettings(b.db)).toEqual(readPopulationSettings(a.db));
    expect(readWorklistSettings(b.db)).toEqual(readWorklistSettings(a.db));
    expect(readPrintSettings(b.db)).toEqual({ ...readPrintSettings(b.db), masking });
    // The notice's standards stay the street's own: only the masking rule travels.
    expect(readPrintSettings(b.db).notice).toEqual(DEFAULT_PRINT_SETTINGS.notice);
  });
});

describe('code list', () => {
  it('communities with their codes, names and kinds', async () => {
    const out = await exportFrom(demo, dir, 'codes.cfjy', { kind: 'code-list' });
    const b = await fresh('321102001', '江滨街道');
    await importInto(b, out.path);
    const list = 'SELECT code, name, kind FROM communities ORDER BY code';
    expect(rows(b, list)).toEqual(rows(demo, list));
  });
});

describe('bureau verdicts', () => {
  it('the verdicts a street received travel on to another install of the street, still the bureau’s', async () => {
    const a = await fresh();
    const b = await fresh();
    const communities = [
      { code: '321102001001', name: '江滨社区' },
      { code: '321102001002', name: '新河社区' },
    ];
    await addCommunities(a, communities);
    await addCommunities(b, communities);
    const fromBureau = await buildPackage(dir, 'verdicts-2026.cfjy', head('bureau-verdicts', { recipient: { code: '321102001', name: '解放路街道' }, period: { from: '2026-01-01', to: '2026-12-31' } }), [
      {
        entity: 'verdicts',
        records: [
          { year: 2026, communityCode: '321102001001', communityName: '江滨社区', result: 'excellent', stars: 4, decidedOn: '2026-11-18', decidedBy: '镇江市人社局', note: '推荐省级示范' },
          { year: 2026, communityCode: '321102001002', communityName: '新河社区', result: 'fail', stars: null, decidedOn: '2026-11-18', decidedBy: '镇江市人社局', note: null },
        ],
      },
    ]);
    await importInto(a, fromBureau.path);
    const out = await exportFrom(a, dir, 'verdicts-forward.cfjy', { kind: 'bureau-verdicts', year: 2026 });
    expect(out.manifest.recipient.code).toBe('321102001');
    const { imported } = await importInto(b, out.path);
    expect(imported.summary.verdicts).toEqual({ new: 2, changed: 0, unchanged: 0, conflicts: 0 });
    const list = 'SELECT v.year, c.code, v.result, v.stars, v.decided_on, v.decided_by, v.note FROM bureau_verdicts v JOIN communities c ON c.id = v.community_id ORDER BY c.code';
    expect(rows(b, list)).toEqual(rows(a, list));
    expect(rows(b, list)).toHaveLength(2);
  });
});

describe('annual submission', () => {
  it('the frozen year arrives at the bureau’s desk as it was frozen', async () => {
    const saved = await demo.call('assessment.save', { standardId: 'chongqing-2007', asOf: '2026-11-20' });
    if (!saved.ok) throw new Error(saved.error.message);
    const frozen = await demo.call('annual.freeze', { year: 2026, assessmentId: (saved.value as { id: number }).id, recommended: [] });
    expect(frozen.ok).toBe(true);
    await expect(exportFrom(demo, dir, 'annual-plain.cfjy', { kind: 'annual-submission', year: 2026 })).rejects.toThrow(/必须加密/);
    const out = await exportFrom(demo, dir, 'annual.cfjy', { kind: 'annual-submission', year: 2026, passphrase: PASS });
    expect(out.sealed).toBe(true);
    expect(out.manifest.recipient.code).toBe('321102');
    const bureau = await fresh('321102009', '京口区人社局窗口');
    const { imported } = await importInto(bureau, out.path, PASS);
    expect(imported.summary).toEqual({ submission: { new: 1, changed: 0, unchanged: 0, conflicts: 0 }, communityResults: { new: 3, changed: 0, unchanged: 0, conflicts: 0 } });
    const [received] = rows<{ header: string; communities: string }>(bureau, 'SELECT header, communities FROM received_submissions');
    const sent = submissionRecords(demo.db, 2026, { code: '321102001', name: '江滨街道（演示）' });
    expect(JSON.parse(received?.header ?? '{}')).toEqual(JSON.parse(JSON.stringify(sent.head)));
    expect(JSON.parse(received?.communities ?? '[]')).toEqual(JSON.parse(JSON.stringify(sent.units)));
  });
});

describe('community transfer', () => {
  it('a community’s households and persons with their histories arrive under the new street’s code', async () => {
    const out = await exportFrom(demo, dir, 'transfer.cfjy', { kind: 'community-transfer', recipient: '321102002', communityCodes: ['321102001001'], passphrase: PASS });
    expect(out.notes[0]).toMatch(/导出不会把他们从本街道迁出/);
    const b = await fresh('321102002', '谏壁街道');
    const { imported } = await importInto(b, out.path, PASS);
    const persons = rows<{ n: number }>(demo, "SELECT COUNT(*) AS n FROM persons p JOIN households h ON h.id = p.household_id JOIN communities c ON c.id = h.community_id WHERE c.code = '321102001001'")[0]?.n ?? 0;
    expect(persons).toBeGreaterThan(50);
    expect(imported.summary.persons).toEqual({ new: persons, changed: 0, unchanged: 0, conflicts: 0 });
    expect(rows(b, 'SELECT code, name FROM communities')).toEqual([{ code: '321102002001', name: '江滨社区' }]);

    const ids = new Set((rows<{ id: string }>(b, 'SELECT id_number AS id FROM persons')).map((r) => r.id));
    const sent = databaseRecords(demo.db);
    const got = databaseRecords(b.db);
    const records = <R>(list: Iterable<{ record: R }>) => [...list].map((r) => r.record);
    const only = <R extends { idNumber: string }>(list: Iterable<{ record: R }>) => records(list).filter((r) => ids.has(r.idNumber));
    expect(records(got.persons())).toEqual(only(sent.persons()));
    expect(records(got.wishes())).toEqual(only(sent.wishes()));
    expect(only(sent.wishes()).length).toBeGreaterThan(0);
    // The street's employers and vacancies stay: a spell keeps the employer's name, a referral its content.
    expect(records(got.spells())).toEqual(only(sent.spells()).map((r) => ({ ...r, employerName: r.employerName ?? r.employer, employer: null })));
    expect(records(got.registrations())).toEqual(only(sent.registrations()));
    expect(records(got.services())).toEqual(only(sent.services()).map((r) => ({ ...r, vacancy: null })));
    expect(records(got.recognitions())).toEqual(only(sent.recognitions()));
    expect(records(got.agreements())).toEqual(only(sent.agreements()));
    expect(records(got.measures())).toEqual(only(sent.measures()));
    const numbers = new Set(records(got.households()).map((h) => h.number));
    const ofHouseholds = <R extends { householdNumber: string }>(list: Iterable<{ record: R }>) => records(list).filter((r) => numbers.has(r.householdNumber));
    expect(records(got.householdFlags())).toEqual(ofHouseholds(sent.householdFlags()));
    expect(records(got.householdServices())).toEqual(ofHouseholds(sent.householdServices()));
    const mapped = <R extends { communityCode: string }>(list: Iterable<{ record: R }>) =>
      records(list).filter((r) => r.communityCode === '321102001001').map((r) => ({ ...r, communityCode: '321102002001' }));
    expect(records(got.households())).toEqual(mapped(sent.households()));
    expect(records(got.complaints())).toEqual(mapped(sent.complaints()));
    expect(records(got.communities())).toEqual(records(sent.communities()).filter((c) => c.code === '321102001001').map((c) => ({ ...c, code: '321102002001' })));
    const periods = `SELECT p.id_number, h.number, m.relation, m.from_date, m.to_date FROM household_memberships m JOIN persons p ON p.id = m.person_id
      JOIN households h ON h.id = m.household_id WHERE h.number IN (SELECT value FROM json_each(?)) ORDER BY 1, 4`;
    const numberList = JSON.stringify([...numbers]);
    expect(rows(b, periods, numberList)).toEqual(rows(demo, periods, numberList).filter((r) => ids.has((r as { id_number: string }).id_number)));
    // The derived state was computed for them: the same working-age dates and zero-employment episodes.
    const derived = 'SELECT id_number, working_age_from, retirement_on FROM persons WHERE id_number IN (SELECT value FROM json_each(?)) ORDER BY 1';
    expect(rows(b, derived, JSON.stringify([...ids]))).toEqual(rows(demo, derived, JSON.stringify([...ids])));
  });
});
