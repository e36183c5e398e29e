/** What 一人一策 refuses: each refusal names the field, is in Chinese and leaves the database unchanged. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssistanceAgreement } from '../../../shared/contract/recognitions';
import type { ServiceRecord } from '../../../shared/contract/services';
import { addPerson, historyRuntime, ok, refused } from '../history/history-fixture';
import type { Runtime } from '../history/history-fixture';
import { addMeasure, recognisedPerson, sign } from './assistance-fixture';

let runtime: Runtime;

beforeEach(async () => {
  runtime = await historyRuntime();
});
afterEach(() => runtime.dispose());

const archive = (personId: number, on: string) =>
  runtime.db.sqlite.prepare("UPDATE persons SET archived_on = ?, archive_reason = '迁出', version = version + 1 WHERE id = ?").run(on, personId);

describe('signing', () => {
  it('needs a recognition in force: none, only applied, refused or exited are refused', async () => {
    const applied = await recognisedPerson(runtime, { recognise: false });
    const error = await refused(runtime, 'assistance.create', { personId: applied.personId, signedOn: '2025-03-10', clerk: '李明', goal: '就业' }, 'INVALID_INPUT', 'personId');
    expect(error.message).toContain('审核中');
    const stranger = addPerson(runtime, { householdId: applied.householdId });
    await refused(runtime, 'assistance.create', { personId: stranger, signedOn: '2025-03-10', clerk: '李明', goal: '就业' }, 'INVALID_INPUT', 'personId');
    const exited = await recognisedPerson(runtime);
    await ok(runtime, 'recognitions.exit', { id: exited.recognition.id, version: exited.recognition.version, exitedOn: '2025-04-01', exitReason: '已就业' });
    await refused(runtime, 'assistance.create', { personId: exited.personId, signedOn: '2025-04-02', clerk: '李明', goal: '就业' }, 'INVALID_INPUT', 'personId');
    await refused(runtime, 'assistance.create', { personId: 999_999, signedOn: '2025-04-02', clerk: '李明', goal: '就业' }, 'NOT_FOUND', 'personId');
  });

  it('one agreement in force at a time', async () => {
    const s = await recognisedPerson(runtime);
    await sign(runtime, s.personId);
    const error = await refused(runtime, 'assistance.create', { personId: s.personId, signedOn: '2025-04-01', clerk: '李明', goal: '另一份' }, 'CONFLICT', 'personId');
    expect(error.message).toContain('执行中');
  });

  it('dates: not in the future, not before the recognition, not before the previous agreement ended', async () => {
    const s = await recognisedPerson(runtime);
    const input = { personId: s.personId, clerk: '李明', goal: '就业' };
    await refused(runtime, 'assistance.create', { ...input, signedOn: '2025-07-01' }, 'INVALID_INPUT', 'signedOn');
    const early = await refused(runtime, 'assistance.create', { ...input, signedOn: '2025-03-04' }, 'INVALID_INPUT', 'signedOn');
    expect(early.message).toContain('2025-03-05');
    const first = await sign(runtime, s.personId);
    await ok(runtime, 'assistance.close', { id: first.id, version: first.version, closedOn: '2025-05-01', reason: '调整方案' });
    await refused(runtime, 'assistance.create', { ...input, signedOn: '2025-04-30' }, 'INVALID_INPUT', 'signedOn');
    await ok(runtime, 'assistance.create', { ...input, signedOn: '2025-05-01' });
  });

  it('the contract rejects empty goals and clerks and bad dates, naming the field', async () => {
    const s = await recognisedPerson(runtime);
    await refused(runtime, 'assistance.create', { personId: s.personId, signedOn: '2025-03-10', clerk: ' ', goal: '就业' }, 'INVALID_INPUT', 'clerk');
    await refused(runtime, 'assistance.create', { personId: s.personId, signedOn: '2025-03-10', clerk: '李明', goal: '' }, 'INVALID_INPUT', 'goal');
    await refused(runtime, 'assistance.create', { personId: s.personId, signedOn: '2025-02-30', clerk: '李明', goal: '就业' }, 'INVALID_INPUT', 'signedOn');
    const agreement = await sign(runtime, s.personId);
    await refused(runtime, 'assistance.addMeasure', { agreementId: agreement.id, kind: 'nap', description: '休息', plannedOn: '2025-04-01' }, 'INVALID_INPUT', 'kind');
  });

  it('an archived person: no agreement, no measure, no follow-up, no completion — but closing is allowed', async () => {
    const s = await recognisedPerson(runtime);
    const agreement = await addMeasure(runtime, (await sign(runtime, s.personId)).id);
    const measure = agreement.measures[0];
    if (!measure) throw new Error('no measure');
    archive(s.personId, '2025-05-01');
    await refused(runtime, 'assistance.addMeasure', { agreementId: agreement.id, kind: 'guidance', description: '职业指导', plannedOn: '2025-04-01' }, 'INVALID_INPUT', 'agreementId');
    await refused(runtime, 'assistance.recordFollowUp', { agreementId: agreement.id, date: '2025-04-20', clerk: '李明', content: '回访' }, 'INVALID_INPUT', 'agreementId');
    await refused(runtime, 'assistance.completeMeasure', { id: measure.id, version: measure.version, doneOn: '2025-04-20' }, 'INVALID_INPUT', 'id');
    // Closing after the archiving date is refused; on it, accepted.
    await refused(runtime, 'assistance.close', { id: agreement.id, version: agreement.version, closedOn: '2025-05-02', reason: '迁出' }, 'INVALID_INPUT', 'closedOn');
    await ok(runtime, 'assistance.close', { id: agreement.id, version: agreement.version, closedOn: '2025-05-01', reason: '迁出' });

    const other = await recognisedPerson(runtime);
    archive(other.personId, '2025-06-01');
    await refused(runtime, 'assistance.create', { personId: other.personId, signedOn: '2025-03-10', clerk: '李明', goal: '就业' }, 'INVALID_INPUT', 'personId');
  });
});

describe('measures, follow-ups and closing', () => {
  let agreement: AssistanceAgreement;
  let personId: number;
  beforeEach(async () => {
    const s = await recognisedPerson(runtime);
    personId = s.personId;
    agreement = await addMeasure(runtime, (await sign(runtime, s.personId)).id);
  });
  const measure = () => {
    const m = agreement.measures[0];
    if (!m) throw new Error('no measure');
    return m;
  };

  it('a measure cannot be planned before the signing', async () => {
    await refused(runtime, 'assistance.addMeasure', { agreementId: agreement.id, kind: 'guidance', description: '职业指导', plannedOn: '2025-03-09' }, 'INVALID_INPUT', 'plannedOn');
    await refused(runtime, 'assistance.addMeasure', { agreementId: 999, kind: 'guidance', description: '职业指导', plannedOn: '2025-04-01' }, 'NOT_FOUND', 'agreementId');
  });

  it('completion: not in the future, not before the signing, not twice, not with a stale version', async () => {
    const m = measure();
    await refused(runtime, 'assistance.completeMeasure', { id: m.id, version: m.version, doneOn: '2025-07-01' }, 'INVALID_INPUT', 'doneOn');
    await refused(runtime, 'assistance.completeMeasure', { id: m.id, version: m.version, doneOn: '2025-03-09' }, 'INVALID_INPUT', 'doneOn');
    await refused(runtime, 'assistance.completeMeasure', { id: m.id, version: m.version + 1, doneOn: '2025-04-01' }, 'CONFLICT');
    await ok(runtime, 'assistance.completeMeasure', { id: m.id, version: m.version, doneOn: '2025-04-01' });
    const twice = await refused(runtime, 'assistance.completeMeasure', { id: m.id, version: m.version + 1, doneOn: '2025-04-02' }, 'CONFLICT');
    expect(twice.message).toContain('已于 2025-04-01 完成');
    await refused(runtime, 'assistance.completeMeasure', { id: 999, version: 0, doneOn: '2025-04-02' }, 'NOT_FOUND', 'id');
  });

  it('a linked service record must be the same person’s, between the signing and the completion', async () => {
    const m = measure();
    const record = async (who: number, date: string) =>
      (await ok<{ record: ServiceRecord }>(runtime, 'services.record', { subject: { personId: who }, date, kind: 'guidance', clerk: '李明' })).record.id;
    const someoneElse = addPerson(runtime, { householdId: (runtime.db.sqlite.prepare('SELECT household_id FROM persons WHERE id = ?').pluck().get(personId) as number) });
    const theirs = await record(someoneElse, '2025-04-01');
    await refused(runtime, 'assistance.completeMeasure', { id: m.id, version: m.version, doneOn: '2025-04-02', serviceRecordId: theirs }, 'INVALID_INPUT', 'serviceRecordId');
    const beforeSigning = await record(personId, '2025-03-08');
    await refused(runtime, 'assistance.completeMeasure', { id: m.id, version: m.version, doneOn: '2025-04-02', serviceRecordId: beforeSigning }, 'INVALID_INPUT', 'serviceRecordId');
    const afterDone = await record(personId, '2025-04-03');
    await refused(runtime, 'assistance.completeMeasure', { id: m.id, version: m.version, doneOn: '2025-04-02', serviceRecordId: afterDone }, 'INVALID_INPUT', 'serviceRecordId');
    await refused(runtime, 'assistance.completeMeasure', { id: m.id, version: m.version, doneOn: '2025-04-02', serviceRecordId: 99_999 }, 'INVALID_INPUT', 'serviceRecordId');
    await ok(runtime, 'assistance.completeMeasure', { id: m.id, version: m.version, doneOn: '2025-04-03', serviceRecordId: afterDone });
  });

  it('follow-ups: not in the future, not before the signing, content required', async () => {
    const input = { agreementId: agreement.id, clerk: '李明', content: '电话回访' };
    await refused(runtime, 'assistance.recordFollowUp', { ...input, date: '2025-07-01' }, 'INVALID_INPUT', 'date');
    await refused(runtime, 'assistance.recordFollowUp', { ...input, date: '2025-03-09' }, 'INVALID_INPUT', 'date');
    await refused(runtime, 'assistance.recordFollowUp', { ...input, date: '2025-04-01', content: '' }, 'INVALID_INPUT', 'content');
  });

  it('closing: not before the last follow-up or completion, not in the future, not twice, not stale; then nothing more is added', async () => {
    await ok(runtime, 'assistance.recordFollowUp', { agreementId: agreement.id, date: '2025-05-10', clerk: '李明', content: '电话回访' });
    const close = (over: Record<string, unknown>) => ({ id: agreement.id, version: agreement.version, closedOn: '2025-06-01', reason: '已就业', ...over });
    const early = await refused(runtime, 'assistance.close', close({ closedOn: '2025-05-09' }), 'INVALID_INPUT', 'closedOn');
    expect(early.message).toContain('2025-05-10');
    await refused(runtime, 'assistance.close', close({ closedOn: '2025-03-01' }), 'INVALID_INPUT', 'closedOn');
    await refused(runtime, 'assistance.close', close({ closedOn: '2025-07-01' }), 'INVALID_INPUT', 'closedOn');
    await refused(runtime, 'assistance.close', close({ reason: '' }), 'INVALID_INPUT', 'reason');
    await refused(runtime, 'assistance.close', close({ version: agreement.version + 3 }), 'CONFLICT');
    await ok(runtime, 'assistance.close', close({}));
    await refused(runtime, 'assistance.close', close({ version: agreement.version + 1 }), 'CONFLICT');
    const m = measure();
    await refused(runtime, 'assistance.addMeasure', { agreementId: agreement.id, kind: 'guidance', description: '职业指导', plannedOn: '2025-06-10' }, 'CONFLICT');
    await refused(runtime, 'assistance.recordFollowUp', { agreementId: agreement.id, date: '2025-06-10', clerk: '李明', content: '回访' }, 'CONFLICT');
    await refused(runtime, 'assistance.completeMeasure', { id: m.id, version: m.version, doneOn: '2025-06-10' }, 'CONFLICT');
  });

  it('exiting the recognition before the agreement’s last event is refused (nothing changes)', async () => {
    const m = measure();
    await ok(runtime, 'assistance.completeMeasure', { id: m.id, version: m.version, doneOn: '2025-05-20' });
    const recognition = runtime.db.sqlite.prepare('SELECT id, version FROM difficulty_recognitions WHERE person_id = ?').get(personId) as { id: number; version: number };
    const error = await refused(runtime, 'recognitions.exit', { ...recognition, exitedOn: '2025-05-19', exitReason: '已就业' }, 'INVALID_INPUT', 'exitedOn');
    expect(error.message).toContain('2025-05-20');
  });

  it('a read-only caller can read but not write', async () => {
    const inspector = { ...runtime.caller(), role: 'inspector' as const };
    const { dispatch } = await import('../../../electron/services/dispatch');
    const read = await dispatch(runtime.handlers, 'assistance.get', { personId }, inspector);
    expect(read.ok).toBe(true);
    const write = await dispatch(runtime.handlers, 'assistance.recordFollowUp', { agreementId: agreement.id, date: '2025-05-10', clerk: '李明', content: '回访' }, inspector);
    expect(write.ok ? null : write.error.code).toBe('FORBIDDEN');
  });
});
