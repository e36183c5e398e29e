/**
 * Reads kept across dates (db/read-memo.ts): what is kept depends on less than the date asked for, and is cut at D
 * (or reused for D) when asked. Each is compared, on a small demo street and for many dates (every day a guidance or
 * any service was given and the day before it, month ends), with the read as it was written before — one query for
 * that date — on a connection that keeps nothing; and the kept answer for a date asked again after other dates is
 * the same as the first time.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsDir } from '../../../db/migrations-dir';
import { openDatabase } from '../../../db/open-database';
import type { DeskDatabase } from '../../../db/open-database';
import { readRegistrationsOfOn, registrationsOf, registrationsWithGuidance } from '../../../db/repositories/employment/registrations-repo';
import { readServiceDigestsOn, serviceDigests } from '../../../db/repositories/services/service-digests-repo';
import { readSpellFactsOfOn, spellFactsOf } from '../../../db/repositories/employment/spells-repo';
import { loadDemoStreet } from '../../../electron/services/demo/demo-service';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import { addDays } from '../../../shared/domain/dates';
import { tempDir } from '../support/temp-runtime';

const AS_OF = '2026-11-20';
const TODAY = '2026-11-23';
const FROM = '2026-01-01';

let dataDir: string;
let runtime: DeskRuntime;
let plain: DeskDatabase;

beforeAll(() => {
  dataDir = tempDir('desk-kept-dates-');
  runtime = openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser', today: () => TODAY });
  loadDemoStreet(runtime.db, runtime.caller(), { size: 'small', seed: 20261120, asOf: AS_OF, today: TODAY });
  plain = openDatabase(join(dataDir, 'desk.sqlite'), { migrationsDir: migrationsDir(), readOnly: true });
}, 180_000);
afterAll(() => {
  plain.close();
  runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The days guidance was given to registered persons this year, each with the day before, and the month ends. */
function datesToAsk(): string[] {
  const guidance = plain.sqlite
    .prepare(
      `SELECT DISTINCT s.date FROM service_records s JOIN unemployment_registrations r ON r.person_id = s.person_id
        WHERE s.kind = 'guidance' AND s.date >= r.registered_on AND s.date BETWEEN $from AND $to ORDER BY s.date`,
    )
    .pluck()
    .all({ from: FROM, to: AS_OF }) as string[];
  const monthEnds = ['2026-01-31', '2026-03-31', '2026-06-30', '2026-09-30', '2026-10-31'];
  return [...new Set([...guidance.flatMap((d) => [d, addDays(d, -1)]), ...monthEnds, FROM, AS_OF])].filter((d) => d >= FROM).sort();
}

/** The registrations of `from` … `to` with the first guidance up to `to`, as one query for that date reads them. */
function registrationsAsOneQuery(from: string, to: string): unknown[] {
  return plain.sqlite
    .prepare(
      `SELECT r.id AS registrationId, r.person_id AS personId, r.registered_on AS registeredOn, r.cancelled_on AS cancelledOn,
              (SELECT s.date FROM service_records s WHERE s.person_id = r.person_id AND s.date >= r.registered_on AND s.date <= $to
                  AND s.kind = 'guidance' ORDER BY s.date LIMIT 1) AS firstGuidanceOn
         FROM unemployment_registrations r WHERE r.registered_on BETWEEN $from AND $to ORDER BY r.registered_on, r.id`,
    )
    .all({ from, to });
}

describe('registrations with their first guidance, kept per period start and cut at D', () => {
  it('equal the one-query read on every date asked, guidance on D counted and guidance after D not', () => {
    const dates = datesToAsk();
    expect(dates.length).toBeGreaterThan(20);
    let cutAway = 0;
    let onTheDay = 0;
    for (const to of dates) {
      const expected = registrationsAsOneQuery(FROM, to) as { firstGuidanceOn: string | null }[];
      const kept = registrationsWithGuidance(runtime.db, FROM, to);
      expect(kept, to).toEqual(expected);
      expect(Object.isFrozen(kept)).toBe(true);
      onTheDay += expected.filter((r) => r.firstGuidanceOn === to).length;
      cutAway += registrationsAsOneQuery(FROM, AS_OF).filter((r) => {
        const row = r as { registeredOn: string; firstGuidanceOn: string | null };
        return row.registeredOn <= to && row.firstGuidanceOn !== null && row.firstGuidanceOn > to;
      }).length;
    }
    // The dates asked exercise both sides of the cut: a guidance given on D, and one given after D left out.
    expect(onTheDay).toBeGreaterThan(0);
    expect(cutAway).toBeGreaterThan(0);
  });

  it('gives an earlier date the same answer again after later dates were asked', () => {
    const first = registrationsWithGuidance(runtime.db, FROM, '2026-06-30');
    registrationsWithGuidance(runtime.db, FROM, AS_OF);
    registrationsWithGuidance(runtime.db, FROM, '2026-09-30');
    expect(registrationsWithGuidance(runtime.db, FROM, '2026-06-30')).toEqual(first);
    expect(first).toEqual(registrationsAsOneQuery(FROM, '2026-06-30'));
  });

  it('after a guidance recorded on D, counts it on D and not the day before', async () => {
    const person = runtime.db.sqlite
      .prepare(
        `SELECT r.person_id FROM unemployment_registrations r WHERE r.registered_on BETWEEN '2026-10-01' AND $asOf AND r.cancelled_on IS NULL
            AND NOT EXISTS (SELECT 1 FROM service_records s WHERE s.person_id = r.person_id AND s.kind = 'guidance' AND s.date >= r.registered_on)
          ORDER BY r.id LIMIT 1`,
      )
      .pluck()
      .get({ asOf: AS_OF }) as number | undefined;
    if (person === undefined) throw new Error('the demo street has no registration waiting for guidance');
    registrationsWithGuidance(runtime.db, FROM, AS_OF);
    const recorded = await runtime.call('services.record', { subject: { personId: person }, date: AS_OF, kind: 'guidance', clerk: '赵六', content: '职业指导' });
    if (!recorded.ok) throw new Error(recorded.error.message);
    const onD = registrationsWithGuidance(runtime.db, FROM, AS_OF).filter((r) => r.personId === person);
    const dayBefore = registrationsWithGuidance(runtime.db, FROM, addDays(AS_OF, -1)).filter((r) => r.personId === person);
    expect(onD.map((r) => r.firstGuidanceOn)).toContain(AS_OF);
    expect(dayBefore.every((r) => r.firstGuidanceOn !== AS_OF)).toBe(true);
    for (const to of [AS_OF, addDays(AS_OF, -1)]) expect(registrationsWithGuidance(runtime.db, FROM, to)).toEqual(registrationsAsOneQuery(FROM, to));
  });
});

/** The persons with a service record, and the days records were dated this year, each with the day before. */
function servedAndServiceDays(): { persons: number[]; dates: string[] } {
  const persons = plain.sqlite.prepare('SELECT DISTINCT person_id FROM service_records WHERE person_id IS NOT NULL ORDER BY person_id').pluck().all() as number[];
  const days = plain.sqlite.prepare('SELECT DISTINCT date FROM service_records WHERE date BETWEEN $from AND $to ORDER BY date').pluck().all({ from: FROM, to: AS_OF }) as string[];
  const dates = [...new Set([...days.flatMap((d) => [d, addDays(d, -1)]), '2025-12-31', '2026-06-30', AS_OF, TODAY])].sort();
  return { persons, dates };
}

describe("the persons' service digests, kept as of all their records and reused for any D after the latest", () => {
  it('equal the one-query read on every date asked, in the order asked, persons with no record by D left out', () => {
    const { persons, dates } = servedAndServiceDays();
    expect(persons.length).toBeGreaterThan(50);
    expect(dates.length).toBeGreaterThan(20);
    // Some persons first asked for in reverse order and twice: the answer follows the order asked, once each.
    const asked = [...persons].reverse().concat(persons.slice(0, 5));
    let leftOut = 0;
    const byId = (entries: Iterable<[number, unknown]>) => [...entries].sort((a, b) => a[0] - b[0]);
    for (const asOf of dates) {
      const expected = readServiceDigestsOn(plain, asked, asOf);
      const kept = serviceDigests(runtime.db, asked, asOf);
      expect(byId(kept), asOf).toEqual(byId(expected));
      expect([...kept.keys()]).toEqual([...new Set(asked)].filter((id) => expected.has(id)));
      leftOut += persons.length - expected.size;
    }
    expect(leftOut).toBeGreaterThan(0);
  });

  it('after a service recorded on D, a digest on D has it and one on the day before has not', async () => {
    const person = plain.sqlite.prepare("SELECT person_id FROM service_records WHERE person_id IS NOT NULL AND kind = 'guidance' ORDER BY id LIMIT 1").pluck().get() as number;
    const before = addDays(AS_OF, -1);
    serviceDigests(runtime.db, [person], AS_OF);
    serviceDigests(runtime.db, [person], before);
    const recorded = await runtime.call('services.record', { subject: { personId: person }, date: AS_OF, kind: 'follow_up', clerk: '孙八', content: '回访' });
    if (!recorded.ok) throw new Error(recorded.error.message);
    expect(serviceDigests(runtime.db, [person], AS_OF).get(person)?.lastFollowUpOn).toBe(AS_OF);
    expect(serviceDigests(runtime.db, [person], AS_OF).get(person)?.lastClerk).toEqual({ date: AS_OF, clerk: '孙八' });
    expect(serviceDigests(runtime.db, [person], before).get(person)?.lastFollowUpOn).not.toBe(AS_OF);
    for (const asOf of [AS_OF, before]) expect(serviceDigests(runtime.db, [person], asOf)).toEqual(readServiceDigestsOn(plain, [person], asOf));
  });
});

describe("the persons' registrations, kept whole per person and cut at D", () => {
  it('equal the one-query read on every registration day, the day before and other dates, in person and date order', () => {
    const persons = plain.sqlite.prepare('SELECT DISTINCT person_id FROM unemployment_registrations ORDER BY person_id').pluck().all() as number[];
    const days = plain.sqlite.prepare('SELECT DISTINCT registered_on FROM unemployment_registrations ORDER BY registered_on').pluck().all() as string[];
    const dates = [...new Set([...days.flatMap((d) => [d, addDays(d, -1)]), '2000-01-01', AS_OF, TODAY])].sort();
    expect(persons.length).toBeGreaterThan(20);
    const asked = [...persons].reverse();
    let cutAway = 0;
    for (const asOf of [...dates].reverse()) {
      const expected = readRegistrationsOfOn(plain, asked, asOf);
      const kept = registrationsOf(runtime.db, asked, asOf);
      // As before: grouped by person in the order asked, each person's by date.
      const expectedInOrder = asked.flatMap((id) => expected.filter((r) => r.personId === id));
      expect(kept, asOf).toEqual(expectedInOrder);
      cutAway += readRegistrationsOfOn(plain, asked, TODAY).length - expected.length;
    }
    expect(cutAway).toBeGreaterThan(0);
  });
});

describe("the persons' spell facts, kept over all their spells and reused for D when none begins or ends from D on", () => {
  it('equal the one-query read on every day a spell began or ended, the days around it and other dates', () => {
    const persons = plain.sqlite.prepare('SELECT DISTINCT person_id FROM employment_spells ORDER BY person_id').pluck().all() as number[];
    const days = plain.sqlite
      .prepare('SELECT start_date FROM employment_spells WHERE start_date >= $from UNION SELECT end_date FROM employment_spells WHERE end_date >= $from ORDER BY 1')
      .pluck()
      .all({ from: '2026-01-01' }) as string[];
    const dates = [...new Set([...days.flatMap((d) => [addDays(d, -1), d, addDays(d, 1)]), '2000-01-01', '2026-06-30', AS_OF, TODAY])].sort();
    expect(persons.length).toBeGreaterThan(20);
    expect(days.length).toBeGreaterThan(10);
    const asked = [...persons].reverse().concat(persons.slice(0, 3));
    let differs = 0;
    for (const asOf of dates) {
      const expected = readSpellFactsOfOn(plain, asked, asOf);
      const byId = new Map(expected.map((r) => [r.personId, r]));
      const inOrder = [...new Set(asked)].flatMap((id) => (byId.has(id) ? [byId.get(id)] : []));
      expect(spellFactsOf(runtime.db, asked, asOf), asOf).toEqual(inOrder);
      const latest = new Map(readSpellFactsOfOn(plain, asked, '9999-12-31').map((r) => [r.personId, r]));
      differs += expected.filter((r) => JSON.stringify(r) !== JSON.stringify(latest.get(r.personId))).length;
    }
    // The dates asked include ones where a person's facts on D are not those over all the spells.
    expect(differs).toBeGreaterThan(0);
  });

  it('after a spell ended on D, the person is employed on D and not the day after', async () => {
    const spell = plain.sqlite.prepare('SELECT id, person_id AS personId FROM employment_spells WHERE end_date IS NULL AND start_date < $asOf ORDER BY id LIMIT 1').get({ asOf: AS_OF }) as
      | { id: number; personId: number }
      | undefined;
    if (!spell) throw new Error('the demo street has no open spell');
    const after = addDays(AS_OF, 1);
    spellFactsOf(runtime.db, [spell.personId], AS_OF);
    spellFactsOf(runtime.db, [spell.personId], after);
    const ended = await runtime.call('spells.close', { id: spell.id, endDate: AS_OF });
    if (!ended.ok) throw new Error(ended.error.message);
    for (const asOf of [AS_OF, after, TODAY]) expect(spellFactsOf(runtime.db, [spell.personId], asOf)).toEqual(readSpellFactsOfOn(plain, [spell.personId], asOf));
    expect(spellFactsOf(runtime.db, [spell.personId], AS_OF)[0]?.employed).toBe(1);
  });
});
