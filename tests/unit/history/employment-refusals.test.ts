/** Everything the person page's employment dialogs may be refused for: a Chinese message on the field, nothing written. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Registration, Spell } from '../../../shared/contract/employment';
import { dbFingerprint } from '../support/db-fingerprint';
import { addFamily, addPerson, historyRuntime, ok, refused, TODAY } from './history-fixture';
import type { Runtime } from './history-fixture';

let runtime: Runtime;
let householdId: number;
let personId: number;

beforeEach(async () => {
  runtime = await historyRuntime();
  householdId = addFamily(runtime).householdId;
  personId = addPerson(runtime, { householdId, name: '赵强', birthDate: '1990-08-08' });
});
afterEach(() => runtime.dispose());

const spell = (over: Record<string, unknown> = {}) => ({ personId, startDate: '2020-01-01', endDate: null, kind: 'flexible', ...over });
const now = () => new Date().toISOString();

/** An open spell and an open registration written straight in, as an import would leave them for a person archived since. */
function leftovers(person: number): { spellId: number; registrationId: number } {
  const db = runtime.db.sqlite;
  const spellId = Number(
    db.prepare("INSERT INTO employment_spells (person_id, start_date, kind, created_at, updated_at) VALUES (?, '2022-01-01', 'unit', ?, ?)").run(person, now(), now()).lastInsertRowid,
  );
  const registrationId = Number(
    db
      .prepare("INSERT INTO unemployment_registrations (person_id, registered_on, reason, created_at, updated_at) VALUES (?, '2023-03-01', 'unemployed', ?, ?)")
      .run(person, now(), now()).lastInsertRowid,
  );
  return { spellId, registrationId };
}

describe('refusals with the field named', () => {
  it('an overlapping spell names 开始日期 and the spell it clashes with', async () => {
    await ok(runtime, 'spells.add', spell({ startDate: '2021-03-01', endDate: '2022-02-28', kind: 'unit', employerName: '金山物业' }));
    const error = await refused(runtime, 'spells.add', spell({ startDate: '2022-02-01' }), 'CONFLICT', 'startDate');
    expect(error.message).toContain('单位就业 2021-03-01 至 2022-02-28');
    await refused(runtime, 'spells.add', spell({ startDate: '2020-01-01', endDate: '2021-03-01' }), 'CONFLICT', 'startDate');
  });

  it('closing an open spell may not make it reach a later one', async () => {
    const open = await ok<Spell>(runtime, 'spells.add', spell({ startDate: '2020-01-01' }));
    // A later spell can only exist when the open one was imported; write one straight in.
    runtime.db.sqlite
      .prepare("INSERT INTO employment_spells (person_id, start_date, end_date, kind, created_at, updated_at) VALUES (?, '2023-01-01', '2023-06-30', 'unit', ?, ?)")
      .run(personId, now(), now());
    await refused(runtime, 'spells.close', { id: open.id, endDate: '2023-01-01' }, 'CONFLICT', 'startDate');
    await ok(runtime, 'spells.close', { id: open.id, endDate: '2022-12-31' });
  });

  it('a spell before birth or before the 16th birthday, an end before the start', async () => {
    expect((await refused(runtime, 'spells.add', spell({ startDate: '1990-08-07' }), 'INVALID_INPUT', 'startDate')).message).toContain('出生日期');
    expect((await refused(runtime, 'spells.add', spell({ startDate: '2006-08-07' }), 'INVALID_INPUT', 'startDate')).message).toContain('年满 16 周岁');
    expect((await refused(runtime, 'spells.add', spell({ endDate: '2019-12-31' }), 'INVALID_INPUT', 'endDate')).message).toContain('不能早于开始日期');
    const open = await ok<Spell>(runtime, 'spells.add', spell());
    expect((await refused(runtime, 'spells.close', { id: open.id, endDate: '2019-12-31' }, 'INVALID_INPUT', 'endDate')).message).toContain('不能早于开始日期');
  });

  it('future dates, on every write of the page', async () => {
    const tomorrow = '2025-07-01';
    await refused(runtime, 'spells.add', spell({ startDate: tomorrow }), 'INVALID_INPUT', 'startDate');
    await refused(runtime, 'spells.add', spell({ endDate: tomorrow }), 'INVALID_INPUT', 'endDate');
    const open = await ok<Spell>(runtime, 'spells.add', spell());
    await refused(runtime, 'spells.close', { id: open.id, endDate: tomorrow }, 'INVALID_INPUT', 'endDate');
    await refused(runtime, 'registrations.register', { personId, registeredOn: tomorrow, reason: 'unemployed' }, 'INVALID_INPUT', 'registeredOn');
    const r = await ok<Registration>(runtime, 'registrations.register', { personId, registeredOn: TODAY, reason: 'unemployed' });
    await refused(runtime, 'registrations.cancel', { id: r.id, cancelledOn: tomorrow, cancelReason: '已就业' }, 'INVALID_INPUT', 'cancelledOn');
    const error = await refused(runtime, 'wishes.record', { personId, recordedOn: tomorrow, hasWish: false, noWishReason: '料理家务' }, 'INVALID_INPUT', 'recordedOn');
    expect(error.message).toContain('不能晚于今天');
    await refused(runtime, 'wishes.confirmDeemedNoWish', { personId, recordedOn: tomorrow }, 'INVALID_INPUT', 'recordedOn');
  });

  it('a second registration while one is open; a cancellation before the registration', async () => {
    const r = await ok<Registration>(runtime, 'registrations.register', { personId, registeredOn: '2024-05-06', reason: 'laid_off' });
    const error = await refused(runtime, 'registrations.register', { personId, registeredOn: '2025-01-02', reason: 'other' }, 'CONFLICT', 'registeredOn');
    expect(error.message).toContain('请先注销');
    const early = await refused(runtime, 'registrations.cancel', { id: r.id, cancelledOn: '2024-05-05', cancelReason: '已就业' }, 'INVALID_INPUT', 'cancelledOn');
    expect(early.message).toContain('2024-05-06');
  });

  it('nothing new for an archived person: spell, registration, wish, deemed no wish', async () => {
    const gone = addPerson(runtime, { householdId, name: '钱进', birthDate: '1985-01-01', archivedOn: '2025-03-31' });
    const messages = [
      await refused(runtime, 'spells.add', spell({ personId: gone, startDate: '2025-01-01' }), 'INVALID_INPUT', 'personId'),
      await refused(runtime, 'spells.add', spell({ personId: gone, startDate: '2025-04-01' }), 'INVALID_INPUT', 'personId'),
      await refused(runtime, 'registrations.register', { personId: gone, registeredOn: '2025-01-02', reason: 'other' }, 'INVALID_INPUT', 'personId'),
      await refused(runtime, 'wishes.record', { personId: gone, recordedOn: '2025-01-02', hasWish: true }, 'INVALID_INPUT', 'personId'),
      await refused(runtime, 'wishes.confirmDeemedNoWish', { personId: gone, recordedOn: '2025-01-02' }, 'INVALID_INPUT', 'personId'),
    ].map((e) => e.message);
    for (const message of messages) expect(message).toContain('钱进已于 2025-03-31 归档');
  });

  it('an archived person’s leftovers close on or before the archive date, never after', async () => {
    const gone = addPerson(runtime, { householdId, name: '孙丽', birthDate: '1985-01-01', archivedOn: '2025-03-31' });
    const { spellId, registrationId } = leftovers(gone);
    expect((await refused(runtime, 'spells.close', { id: spellId, endDate: '2025-04-01' }, 'INVALID_INPUT', 'endDate')).message).toContain('归档日期');
    const late = await refused(runtime, 'registrations.cancel', { id: registrationId, cancelledOn: '2025-04-01', cancelReason: '迁出' }, 'INVALID_INPUT', 'cancelledOn');
    expect(late.message).toContain('不能晚于孙丽的归档日期（2025-03-31）');
    await ok(runtime, 'spells.close', { id: spellId, endDate: '2025-03-31' });
    await ok(runtime, 'registrations.cancel', { id: registrationId, cancelledOn: '2025-03-31', cancelReason: '迁出' });
  });
});

describe('a refusal writes nothing', () => {
  it('leaves every table byte for byte as it was, after a mix of refused writes', async () => {
    const open = await ok<Spell>(runtime, 'spells.add', spell({ startDate: '2021-01-01' }));
    const r = await ok<Registration>(runtime, 'registrations.register', { personId, registeredOn: '2024-05-06', reason: 'laid_off' });
    const before = dbFingerprint(runtime);
    const audits = runtime.db.sqlite.prepare('SELECT COUNT(*) FROM audit_events').pluck().get();
    const attempts: [string, unknown][] = [
      ['spells.add', spell({ startDate: '2024-01-01' })],
      ['spells.add', spell({ startDate: '1980-01-01', endDate: '1980-02-01' })],
      ['spells.close', { id: open.id, endDate: '2020-12-31' }],
      ['registrations.register', { personId, registeredOn: '2025-01-02', reason: 'other' }],
      ['registrations.cancel', { id: r.id, cancelledOn: '2024-05-05', cancelReason: '已就业' }],
      ['wishes.record', { personId, recordedOn: '2025-07-01', hasWish: true }],
      ['wishes.confirmDeemedNoWish', { personId, recordedOn: TODAY }],
    ];
    for (const [method, input] of attempts) {
      const result = await runtime.call(method, input);
      expect(result.ok, method).toBe(false);
    }
    expect(dbFingerprint(runtime)).toBe(before);
    expect(runtime.db.sqlite.prepare('SELECT COUNT(*) FROM audit_events').pluck().get()).toBe(audits);
  });
});
