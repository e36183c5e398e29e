import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersonDetail } from '../../../shared/contract/registry';
import { todayIso } from '../../../shared/clock';
import { addDays } from '../../../shared/domain/dates';
import { dbFingerprint } from '../support/db-fingerprint';
import { rowCount } from '../support/temp-runtime';
import { auditRows, failure, household, idOf, paths, person, personInput, street, value } from './registry-fixture';
import type { Street } from './registry-fixture';

let s: Street;
beforeEach(async () => {
  s = await street();
});
afterEach(() => s.runtime.dispose());

describe('persons.create', () => {
  it('converts a 15-digit number to 18, derives gender and birth date, computes initials and audits', async () => {
    const h = await household(s, '3211020010010001');
    const p = await person(s, h.id, { idNumber: '321102800101123', gender: 'M', birthDate: '1980-01-01', phone: '0514-87654321' });
    expect(p).toMatchObject({ gender: 'M', birthDate: '1980-01-01', householdNumber: h.number });
    expect(p.communityName).toBe('金山社区');
    const stored = s.runtime.db.sqlite.prepare('SELECT id_number, name_initials FROM persons WHERE id = ?').get(p.id);
    expect(stored).toEqual({ id_number: idOf('1980-01-01', 123), name_initials: 'zw' });
    expect(auditRows(s, 'person', String(p.id))).toMatchObject([{ action: 'create', after: { name: '张伟' } }]);
    expect(value<{ value: string }>(await s.runtime.call('persons.reveal', { personId: p.id, field: 'idNumber' })).value).toBe(idOf('1980-01-01', 123));
  });

  it('refuses a wrong check digit on the idNumber field, writing nothing', async () => {
    const h = await household(s, '3211020010010001');
    const good = idOf('1985-03-12', 111);
    const bad = good.slice(0, 17) + (good.endsWith('1') ? '2' : '1');
    const before = dbFingerprint(s.runtime);
    const error = failure(await s.runtime.call('persons.create', personInput(h.id, { idNumber: bad })), 'INVALID_INPUT');
    expect(paths(error)).toEqual(['idNumber']);
    expect(error.message).toContain('校验位');
    expect(dbFingerprint(s.runtime)).toBe(before);
  });

  it('refuses a typed gender and birth date that disagree with the number, on their fields', async () => {
    const h = await household(s, '3211020010010001');
    const before = dbFingerprint(s.runtime);
    const input = personInput(h.id, { idNumber: idOf('1985-03-12', 111), gender: 'F', birthDate: '1985-03-13' });
    const error = failure(await s.runtime.call('persons.create', input), 'INVALID_INPUT');
    expect(paths(error).sort()).toEqual(['birthDate', 'gender']);
    expect(dbFingerprint(s.runtime)).toBe(before);
  });

  it('checks phone format and the women-only retirement base on their fields', async () => {
    const h = await household(s, '3211020010010001');
    const phone = failure(await s.runtime.call('persons.create', personInput(h.id, { phone: '12345' })), 'INVALID_INPUT');
    expect(paths(phone)).toEqual(['phone']);
    const base = failure(await s.runtime.call('persons.create', personInput(h.id, { retirementBase: 50 })), 'INVALID_INPUT');
    expect(paths(base)).toEqual(['retirementBase']);
    expect(rowCount(s.runtime, 'persons')).toBe(0);
  });

  it('one person per ID number across the street: CONFLICT naming the person and community', async () => {
    const first = await person(s, (await household(s, '3211020010010001')).id, { name: '王芳', idNumber: idOf('1990-07-08', 222) });
    const other = await household(s, '3211020010020001', s.yinhe);
    const before = dbFingerprint(s.runtime);
    const input = personInput(other.id, { name: '王方', idNumber: idOf('1990-07-08', 222) });
    const error = failure(await s.runtime.call('persons.create', input), 'CONFLICT');
    expect(error.details).toMatchObject({ existingPersonId: first.id });
    expect(paths(error)).toEqual(['idNumber']);
    expect(error.message).toContain('王芳');
    expect(error.message).toContain('金山社区');
    expect(dbFingerprint(s.runtime)).toBe(before);
  });

  it('one head per household: a second head is refused on relation', async () => {
    const h = await household(s, '3211020010010001');
    await person(s, h.id);
    const error = failure(await s.runtime.call('persons.create', personInput(h.id, { idNumber: idOf('1987-01-01', 224), name: '李娜' })), 'INVALID_INPUT');
    expect(paths(error)).toEqual(['relation']);
    expect(error.message).toContain('张伟');
    const spouse = await person(s, h.id, { idNumber: idOf('1987-01-01', 224), name: '李娜', relation: 'spouse' });
    const update = await s.runtime.call('persons.update', { id: spouse.id, version: spouse.version, fields: { ...editableOf(spouse), relation: 'head' } });
    expect(paths(failure(update, 'INVALID_INPUT'))).toEqual(['fields.relation']);
  });

  it('refuses an unknown household', async () => {
    failure(await s.runtime.call('persons.create', personInput(999)), 'NOT_FOUND');
  });
});

function editableOf(p: PersonDetail) {
  return {
    name: p.name,
    relation: p.relation,
    phone: p.phone,
    education: p.education,
    workAbility: p.workAbility,
    isStudent: p.isStudent,
    isRetired: p.isRetired,
    retirementBase: p.retirementBase,
    migrantWorker: p.migrantWorker,
    veteran: p.veteran,
    graduationYear: p.graduationYear,
    skills: p.skills,
    skillLevel: p.skillLevel,
    socialInsurance: p.socialInsurance,
    policiesEnjoyed: p.policiesEnjoyed,
  };
}

describe('persons.update / move / archive', () => {
  it('a save on a stale version is a conflict, never an overwrite', async () => {
    const p = await person(s, (await household(s, '3211020010010001')).id);
    const first = await s.runtime.call('persons.update', { id: p.id, version: p.version, fields: { ...editableOf(p), name: '张维' } });
    expect(value<PersonDetail>(first)).toMatchObject({ name: '张维', version: p.version + 1 });
    const second = await s.runtime.call('persons.update', { id: p.id, version: p.version, fields: { ...editableOf(p), name: '张为' } });
    expect(failure(second, 'CONFLICT').message).toContain('请刷新');
    expect(value<PersonDetail>(await s.runtime.call('persons.get', { id: p.id })).name).toBe('张维');
    expect(s.runtime.db.sqlite.prepare('SELECT name_initials FROM persons WHERE id = ?').pluck().get(p.id)).toBe('zw');
    expect(auditRows(s, 'person', String(p.id)).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('move keeps the person id and records both households in the audit', async () => {
    const from = await household(s, '3211020010010001');
    const to = await household(s, '3211020010020001', s.yinhe);
    const p = await person(s, from.id);
    const moved = value<PersonDetail>(await s.runtime.call('persons.move', { id: p.id, version: p.version, householdId: to.id, relation: 'head', date: '2024-05-01' }));
    expect(moved).toMatchObject({ id: p.id, householdId: to.id, householdNumber: to.number, communityName: '银河社区', relation: 'head' });
    const audit = auditRows(s, 'person', String(p.id)).at(-1);
    expect(audit).toMatchObject({ before: { householdId: from.id, householdNumber: from.number }, after: { householdId: to.id, movedOn: '2024-05-01' } });
    expect(rowCount(s.runtime, 'persons')).toBe(1);
  });

  it('archive: not in the future, not before birth, not twice; archived persons stay on record', async () => {
    const p = await person(s, (await household(s, '3211020010010001')).id);
    const tomorrow = addDays(todayIso(), 1);
    const future = await s.runtime.call('persons.archive', { id: p.id, version: p.version, date: tomorrow, reason: '迁往外地' });
    expect(paths(failure(future, 'INVALID_INPUT'))).toEqual(['date']);
    const unborn = await s.runtime.call('persons.archive', { id: p.id, version: p.version, date: '1980-01-01', reason: '迁往外地' });
    expect(paths(failure(unborn, 'INVALID_INPUT'))).toEqual(['date']);
    const archived = value<PersonDetail>(await s.runtime.call('persons.archive', { id: p.id, version: p.version, date: '2024-01-31', reason: '迁往外地' }));
    expect(archived).toMatchObject({ archivedOn: '2024-01-31', archiveReason: '迁往外地' });
    const twice = await s.runtime.call('persons.archive', { id: p.id, version: archived.version, date: '2024-02-01', reason: '再次' });
    expect(failure(twice, 'REJECTED').message).toContain('2024-01-31');
    expect(auditRows(s, 'person', String(p.id)).map((a) => a.action)).toEqual(['create', 'archive']);
  });

  it('persons.get shows the ID number masked ([admin]); persons.reveal gives it in full, audited', async () => {
    const p = await person(s, (await household(s, '3211020010010001')).id);
    const full = idOf('1985-03-12', 111);
    expect(value<PersonDetail>(await s.runtime.call('persons.get', { id: p.id })).idNumber).toBe(`${full.slice(0, 6)}********${full.slice(-4)}`);
    expect(value<{ value: string }>(await s.runtime.call('persons.reveal', { personId: p.id, field: 'idNumber' })).value).toBe(full);
    failure(await s.runtime.call('persons.get', { id: 4242 }), 'NOT_FOUND');
  });
});
