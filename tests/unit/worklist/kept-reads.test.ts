/**
 * The kept reads (db/read-memo.ts): after each kind of everyday write (tests/bench/clerk-writes.ts), after voids
 * (作废) and after another connection's commit, the worklist patched from the kept one
 * (electron/services/worklist/build-worklist.ts: only the persons the write touched derived again) and the
 * assessment from its patched street-wide reads equal ones computed afresh on a new connection, today and on a past
 * date; and the untouched persons' worklist rows are really kept, not rebuilt.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open-database';
import type { DeskDatabase } from '../../../db/open-database';
import { forgetMemoReads } from '../../../db/read-memo';
import { migrationsDir } from '../../../db/migrations-dir';
import { loadDemoStreet } from '../../../electron/services/demo/demo-service';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import { buildWorklist, buildWorklistAfresh } from '../../../electron/services/worklist/build-worklist';
import { runAssessment } from '../../../electron/services/assessment/run-assessment';
import { streetHead } from '../../../electron/services/assessment/assessment-handlers';
import type { AssessmentRun } from '../../../shared/contract/assessment';
import type { BuiltWorklist } from '../../../electron/services/worklist/build-worklist';
import { clerkWrites } from '../../bench/clerk-writes';
import { tempDir } from '../support/temp-runtime';

const AS_OF = '2026-11-20';
const PAST = '2026-06-30';
const TODAY = '2026-11-23';
const FIVE_CLEAR = { skills: { clear: false }, jobWish: { clear: false }, family: { clear: false }, employment: { clear: false }, policies: { clear: false } };

let dataDir: string;
let runtime: DeskRuntime;
let other: DeskDatabase;
let community: number;

beforeAll(() => {
  dataDir = tempDir('desk-kept-worklist-');
  runtime = openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser', today: () => TODAY });
  loadDemoStreet(runtime.db, runtime.caller(), { size: 'small', seed: 20261120, asOf: AS_OF, today: TODAY });
  other = openDatabase(join(dataDir, 'desk.sqlite'), { migrationsDir: migrationsDir(), readOnly: true });
  community = runtime.db.sqlite.prepare('SELECT community_id FROM households GROUP BY community_id ORDER BY COUNT(*) DESC LIMIT 1').pluck().get() as number;
}, 180_000);
afterAll(() => {
  other.close();
  runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A worklist built afresh on another connection, nothing kept. */
function fresh(asOf: string, communityId: number | null): BuiltWorklist {
  forgetMemoReads(other.sqlite);
  return buildWorklistAfresh(other, asOf, communityId);
}

const SCOPES: [string, string, () => number | null][] = [
  ['the street today', AS_OF, () => null],
  ['the street on a past date', PAST, () => null],
  ['one community today', AS_OF, () => community],
];

function kept(): BuiltWorklist[] {
  return SCOPES.map(([, asOf, communityId]) => buildWorklist(runtime.db, asOf, communityId()));
}

const STANDARDS = ['chongqing-2007', 'zhenjiang-scored'];

/** The assessment through the API (its reads kept on the runtime's connection), without the time it was computed. */
async function assessed(standardId: string, asOf: string): Promise<Omit<AssessmentRun, 'computedAt'>> {
  const { computedAt: _computedAt, ...run } = (await must('assessment.run', { standardId, asOf })) as AssessmentRun;
  return run;
}

function assessedAfresh(standardId: string, asOf: string): Omit<AssessmentRun, 'computedAt'> {
  forgetMemoReads(other.sqlite);
  const { computedAt: _computedAt, ...run } = runAssessment(other, { standardId, asOf }, TODAY, streetHead(other));
  return run;
}

async function expectEqualToFresh(): Promise<void> {
  for (const [name, asOf, communityId] of SCOPES) {
    const built = buildWorklist(runtime.db, asOf, communityId());
    expect(built, name).toEqual(fresh(asOf, communityId()));
  }
  for (const standardId of STANDARDS) {
    for (const asOf of [AS_OF, PAST]) expect(await assessed(standardId, asOf), `${standardId} on ${asOf}`).toEqual(assessedAfresh(standardId, asOf));
  }
}

/** Rows of persons other than `touched` are the very objects kept before the write: the worklist was patched. */
function expectPatched(before: BuiltWorklist, touched: readonly number[]): void {
  const after = buildWorklist(runtime.db, AS_OF, null);
  const previous = new Map(before.rows.map((r) => [r.rowId, r]));
  const untouched = after.rows.filter((r) => r.subject.kind === 'person' && !touched.includes(r.subject.id));
  expect(untouched.length).toBeGreaterThan(20);
  expect(untouched.every((r) => previous.get(r.rowId) === r)).toBe(true);
}

async function must(method: string, input: unknown): Promise<unknown> {
  const result = await runtime.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

function latestId(table: 'service_records' | 'employment_spells' | 'employment_wishes', personId: number): number {
  return runtime.db.sqlite.prepare(`SELECT MAX(id) FROM ${table} WHERE person_id = ?`).pluck().get(personId) as number;
}

function personOf(table: 'service_records' | 'employment_spells' | 'employment_wishes', id: number): number {
  return runtime.db.sqlite.prepare(`SELECT person_id FROM ${table} WHERE id = ?`).pluck().get(id) as number;
}

describe('the kept worklist', () => {
  it('equals a fresh build to start with, and lists rows of every scope', async () => {
    await expectEqualToFresh();
    const [street, past, one] = kept();
    expect(street?.rows.length).toBeGreaterThan(40);
    expect(past?.rows.length).toBeGreaterThan(0);
    expect(one?.rows.length).toBeGreaterThan(0);
  });

  const writes = () => clerkWrites(runtime, AS_OF);
  it.each([0, 1, 2, 3, 4])('equals a fresh build after everyday write %i (a guidance, a refused referral, a new job, a wish, a phone number)', async (index) => {
    const before = kept()[0] as BuiltWorklist;
    for (const standardId of STANDARDS) await assessed(standardId, AS_OF);
    const write = writes()[index];
    if (!write) throw new Error('no such write');
    const touchedBefore = new Set(runtime.db.sqlite.prepare('SELECT DISTINCT k FROM temp.memo_changed_keys').pluck().all() as number[]);
    await write.write();
    const touched = (runtime.db.sqlite.prepare('SELECT DISTINCT k FROM temp.memo_changed_keys WHERE k IS NOT NULL').pluck().all() as number[]).filter((k) => !touchedBefore.has(k));
    expectPatched(before, touched);
    await expectEqualToFresh();
  });

  it('equals a fresh build after a second guidance the same day by another clerk (the later record names the clerk)', async () => {
    const [person] = runtime.db.sqlite.prepare("SELECT person_id FROM service_records WHERE kind = 'guidance' AND clerk IS NOT NULL ORDER BY id LIMIT 1").pluck().all() as number[];
    kept();
    await must('services.record', { subject: { personId: person }, date: AS_OF, kind: 'follow_up', clerk: '赵六', content: '回访' });
    await must('services.record', { subject: { personId: person }, date: AS_OF, kind: 'guidance', clerk: '钱七', content: '职业指导' });
    await expectEqualToFresh();
  });

  it("equals a fresh build after an edit of a person's 十清 fields (the population and the metrics watch persons_core)", async () => {
    const before = kept()[0] as BuiltWorklist;
    const row = before.rows.find((r) => r.kind === 'missing_ten_clear' && r.subject.kind === 'person');
    if (!row) throw new Error('the demo street has no 十清缺项 row');
    for (const standardId of STANDARDS) await assessed(standardId, AS_OF);
    runtime.db.sqlite
      .prepare("UPDATE persons SET skills = '电工', skill_level = '中级', social_insurance = '已参保', policies_enjoyed = '社保补贴', version = version + 1 WHERE id = ?")
      .run(row.subject.id);
    await expectEqualToFresh();
    // The other persons' rows are kept, not rebuilt.
    expectPatched(before, [row.subject.id]);
  });

  it('equals a fresh build after voids: a service, a job and a wish (a voided record counts nowhere)', async () => {
    const service = runtime.db.sqlite.prepare("SELECT MAX(id) FROM service_records WHERE kind = 'referral' AND referral_result = 'refused'").pluck().get() as number;
    const spell = runtime.db.sqlite.prepare('SELECT MAX(id) FROM employment_spells').pluck().get() as number;
    const wish = runtime.db.sqlite.prepare('SELECT MAX(id) FROM employment_wishes').pluck().get() as number;
    for (const [entity, id, table] of [
      ['service_record', service, 'service_records'],
      ['employment_spell', spell, 'employment_spells'],
      ['employment_wish', wish, 'employment_wishes'],
    ] as const) {
      const person = personOf(table, id);
      const before = kept()[0] as BuiltWorklist;
      await must('corrections.void', { entity, id, reason: '录入错误' });
      expect(latestId(table, person) === id).toBe(false);
      expectPatched(before, [person]);
      await expectEqualToFresh();
    }
  });

  it('equals a fresh build after a new registration and a recognition', async () => {
    const person = runtime.db.sqlite
      .prepare(
        `SELECT p.id FROM persons p WHERE NOT EXISTS (SELECT 1 FROM unemployment_registrations r WHERE r.person_id = p.id)
           AND NOT EXISTS (SELECT 1 FROM difficulty_recognitions d WHERE d.person_id = p.id)
           AND p.birth_date BETWEEN '1975-01-01' AND '1995-12-31' AND p.household_id IS NOT NULL ORDER BY p.id LIMIT 1`,
      )
      .pluck()
      .get() as number;
    kept();
    await must('wishes.record', { personId: person, recordedOn: '2026-10-01', hasWish: true, wishedJob: '保洁' });
    await must('registrations.register', { personId: person, registeredOn: '2026-11-18', reason: 'unemployed' });
    await expectEqualToFresh();
    const applied = (await must('recognitions.apply', { personId: person, category: '4050', appliedOn: '2026-11-19', especiallyDifficult: true, fiveClear: FIVE_CLEAR })) as { id: number; version: number };
    await must('recognitions.review', { id: applied.id, version: applied.version, decision: 'recognised', reviewedOn: '2026-11-19', reviewer: '张科长', note: '经入户核查' });
    await expectEqualToFresh();
    expect(buildWorklist(runtime.db, AS_OF, null).rows.filter((r) => r.subject.kind === 'person' && r.subject.id === person).map((r) => r.kind)).toEqual(
      expect.arrayContaining(['guidance', 'missing_five_clear']),
    );
  });

  it("builds afresh after another connection's commit and still equals a fresh build", async () => {
    kept();
    for (const standardId of STANDARDS) await assessed(standardId, AS_OF);
    const writer = openDatabase(join(dataDir, 'desk.sqlite'), { migrationsDir: migrationsDir() });
    try {
      const person = writer.sqlite.prepare("SELECT person_id FROM unemployment_registrations WHERE cancelled_on IS NULL ORDER BY id LIMIT 1").pluck().get() as number;
      writer.sqlite.prepare("INSERT INTO service_records (person_id, date, kind, clerk, content, created_at, updated_at) VALUES (?, ?, 'guidance', '孙八', '职业指导', 'x', 'x')").run(person, AS_OF);
    } finally {
      writer.close();
    }
    await expectEqualToFresh();
  });
});
