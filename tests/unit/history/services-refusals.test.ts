/**
 * Bad service input is refused with the field named, and nothing is written: not the record, not an audit event
 * (`refused` compares a fingerprint of every table before and after each call).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rowCount } from '../support/temp-runtime';
import { addFamily, addPerson, auditCount, historyRuntime, refused, TODAY } from './history-fixture';
import type { Runtime } from './history-fixture';

let runtime: Runtime;
let personId: number;
let householdId: number;

beforeEach(async () => {
  runtime = await historyRuntime();
  householdId = addFamily(runtime).householdId;
  personId = addPerson(runtime, { householdId, birthDate: '1978-09-09' });
});
afterEach(() => {
  expect(rowCount(runtime, 'service_records')).toBe(0);
  expect(auditCount(runtime, 'service_record')).toBe(0);
  runtime.dispose();
});

const service = (over: Record<string, unknown>) => ({ subject: { personId }, date: '2025-06-01', clerk: '王芳', ...over });
const benefit = { kind: 'policy_benefit', benefitType: '社保补贴', amount: 600, benefitPeriod: '2025年上半年', approvalNumber: '解人社〔2025〕8号' };

describe('a service for an archived person', () => {
  it('is refused on the person, whatever its date', async () => {
    const gone = addPerson(runtime, { householdId, archivedOn: '2025-05-01' });
    for (const date of ['2025-04-01', '2025-05-01', TODAY]) {
      const error = await refused(runtime, 'services.record', service({ kind: 'guidance', subject: { personId: gone }, date }), 'INVALID_INPUT', 'subject.personId');
      expect(error.message).toContain('归档');
    }
  });

  it('is refused in a bulk entry, naming the line', async () => {
    const gone = addPerson(runtime, { householdId, archivedOn: '2025-05-01', name: '赵明' });
    const error = await refused(
      runtime,
      'services.recordBulk',
      { kind: 'job_preparation', date: '2025-06-01', clerk: '王芳', content: '招聘会', personIds: [personId, gone] },
      'INVALID_INPUT',
      'personIds.1',
    );
    expect(error.message).toContain('赵明');
  });
});

describe('a date in the future', () => {
  it('is refused on the date for a person, a household and a bulk entry', async () => {
    await refused(runtime, 'services.record', service({ kind: 'guidance', date: '2025-07-01' }), 'INVALID_INPUT', 'date');
    await refused(runtime, 'services.record', service({ kind: 'follow_up', subject: { householdId }, date: '2025-07-01' }), 'INVALID_INPUT', 'date');
    await refused(
      runtime,
      'services.recordBulk',
      { kind: 'job_preparation', date: '2025-07-01', clerk: '王芳', content: '招聘会', personIds: [personId] },
      'INVALID_INPUT',
      'date',
    );
  });

  it('and so are dates that are not dates', async () => {
    await refused(runtime, 'services.record', service({ kind: 'guidance', date: '2025-02-29' }), 'INVALID_INPUT', 'date');
    await refused(runtime, 'services.record', service({ kind: 'guidance', date: '' }), 'INVALID_INPUT', 'date');
  });
});

describe('missing or wrong kind-specific fields', () => {
  it('referral: the result is required; an unknown vacancy is named', async () => {
    await refused(runtime, 'services.record', service({ kind: 'referral' }), 'INVALID_INPUT', 'referralResult');
    await refused(runtime, 'services.record', service({ kind: 'referral', referralResult: 'maybe' }), 'INVALID_INPUT', 'referralResult');
    await refused(runtime, 'services.record', service({ kind: 'referral', referralResult: 'pending', vacancyId: 99 }), 'INVALID_INPUT', 'vacancyId');
  });

  it('training: course and positive hours', async () => {
    await refused(runtime, 'services.record', service({ kind: 'training', hours: 8 }), 'INVALID_INPUT', 'course');
    await refused(runtime, 'services.record', service({ kind: 'training', course: '   ', hours: 8 }), 'INVALID_INPUT', 'course');
    await refused(runtime, 'services.record', service({ kind: 'training', course: '电工' }), 'INVALID_INPUT', 'hours');
    await refused(runtime, 'services.record', service({ kind: 'training', course: '电工', hours: 0 }), 'INVALID_INPUT', 'hours');
  });

  it.each(['benefitType', 'amount', 'benefitPeriod', 'approvalNumber'])('policy benefit without %s', async (field) => {
    const input: Record<string, unknown> = service({ ...benefit });
    delete input[field];
    await refused(runtime, 'services.record', input, 'INVALID_INPUT', field);
  });

  it('a plain kind takes no kind-specific fields; the clerk and the kind are required', async () => {
    await refused(runtime, 'services.record', service({ kind: 'follow_up', referralResult: 'hired' }), 'INVALID_INPUT', '(整体)');
    await refused(runtime, 'services.record', service({ kind: 'guidance', clerk: ' ' }), 'INVALID_INPUT', 'clerk');
    await refused(runtime, 'services.record', service({}), 'INVALID_INPUT', 'kind');
  });

  it('referrals and training are for a person, not a household', async () => {
    await refused(runtime, 'services.record', service({ kind: 'referral', referralResult: 'hired', subject: { householdId } }), 'INVALID_INPUT', 'subject');
    await refused(runtime, 'services.record', service({ kind: 'training', course: '电工', hours: 8, subject: { householdId } }), 'INVALID_INPUT', 'subject');
  });
});
