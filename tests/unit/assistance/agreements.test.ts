import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssistanceAgreement } from '../../../shared/contract/recognitions';
import type { ServiceRecord } from '../../../shared/contract/services';
import type { TimelineEntry } from '../../../shared/contract/registry';
import { auditCount, historyRuntime, ok } from '../history/history-fixture';
import type { Runtime } from '../history/history-fixture';
import { addMeasure, assistanceOf, recognisedPerson, sign } from './assistance-fixture';
import type { Subject } from './assistance-fixture';

let runtime: Runtime;
let subject: Subject;

beforeEach(async () => {
  runtime = await historyRuntime();
  subject = await recognisedPerson(runtime);
});
afterEach(() => runtime.dispose());

describe('一人一策 assistance agreements', () => {
  it('sign → measures → one done (linked to a service) → follow-up → close, each step audited', async () => {
    const none = await assistanceOf(runtime, subject.personId);
    expect(none).toMatchObject({ asOf: '2025-06-30', currentRecognitionId: subject.recognition.id, currentRecognisedOn: '2025-03-05', agreements: [] });

    const signed = await sign(runtime, subject.personId, { notes: '每月回访一次' });
    expect(signed).toMatchObject({
      personId: subject.personId,
      recognitionId: subject.recognition.id,
      signedOn: '2025-03-10',
      clerk: '李明',
      status: 'active',
      notes: '每月回访一次',
      version: 0,
      measures: [],
      followUps: [],
      lastEventOn: '2025-03-10',
    });

    await addMeasure(runtime, signed.id, { kind: 'referral', description: '推荐至江滨家政公司', plannedOn: '2025-05-01' });
    const two = await addMeasure(runtime, signed.id, { kind: 'training', description: '参加家政服务员培训', plannedOn: '2025-04-15' });
    // By planned date; both past today's date and not done: overdue.
    expect(two.measures.map((m) => [m.plannedOn, m.kind, m.overdue])).toEqual([
      ['2025-04-15', 'training', true],
      ['2025-05-01', 'referral', true],
    ]);

    const training = await ok<{ record: ServiceRecord }>(runtime, 'services.record', {
      subject: { personId: subject.personId },
      date: '2025-04-20',
      kind: 'training',
      clerk: '李明',
      course: '家政服务员',
      hours: 40,
    });
    const measure = two.measures[0];
    if (!measure) throw new Error('no measure');
    const done = await ok<AssistanceAgreement>(runtime, 'assistance.completeMeasure', {
      id: measure.id,
      version: measure.version,
      doneOn: '2025-04-25',
      serviceRecordId: training.record.id,
    });
    expect(done.measures[0]).toMatchObject({ doneOn: '2025-04-25', overdue: false, serviceRecordId: training.record.id, serviceRecordSummary: '培训 2025-04-20', version: 1 });
    expect(done.measures[1]).toMatchObject({ doneOn: null, overdue: true });

    const followed = await ok<AssistanceAgreement>(runtime, 'assistance.recordFollowUp', {
      agreementId: signed.id,
      date: '2025-05-20',
      clerk: '李明',
      content: '上门回访，培训已结业，正在面试',
      outcome: '继续推荐',
    });
    expect(followed.followUps).toEqual([
      expect.objectContaining({ date: '2025-05-20', clerk: '李明', content: '上门回访，培训已结业，正在面试', outcome: '继续推荐' }),
    ]);
    expect(followed.lastEventOn).toBe('2025-05-20');

    const closed = await ok<AssistanceAgreement>(runtime, 'assistance.close', {
      id: signed.id,
      version: signed.version,
      closedOn: '2025-06-01',
      reason: '已实现就业',
    });
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2025-06-01', closeReason: '已实现就业', version: 1 });
    // A closed agreement's open measures are no longer overdue.
    expect(closed.measures.every((m) => !m.overdue)).toBe(true);

    expect(auditCount(runtime, 'assistance_agreement')).toBe(2);
    expect(auditCount(runtime, 'assistance_measure')).toBe(3);

    // The signing and the follow-up are service records of the person (援助协议, 跟踪回访), so every count of services sees them.
    const services = await ok<ServiceRecord[]>(runtime, 'services.listForPerson', { personId: subject.personId });
    expect(services.map((s) => [s.date, s.kind])).toEqual([
      ['2025-05-20', 'follow_up'],
      ['2025-04-20', 'training'],
      ['2025-03-10', 'assistance_agreement'],
    ]);
    const linked = runtime.db.sqlite.prepare('SELECT kind FROM service_records WHERE agreement_id = ? ORDER BY date').pluck().all(signed.id);
    expect(linked).toEqual(['assistance_agreement', 'follow_up']);

    // The timeline shows the signing, the follow-up and the closing.
    const timeline = await ok<TimelineEntry[]>(runtime, 'persons.timeline', { id: subject.personId });
    expect(timeline.find((e) => e.kind === 'agreement_closed')).toMatchObject({ date: '2025-06-01', title: '终止一人一策援助协议' });
    expect(timeline.find((e) => e.kind === 'agreement_closed')?.detail).toContain('已实现就业');
    const signing = timeline.find((e) => e.kind === 'service' && e.date === '2025-03-10');
    expect(signing).toMatchObject({ title: '援助协议' });
    expect(signing?.detail).toContain('签订一人一策援助协议：三个月内实现家政岗位就业');
    expect(timeline.find((e) => e.kind === 'service' && e.date === '2025-05-20')?.title).toBe('跟踪回访');

    // A new agreement may follow the closed one (not before its end).
    const again = await sign(runtime, subject.personId, { signedOn: '2025-06-01', goal: '稳定就业跟踪' });
    const all = await assistanceOf(runtime, subject.personId);
    expect(all.agreements.map((a) => [a.id, a.status])).toEqual([
      [again.id, 'active'],
      [signed.id, 'closed'],
    ]);
  });

  it('a measure planned for today or later is not overdue; planned in the future is allowed', async () => {
    const signed = await sign(runtime, subject.personId);
    const agreement = await addMeasure(runtime, signed.id, { plannedOn: '2025-06-30' });
    const later = await addMeasure(runtime, agreement.id, { plannedOn: '2025-09-30', kind: 'other', description: '申请灵活就业社保补贴' });
    expect(later.measures.map((m) => [m.plannedOn, m.overdue])).toEqual([
      ['2025-06-30', false],
      ['2025-09-30', false],
    ]);
  });

  it('exiting the recognition ends the agreement in force on the same day', async () => {
    const signed = await sign(runtime, subject.personId);
    await addMeasure(runtime, signed.id);
    const exited = await ok<{ status: string }>(runtime, 'recognitions.exit', {
      id: subject.recognition.id,
      version: subject.recognition.version,
      exitedOn: '2025-06-15',
      exitReason: '已就业',
    });
    expect(exited.status).toBe('exited');
    const after = await assistanceOf(runtime, subject.personId);
    expect(after.currentRecognitionId).toBeNull();
    expect(after.agreements[0]).toMatchObject({ status: 'closed', closedOn: '2025-06-15', closeReason: '就业困难人员认定退出：已就业', version: 1 });
    expect(auditCount(runtime, 'assistance_agreement')).toBe(2);
  });
});
