import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Spell } from '../../../shared/contract/employment';
import { addFamily, addPerson, auditCount, ok, refused, TODAY } from './history-fixture';
import { historyRuntime } from './history-fixture';
import type { Runtime } from './history-fixture';

let runtime: Runtime;
let personId: number;
let householdId: number;

beforeEach(async () => {
  runtime = await historyRuntime();
  householdId = addFamily(runtime).householdId;
  personId = addPerson(runtime, { householdId, birthDate: '2000-03-15' });
});
afterEach(() => runtime.dispose());

const spell = (over: Record<string, unknown> = {}) => ({ personId, startDate: '2020-01-01', endDate: '2020-12-31', kind: 'unit', ...over });

describe('spells.add', () => {
  it('adds a spell with its audit event', async () => {
    const row = await ok<Spell>(runtime, 'spells.add', spell({ employerName: '金山物业', post: '保安', contractSigned: true }));
    expect(row).toMatchObject({ personId, startDate: '2020-01-01', endDate: '2020-12-31', kind: 'unit', employerName: '金山物业', contractSigned: true, socialInsurancePaid: null });
    expect(auditCount(runtime, 'employment_spell')).toBe(1);
  });

  it('starts on the 16th birthday at the earliest', async () => {
    await refused(runtime, 'spells.add', spell({ startDate: '2016-03-14', endDate: '2016-03-20' }), 'INVALID_INPUT', 'startDate');
    await ok(runtime, 'spells.add', spell({ startDate: '2016-03-15', endDate: '2016-03-20' }));
  });

  it('never before birth', async () => {
    const error = await refused(runtime, 'spells.add', spell({ startDate: '1999-01-01', endDate: '1999-02-01' }), 'INVALID_INPUT', 'startDate');
    expect(error.message).toContain('出生日期');
  });

  it('not in the future, neither start nor end', async () => {
    await refused(runtime, 'spells.add', spell({ startDate: '2025-07-01', endDate: null }), 'INVALID_INPUT', 'startDate');
    await refused(runtime, 'spells.add', spell({ startDate: '2025-06-01', endDate: '2025-07-01' }), 'INVALID_INPUT', 'endDate');
    await ok(runtime, 'spells.add', spell({ startDate: TODAY, endDate: TODAY }));
  });

  it('end on or after start', async () => {
    await refused(runtime, 'spells.add', spell({ startDate: '2020-05-02', endDate: '2020-05-01' }), 'INVALID_INPUT', 'endDate');
    await ok(runtime, 'spells.add', spell({ startDate: '2020-05-02', endDate: '2020-05-02' }));
  });

  it('no overlap: ending the day before the next start is fine, the same day is an overlap', async () => {
    await ok(runtime, 'spells.add', spell());
    await refused(runtime, 'spells.add', spell({ startDate: '2020-12-31', endDate: null }), 'CONFLICT', 'startDate');
    await refused(runtime, 'spells.add', spell({ startDate: '2019-06-01', endDate: '2020-01-01' }), 'CONFLICT', 'startDate');
    await refused(runtime, 'spells.add', spell({ startDate: '2019-06-01', endDate: null }), 'CONFLICT', 'startDate');
    await ok(runtime, 'spells.add', spell({ startDate: '2019-06-01', endDate: '2019-12-31' }));
    await ok(runtime, 'spells.add', spell({ startDate: '2021-01-01', endDate: null, kind: 'flexible' }));
    await refused(runtime, 'spells.add', spell({ startDate: '2024-01-01', endDate: '2024-02-01' }), 'CONFLICT', 'startDate');
  });

  it('another person’s spells do not count', async () => {
    const other = addPerson(runtime, { householdId, birthDate: '1990-01-01' });
    await ok(runtime, 'spells.add', spell());
    await ok(runtime, 'spells.add', spell({ personId: other }));
  });

  it('refuses an archived person, an unknown person and an unknown employer', async () => {
    const gone = addPerson(runtime, { householdId, archivedOn: '2025-01-01' });
    await refused(runtime, 'spells.add', spell({ personId: gone }), 'INVALID_INPUT', 'personId');
    const archivedToday = addPerson(runtime, { householdId, archivedOn: TODAY });
    await refused(runtime, 'spells.add', spell({ personId: archivedToday }), 'INVALID_INPUT', 'personId');
    await refused(runtime, 'spells.add', spell({ personId: 9999 }), 'NOT_FOUND', 'personId');
    await refused(runtime, 'spells.add', spell({ employerId: 42 }), 'INVALID_INPUT', 'employerId');
  });

  it('a person archived later (after today) may still get a spell', async () => {
    const leaving = addPerson(runtime, { householdId, archivedOn: '2025-12-31' });
    await ok(runtime, 'spells.add', spell({ personId: leaving }));
  });

  it('takes the employer’s name when only its id is given', async () => {
    const employer = await ok<{ id: number }>(runtime, 'employers.create', { name: '金山物业有限公司' });
    const row = await ok<Spell>(runtime, 'spells.add', spell({ employerId: employer.id }));
    expect(row.employerName).toBe('金山物业有限公司');
  });

  it('rejects a bad kind and unknown fields at the contract', async () => {
    await refused(runtime, 'spells.add', spell({ kind: 'gig' }), 'INVALID_INPUT', 'kind');
    await refused(runtime, 'spells.add', spell({ salary: 3000 }), 'INVALID_INPUT', '(整体)');
  });
});

describe('spells.close', () => {
  it('closes an open spell, audited with before and after', async () => {
    const open = await ok<Spell>(runtime, 'spells.add', spell({ endDate: null }));
    const closed = await ok<Spell>(runtime, 'spells.close', { id: open.id, endDate: '2024-05-31' });
    expect(closed.endDate).toBe('2024-05-31');
    const audit = runtime.db.sqlite.prepare("SELECT before, after FROM audit_events WHERE entity = 'employment_spell' AND action = 'update'").get() as { before: string; after: string };
    expect(JSON.parse(audit.before)).toMatchObject({ endDate: null });
    expect(JSON.parse(audit.after)).toMatchObject({ endDate: '2024-05-31' });
  });

  it('end not before start (same day fine), not in the future, only once', async () => {
    const open = await ok<Spell>(runtime, 'spells.add', spell({ endDate: null }));
    await refused(runtime, 'spells.close', { id: open.id, endDate: '2019-12-31' }, 'INVALID_INPUT', 'endDate');
    await refused(runtime, 'spells.close', { id: open.id, endDate: '2025-07-01' }, 'INVALID_INPUT', 'endDate');
    await ok(runtime, 'spells.close', { id: open.id, endDate: '2020-01-01' });
    await refused(runtime, 'spells.close', { id: open.id, endDate: '2020-02-01' }, 'CONFLICT', 'endDate');
    await refused(runtime, 'spells.close', { id: 999, endDate: '2020-02-01' }, 'NOT_FOUND', 'id');
  });

  it('an archived person’s open spell closes on or before the archive date', async () => {
    const gone = addPerson(runtime, { householdId, archivedOn: '2025-01-01' });
    const now = new Date().toISOString();
    const id = Number(
      runtime.db.sqlite
        .prepare("INSERT INTO employment_spells (person_id, start_date, kind, created_at, updated_at) VALUES (?, '2022-01-01', 'unit', ?, ?)")
        .run(gone, now, now).lastInsertRowid,
    );
    await refused(runtime, 'spells.close', { id, endDate: '2025-01-02' }, 'INVALID_INPUT', 'endDate');
    await ok(runtime, 'spells.close', { id, endDate: '2025-01-01' });
  });
});
