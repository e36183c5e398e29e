/**
 * Corrections (issue #14): a registration edited (date, reason, cancellation) is re-checked, audited and re-derives
 * the household; deleting a household, community or person entered by mistake is refused in Chinese while anything
 * refers to it, leaving the database unchanged; 失业登记 records the wish asked with it, in the same transaction.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Registration } from '../../../shared/contract/employment';
import type { HouseholdPopulation } from '../../../shared/contract/population';
import type { Runtime } from '../history/history-fixture';
import { addCommunity, addFamily, addHousehold, addPerson, auditCount, historyRuntime, ok, refused } from '../history/history-fixture';

let runtime: Runtime;
beforeEach(async () => {
  runtime = await historyRuntime();
});
afterEach(() => runtime.dispose());

const edit = (id: number, fields: { registeredOn: string; cancelledOn?: string | null; cancelReason?: string | null; reason?: string }) =>
  ({ id, registeredOn: fields.registeredOn, reason: fields.reason ?? 'unemployed', cancelledOn: fields.cancelledOn ?? null, cancelReason: fields.cancelReason ?? null });

describe('editing a registration', () => {
  it('changes the date, reason and cancellation, audited with before and after', async () => {
    const { householdId } = addFamily(runtime);
    const p = addPerson(runtime, { householdId, birthDate: '1990-01-01' });
    const r = await ok<Registration>(runtime, 'registrations.register', { personId: p, registeredOn: '2025-03-03', reason: 'unemployed' });
    const edited = await ok<Registration>(runtime, 'corrections.editRegistration', edit(r.id, { registeredOn: '2025-03-01', reason: 'laid_off', cancelledOn: '2025-05-01', cancelReason: '已就业' }));
    expect(edited).toMatchObject({ id: r.id, registeredOn: '2025-03-01', reason: 'laid_off', cancelledOn: '2025-05-01', cancelReason: '已就业' });
    const last = runtime.db.sqlite.prepare("SELECT action, before, after FROM audit_events WHERE entity = 'unemployment_registration' ORDER BY id DESC LIMIT 1").get() as { action: string; before: string; after: string };
    expect(last.action).toBe('update');
    expect(JSON.parse(last.before)).toMatchObject({ registeredOn: '2025-03-03', cancelledOn: null });
    expect(JSON.parse(last.after)).toMatchObject({ registeredOn: '2025-03-01', cancelledOn: '2025-05-01' });
    // A cancellation entered by mistake is taken back.
    expect(await ok<Registration>(runtime, 'corrections.editRegistration', edit(r.id, { registeredOn: '2025-03-01' }))).toMatchObject({ cancelledOn: null, cancelReason: null });
  });

  it('refuses a date in the future, before working age, overlapping another registration — nothing written', async () => {
    const { householdId } = addFamily(runtime);
    const p = addPerson(runtime, { householdId, birthDate: '2000-03-15' });
    const first = await ok<Registration>(runtime, 'registrations.register', { personId: p, registeredOn: '2024-01-10', reason: 'unemployed' });
    await ok(runtime, 'registrations.cancel', { id: first.id, cancelledOn: '2024-08-01', cancelReason: '已就业' });
    const second = await ok<Registration>(runtime, 'registrations.register', { personId: p, registeredOn: '2025-01-10', reason: 'unemployed' });
    await refused(runtime, 'corrections.editRegistration', edit(second.id, { registeredOn: '2025-07-01' }), 'INVALID_INPUT', 'registeredOn');
    await refused(runtime, 'corrections.editRegistration', edit(second.id, { registeredOn: '2016-03-14' }), 'INVALID_INPUT', 'registeredOn');
    await refused(runtime, 'corrections.editRegistration', edit(second.id, { registeredOn: '2024-07-31' }), 'CONFLICT', 'registeredOn');
    await refused(runtime, 'corrections.editRegistration', edit(second.id, { registeredOn: '2025-01-10', cancelledOn: '2025-01-01', cancelReason: '已就业' }), 'INVALID_INPUT', 'cancelledOn');
    await refused(runtime, 'corrections.editRegistration', edit(second.id, { registeredOn: '2025-01-10', cancelledOn: '2025-02-01' }), 'INVALID_INPUT', 'cancelReason');
    await ok(runtime, 'corrections.editRegistration', edit(second.id, { registeredOn: '2024-08-01' }));
  });

});

describe('editing a spell', () => {
  it('re-derives the family episodes: a start date corrected later moves the zero-employment episode’s end', async () => {
    const { householdId } = addFamily(runtime);
    runtime.db.sqlite.prepare("INSERT INTO household_flags (household_id, flag, value, effective_from) VALUES (?, 'urban', 1, NULL)").run(householdId);
    const p = addPerson(runtime, { householdId, birthDate: '1980-01-01' });
    await ok(runtime, 'wishes.record', { personId: p, recordedOn: '2024-01-01', hasWish: true });
    const spell = await ok<{ id: number }>(runtime, 'spells.add', { personId: p, startDate: '2024-06-01', endDate: null, kind: 'unit' });
    const episodes = async () => (await ok<HouseholdPopulation>(runtime, 'population.household', { householdId, asOf: '2025-06-30' })).episodes.filter((e) => e.kind === 'zero_employment');
    expect(await episodes()).toEqual([expect.objectContaining({ appeared: '2024-01-01', ended: '2024-06-01' })]);
    await ok(runtime, 'corrections.editSpell', { id: spell.id, startDate: '2024-09-01', endDate: null, kind: 'flexible', employerName: '某公司', post: null });
    expect(await episodes()).toEqual([expect.objectContaining({ appeared: '2024-01-01', ended: '2024-09-01' })]);
    const last = runtime.db.sqlite.prepare("SELECT action, before, after FROM audit_events WHERE entity = 'employment_spell' ORDER BY id DESC LIMIT 1").get() as { action: string; before: string; after: string };
    expect(last.action).toBe('update');
    expect(JSON.parse(last.before)).toMatchObject({ startDate: '2024-06-01', kind: 'unit' });
    expect(JSON.parse(last.after)).toMatchObject({ startDate: '2024-09-01', kind: 'flexible' });
  });

  it('refuses an overlap with another spell — nothing written', async () => {
    const { householdId } = addFamily(runtime);
    const p = addPerson(runtime, { householdId, birthDate: '1980-01-01' });
    await ok(runtime, 'spells.add', { personId: p, startDate: '2020-01-01', endDate: '2020-12-31', kind: 'unit' });
    const second = await ok<{ id: number }>(runtime, 'spells.add', { personId: p, startDate: '2022-01-01', endDate: null, kind: 'unit' });
    await refused(runtime, 'corrections.editSpell', { id: second.id, startDate: '2020-06-01', endDate: null, kind: 'unit', employerName: null, post: null }, 'CONFLICT', 'startDate');
  });
});

describe('deleting what was entered by mistake', () => {
  it('a household without members is deleted, audited; one with members is refused naming how many', async () => {
    const { communityId, householdId } = addFamily(runtime);
    addPerson(runtime, { householdId });
    addPerson(runtime, { householdId });
    const error = await refused(runtime, 'corrections.deleteHousehold', { id: householdId }, 'CONFLICT');
    expect(error.message).toBe('该户仍有 2 名成员，不能删除');
    const empty = addHousehold(runtime, communityId);
    expect(await ok(runtime, 'corrections.deleteHousehold', { id: empty })).toMatchObject({ id: empty });
    expect(auditCount(runtime, 'household')).toBeGreaterThanOrEqual(1);
    await refused(runtime, 'corrections.deleteHousehold', { id: empty }, 'NOT_FOUND');
  });

  it('a household whose members all moved away is refused (its history stays)', async () => {
    const { householdId } = addFamily(runtime);
    addPerson(runtime, { householdId, archivedOn: '2025-01-01' });
    const error = await refused(runtime, 'corrections.deleteHousehold', { id: householdId }, 'CONFLICT');
    expect(error.message).toContain('曾有 1 名成员');
  });

  it('a community with households is refused naming how many; an empty one is deleted', async () => {
    const { communityId } = addFamily(runtime);
    const error = await refused(runtime, 'corrections.deleteCommunity', { id: communityId }, 'CONFLICT');
    expect(error.message).toContain('仍有 1 户');
    const empty = addCommunity(runtime, '误建社区');
    expect(await ok(runtime, 'corrections.deleteCommunity', { id: empty })).toMatchObject({ name: '误建社区' });
  });

  it('a community with a complaint is refused', async () => {
    const c = addCommunity(runtime, '有投诉社区');
    await ok(runtime, 'complaints.record', { communityId: c, date: '2025-03-01', content: '投诉内容' });
    const error = await refused(runtime, 'corrections.deleteCommunity', { id: c }, 'CONFLICT');
    expect(error.message).toContain('投诉');
  });

  it('a person with no history is deleted by an admin, audited; one with any record is refused', async () => {
    const { householdId } = addFamily(runtime);
    const clean = addPerson(runtime, { householdId, name: '误录入' });
    const served = addPerson(runtime, { householdId, name: '有服务' });
    await ok(runtime, 'services.record', { subject: { personId: served }, date: '2025-03-01', kind: 'guidance', clerk: '李经办' });
    const error = await refused(runtime, 'corrections.deletePerson', { id: served }, 'CONFLICT');
    expect(error.message).toBe('有服务有 1 条服务记录，不能删除');
    const wished = addPerson(runtime, { householdId, name: '有意愿' });
    await ok(runtime, 'wishes.record', { personId: wished, recordedOn: '2025-03-01', hasWish: true });
    await refused(runtime, 'corrections.deletePerson', { id: wished }, 'CONFLICT');
    const archived = addPerson(runtime, { householdId, archivedOn: '2025-01-01' });
    await refused(runtime, 'corrections.deletePerson', { id: archived }, 'CONFLICT');
    expect(await ok(runtime, 'corrections.deletePerson', { id: clean })).toMatchObject({ name: '误录入' });
    expect(runtime.db.sqlite.prepare('SELECT COUNT(*) FROM persons WHERE id = ?').pluck().get(clean)).toBe(0);
    const audit = runtime.db.sqlite.prepare("SELECT action, before FROM audit_events WHERE entity = 'person' AND entity_key = ?").get(String(clean)) as { action: string; before: string };
    expect(audit.action).toBe('delete');
    expect(JSON.parse(audit.before)).toMatchObject({ name: '误录入' });
  });
});

describe('失业登记 asks the wish', () => {
  it('the wish given with the registration is recorded dated that day, in the same transaction', async () => {
    const { householdId } = addFamily(runtime);
    const p = addPerson(runtime, { householdId, birthDate: '1990-01-01' });
    await ok(runtime, 'registrations.register', { personId: p, registeredOn: '2025-03-03', reason: 'unemployed', wish: { hasWish: true, noWishReason: null } });
    const wishes = runtime.db.sqlite.prepare('SELECT recorded_on AS recordedOn, has_wish AS hasWish FROM employment_wishes WHERE person_id = ?').all(p);
    expect(wishes).toEqual([{ recordedOn: '2025-03-03', hasWish: 1 }]);
  });

  it('a wish already recorded that day refuses the whole registration; no wish without a reason', async () => {
    const { householdId } = addFamily(runtime);
    const p = addPerson(runtime, { householdId, birthDate: '1990-01-01' });
    await ok(runtime, 'wishes.record', { personId: p, recordedOn: '2025-03-03', hasWish: true });
    await refused(runtime, 'registrations.register', { personId: p, registeredOn: '2025-03-03', reason: 'unemployed', wish: { hasWish: false, noWishReason: '其他' } }, 'CONFLICT', 'wish.hasWish');
    await refused(runtime, 'registrations.register', { personId: p, registeredOn: '2025-03-04', reason: 'unemployed', wish: { hasWish: false, noWishReason: null } }, 'INVALID_INPUT');
  });
});
