import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordServiceResult } from '../../../shared/contract/services';
import { listAudit } from '../../../db/repositories/system/audit-repo';
import { dispatch } from '../../../electron/services/dispatch';
import { dbFingerprint } from '../support/db-fingerprint';
import { rowCount } from '../support/temp-runtime';
import { addFamily, addPerson, historyRuntime, ok, refused } from './history-fixture';
import type { Runtime } from './history-fixture';

let runtime: Runtime;
let personId: number;
let householdId: number;

beforeEach(async () => {
  runtime = await historyRuntime();
  householdId = addFamily(runtime).householdId;
  personId = addPerson(runtime, { householdId, birthDate: '1985-04-02' });
});
afterEach(() => runtime.dispose());

async function vacancy(): Promise<number> {
  const employer = await ok<{ id: number }>(runtime, 'employers.create', { name: '金山物业有限公司' });
  const v = await ok<{ id: number }>(runtime, 'vacancies.create', {
    employerId: employer.id, title: '保洁员', posts: 2, openedOn: '2025-02-01', publicWelfare: false, developedByCommunity: true,
  });
  return v.id;
}

async function referral(over: Record<string, unknown> = {}): Promise<number> {
  const input = { subject: { personId }, date: '2025-03-01', clerk: '李红', kind: 'referral', referralResult: 'pending', ...over };
  return (await ok<RecordServiceResult>(runtime, 'services.record', input)).record.id;
}

const decide = (id: number, result: string, resultOn = '2025-03-10') => ({ id, result, resultOn });

describe('services.setReferralResult', () => {
  it('a pending referral becomes hired and suggests a spell from the result date at the vacancy’s employer', async () => {
    const vacancyId = await vacancy();
    const id = await referral({ vacancyId });
    const result = await ok<RecordServiceResult>(runtime, 'services.setReferralResult', decide(id, 'hired'));
    expect(result.record).toMatchObject({ id, kind: 'referral', referralResult: 'hired', vacancyId, vacancyTitle: '保洁员', date: '2025-03-01', referralResultOn: '2025-03-10' });
    expect(result.suggestedSpell).toEqual({ personId, startDate: '2025-03-10', kind: 'unit', employerName: '金山物业有限公司' });
    expect(rowCount(runtime, 'employment_spells')).toBe(0);
    const events = listAudit(runtime.db, 'service_record', String(id));
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
    expect(JSON.parse(String(events[1]?.before))).toMatchObject({ referralResult: 'pending' });
    expect(JSON.parse(String(events[1]?.after))).toMatchObject({ referralResult: 'hired', referralResultOn: '2025-03-10' });
  });

  it('refused suggests nothing; without a vacancy the employer is unknown', async () => {
    const refusedOne = await ok<RecordServiceResult>(runtime, 'services.setReferralResult', decide(await referral(), 'refused'));
    expect(refusedOne).toMatchObject({ record: { referralResult: 'refused' }, suggestedSpell: null });
    const hired = await ok<RecordServiceResult>(runtime, 'services.setReferralResult', decide(await referral(), 'hired', '2025-03-01'));
    expect(hired.suggestedSpell).toEqual({ personId, startDate: '2025-03-01', kind: 'unit', employerName: null });
  });

  it('refuses an already decided referral and leaves it as it was', async () => {
    const id = await referral();
    await ok(runtime, 'services.setReferralResult', decide(id, 'refused'));
    const error = await refused(runtime, 'services.setReferralResult', decide(id, 'hired'), 'CONFLICT', 'result');
    expect(error.message).toContain('已记为“拒绝”');
    const hiredAtOnce = await referral({ referralResult: 'hired' });
    await refused(runtime, 'services.setReferralResult', decide(hiredAtOnce, 'refused'), 'CONFLICT', 'result');
  });

  it('refuses a service that is not a referral, and an unknown record', async () => {
    const guidance = await ok<RecordServiceResult>(runtime, 'services.record', { subject: { personId }, date: '2025-03-01', clerk: '李红', kind: 'guidance' });
    const error = await refused(runtime, 'services.setReferralResult', decide(guidance.record.id, 'hired'), 'INVALID_INPUT', 'id');
    expect(error.message).toContain('职业指导');
    await refused(runtime, 'services.setReferralResult', decide(4242, 'hired'), 'NOT_FOUND', 'id');
  });

  it('the result date: not before the referral, not in the future, not after archiving', async () => {
    const id = await referral();
    await refused(runtime, 'services.setReferralResult', decide(id, 'hired', '2025-02-28'), 'INVALID_INPUT', 'resultOn');
    await refused(runtime, 'services.setReferralResult', decide(id, 'hired', '2025-07-01'), 'INVALID_INPUT', 'resultOn');
    const leaving = addPerson(runtime, { householdId });
    const before = await referral({ subject: { personId: leaving }, date: '2025-03-01' });
    runtime.db.sqlite.prepare("UPDATE persons SET archived_on = '2025-04-01' WHERE id = ?").run(leaving);
    await refused(runtime, 'services.setReferralResult', decide(before, 'hired', '2025-05-01'), 'INVALID_INPUT', 'resultOn');
    // A result known before the person moved away is still a fact of their history.
    const ok2 = await ok<RecordServiceResult>(runtime, 'services.setReferralResult', decide(before, 'refused', '2025-03-20'));
    expect(ok2.record.referralResult).toBe('refused');
  });

  it('the contract: only hired or refused, a valid date, nothing else', async () => {
    const id = await referral();
    await refused(runtime, 'services.setReferralResult', decide(id, 'pending'), 'INVALID_INPUT', 'result');
    await refused(runtime, 'services.setReferralResult', decide(id, 'hired', '2025-02-30'), 'INVALID_INPUT', 'resultOn');
    await refused(runtime, 'services.setReferralResult', { ...decide(id, 'hired'), vacancyId: 1 }, 'INVALID_INPUT', '(整体)');
  });

  it('is a write: an inspector may not call it', async () => {
    const id = await referral();
    const inspector = { username: 'jc', displayName: '检查', role: 'inspector' as const, communityId: null };
    const before = dbFingerprint(runtime);
    const result = await dispatch(runtime.handlers, 'services.setReferralResult', decide(id, 'hired'), inspector);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dbFingerprint(runtime)).toBe(before);
  });
});
