import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordServiceResult, ServiceRecord } from '../../../shared/contract/services';
import { SERVICE_KIND_CODES } from '../../../shared/contract/services';
import { SERVICE_KINDS } from '../../../db/schema';
import { rowCount } from '../support/temp-runtime';
import { addFamily, addPerson, auditCount, historyRuntime, ok, refused } from './history-fixture';
import type { Runtime } from './history-fixture';

let runtime: Runtime;
let personId: number;
let householdId: number;

beforeEach(async () => {
  runtime = await historyRuntime();
  householdId = addFamily(runtime).householdId;
  personId = addPerson(runtime, { householdId, birthDate: '1990-02-01' });
});
afterEach(() => runtime.dispose());

const base = (over: Record<string, unknown> = {}) => ({ subject: { personId }, date: '2025-03-01', clerk: '李红', ...over });

async function vacancy(): Promise<number> {
  const employer = await ok<{ id: number }>(runtime, 'employers.create', { name: '金山物业有限公司' });
  const v = await ok<{ id: number }>(runtime, 'vacancies.create', {
    employerId: employer.id, title: '保洁员', posts: 2, openedOn: '2025-02-01', publicWelfare: false, developedByCommunity: true,
  });
  return v.id;
}

describe('services.record', () => {
  it('the contract lists the schema’s nine kinds', () => {
    expect([...SERVICE_KIND_CODES]).toEqual([...SERVICE_KINDS]);
  });

  it('records each kind with its own fields', async () => {
    const guidance = await ok<RecordServiceResult>(runtime, 'services.record', base({ kind: 'guidance', content: '职业指导', outcome: '有意向' }));
    expect(guidance).toMatchObject({ record: { kind: 'guidance', personId, content: '职业指导', outcome: '有意向', referralResult: null }, suggestedSpell: null });
    const training = await ok<RecordServiceResult>(runtime, 'services.record', base({ kind: 'training', course: '育婴员', hours: 40, certificate: '育婴员五级' }));
    expect(training.record).toMatchObject({ kind: 'training', course: '育婴员', hours: 40, certificate: '育婴员五级' });
    const benefit = await ok<RecordServiceResult>(runtime, 'services.record', base({
      kind: 'policy_benefit', benefitType: '社保补贴', amount: 1200.5, benefitPeriod: '2025年1-6月', approvalNumber: '解人社〔2025〕3号',
    }));
    expect(benefit.record).toMatchObject({ benefitType: '社保补贴', amount: 1200.5, approvalNumber: '解人社〔2025〕3号' });
    expect(auditCount(runtime, 'service_record')).toBe(3);
  });

  it('kind-specific fields are required for their kind and refused for others', async () => {
    await refused(runtime, 'services.record', base({ kind: 'training', hours: 8 }), 'INVALID_INPUT', 'course');
    await refused(runtime, 'services.record', base({ kind: 'referral' }), 'INVALID_INPUT', 'referralResult');
    await refused(runtime, 'services.record', base({ kind: 'guidance', course: '电工' }), 'INVALID_INPUT', '(整体)');
    await refused(runtime, 'services.record', base({ kind: 'policy_benefit', benefitType: '补贴', amount: -1, benefitPeriod: '1月', approvalNumber: 'x' }), 'INVALID_INPUT', 'amount');
    await refused(runtime, 'services.record', base({ kind: 'haircut' }), 'INVALID_INPUT', 'kind');
    await refused(runtime, 'services.record', base({ kind: 'guidance', subject: { personId, householdId } }), 'INVALID_INPUT', 'subject');
  });

  it('a hired referral suggests a spell and opens none', async () => {
    const vacancyId = await vacancy();
    const result = await ok<RecordServiceResult>(runtime, 'services.record', base({ kind: 'referral', vacancyId, referralResult: 'hired' }));
    expect(result.suggestedSpell).toEqual({ personId, startDate: '2025-03-01', kind: 'unit', employerName: '金山物业有限公司' });
    expect(result.record).toMatchObject({ vacancyId, vacancyTitle: '保洁员', referralResult: 'hired' });
    expect(rowCount(runtime, 'employment_spells')).toBe(0);
    const noVacancy = await ok<RecordServiceResult>(runtime, 'services.record', base({ kind: 'referral', referralResult: 'hired', date: '2025-03-02' }));
    expect(noVacancy.suggestedSpell).toEqual({ personId, startDate: '2025-03-02', kind: 'unit', employerName: null });
    const refusedReferral = await ok<RecordServiceResult>(runtime, 'services.record', base({ kind: 'referral', vacancyId, referralResult: 'refused' }));
    expect(refusedReferral.suggestedSpell).toBeNull();
  });

  it('an unknown vacancy is a field problem', async () => {
    await refused(runtime, 'services.record', base({ kind: 'referral', vacancyId: 77, referralResult: 'pending' }), 'INVALID_INPUT', 'vacancyId');
  });

  it('not for an archived person, not in the future, not before birth', async () => {
    const gone = addPerson(runtime, { householdId, archivedOn: '2025-01-01' });
    await refused(runtime, 'services.record', base({ kind: 'guidance', subject: { personId: gone }, date: '2024-12-01' }), 'INVALID_INPUT', 'subject.personId');
    await refused(runtime, 'services.record', base({ kind: 'guidance', date: '2025-07-01' }), 'INVALID_INPUT', 'date');
    await refused(runtime, 'services.record', base({ kind: 'guidance', date: '1990-01-31' }), 'INVALID_INPUT', 'date');
    await ok(runtime, 'services.record', base({ kind: 'guidance', date: '1990-02-01' }));
    await refused(runtime, 'services.record', base({ kind: 'guidance', subject: { personId: 4242 } }), 'NOT_FOUND', 'subject.personId');
  });

  it('household services: visits yes, referrals no', async () => {
    const visit = await ok<RecordServiceResult>(runtime, 'services.record', base({ kind: 'follow_up', subject: { householdId }, content: '上门走访' }));
    expect(visit.record).toMatchObject({ personId: null, householdId, kind: 'follow_up' });
    await refused(runtime, 'services.record', base({ kind: 'referral', subject: { householdId }, referralResult: 'pending' }), 'INVALID_INPUT', 'subject');
    await refused(runtime, 'services.record', base({ kind: 'follow_up', subject: { householdId: 999 } }), 'NOT_FOUND', 'subject.householdId');
    await refused(runtime, 'services.record', base({ kind: 'follow_up', subject: { householdId }, date: '2025-07-01' }), 'INVALID_INPUT', 'date');
  });
});

describe('services.listForPerson', () => {
  it('lists the person’s records newest first', async () => {
    await ok(runtime, 'services.record', base({ kind: 'guidance', date: '2025-01-01' }));
    await ok(runtime, 'services.record', base({ kind: 'follow_up', date: '2025-03-01' }));
    await ok(runtime, 'services.record', base({ kind: 'commitment', date: '2025-02-01' }));
    const other = addPerson(runtime, { householdId });
    await ok(runtime, 'services.record', base({ kind: 'guidance', subject: { personId: other } }));
    const list = await ok<ServiceRecord[]>(runtime, 'services.listForPerson', { personId });
    expect(list.map((r) => [r.date, r.kind])).toEqual([
      ['2025-03-01', 'follow_up'],
      ['2025-02-01', 'commitment'],
      ['2025-01-01', 'guidance'],
    ]);
    await refused(runtime, 'services.listForPerson', { personId: 999 }, 'NOT_FOUND', 'personId');
  });
});

describe('services.listForHousehold', () => {
  it('lists the household’s own records (not its members’) newest first', async () => {
    await ok(runtime, 'services.record', base({ kind: 'follow_up', subject: { householdId }, date: '2025-01-05' }));
    await ok(runtime, 'services.record', base({ kind: 'guidance' }));
    await ok(runtime, 'services.record', base({ kind: 'commitment', subject: { householdId }, date: '2025-02-05' }));
    const list = await ok<ServiceRecord[]>(runtime, 'services.listForHousehold', { householdId });
    expect(list.map((r) => [r.date, r.kind, r.personId])).toEqual([
      ['2025-02-05', 'commitment', null],
      ['2025-01-05', 'follow_up', null],
    ]);
    await refused(runtime, 'services.listForHousehold', { householdId: 999 }, 'NOT_FOUND', 'householdId');
  });
});

describe('services.recordBulk', () => {
  const bulk = (personIds: number[], over: Record<string, unknown> = {}) => ({
    kind: 'job_preparation', date: '2025-05-20', clerk: '李红', content: '春风行动专场招聘会', personIds, ...over,
  });

  it('writes one record and one audit event per person', async () => {
    const ids = [personId, addPerson(runtime, { householdId }), addPerson(runtime, { householdId })];
    const result = await ok<{ count: number; recordIds: number[] }>(runtime, 'services.recordBulk', bulk(ids));
    expect(result.count).toBe(3);
    expect(rowCount(runtime, 'service_records')).toBe(3);
    expect(auditCount(runtime, 'service_record')).toBe(3);
    const kinds = runtime.db.sqlite.prepare('SELECT DISTINCT kind || content FROM service_records').pluck().all();
    expect(kinds).toEqual(['job_preparation春风行动专场招聘会']);
  });

  it('all or nothing: one unknown or archived person and nothing is written', async () => {
    const ids = [personId, 9999, addPerson(runtime, { householdId })];
    const error = await refused(runtime, 'services.recordBulk', bulk(ids), 'INVALID_INPUT', 'personIds.1');
    expect(error.details?.fields).toHaveLength(1);
    const gone = addPerson(runtime, { householdId, archivedOn: '2025-05-01' });
    await refused(runtime, 'services.recordBulk', bulk([personId, gone]), 'INVALID_INPUT', 'personIds.1');
    await refused(runtime, 'services.recordBulk', bulk([personId], { date: '2025-07-01' }), 'INVALID_INPUT', 'date');
    expect(rowCount(runtime, 'service_records')).toBe(0);
  });

  it('between 1 and 2000 distinct persons, plain kinds only', async () => {
    await refused(runtime, 'services.recordBulk', bulk([]), 'INVALID_INPUT', 'personIds');
    await refused(runtime, 'services.recordBulk', bulk(Array.from({ length: 2001 }, (_, i) => i + 1)), 'INVALID_INPUT', 'personIds');
    await refused(runtime, 'services.recordBulk', bulk([personId, personId]), 'INVALID_INPUT', 'personIds');
    await refused(runtime, 'services.recordBulk', bulk([personId], { kind: 'referral' }), 'INVALID_INPUT', 'kind');
  });

  it('handles 2000 persons in one go', async () => {
    const now = new Date().toISOString();
    const insert = runtime.db.sqlite.prepare(
      `INSERT INTO persons (id_number, name, gender, birth_date, household_id, relation, work_ability, created_at, updated_at)
       VALUES (?, ?, 'M', '1980-01-01', ?, 'other', 'full', ?, ?)`,
    );
    const ids: number[] = [];
    runtime.db.sqlite.transaction(() => {
      for (let i = 0; i < 2000; i += 1) ids.push(Number(insert.run(`9${String(i).padStart(17, '0')}`, `参会${i}`, householdId, now, now).lastInsertRowid));
    })();
    const result = await ok<{ count: number }>(runtime, 'services.recordBulk', bulk(ids));
    expect(result.count).toBe(2000);
    expect(rowCount(runtime, 'service_records')).toBe(2000);
  });
});
