/**
 * 作废 of a recognition and of a 一人一策 agreement (issue #14): the worklist rules that rest on them stop; an
 * agreement takes its measures and its signing and follow-up services along; a recognition with an agreement is
 * refused until the agreement is voided; everything stays in the audit and the timeline.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssistanceAgreement } from '../../../shared/contract/recognitions';
import type { TimelineEntry } from '../../../shared/contract/registry';
import { refused } from '../history/history-fixture';
import { community, household, ok, person, recognise, rowsOf, streetRuntime, worklist } from '../worklist/street-fixture';
import type { Runtime } from '../worklist/street-fixture';

let runtime: Runtime;
beforeEach(async () => {
  runtime = await streetRuntime('2026-06-30');
});
afterEach(() => runtime.dispose());

const count = (sql: string, ...params: unknown[]): number => Number(runtime.db.sqlite.prepare(sql).pluck().get(...params));

describe('voiding a recognition and an agreement', () => {
  it('the 72-hour commitment due for an especially difficult person goes with the voided recognition', async () => {
    const c = await community(runtime, '金山社区');
    const p = (await person(runtime, await household(runtime, c), { birthDate: '1972-03-03' })).id;
    const recognition = await recognise(runtime, p, '2026-06-22', true);
    expect(rowsOf(await worklist(runtime, '2026-06-30'), 'commitment', p)).toHaveLength(1);
    await ok(runtime, 'corrections.void', { entity: 'difficulty_recognition', id: recognition.id, reason: '认定录错了人' });
    expect(rowsOf(await worklist(runtime, '2026-06-30'), 'commitment', p)).toHaveLength(0);
    const timeline = await ok<TimelineEntry[]>(runtime, 'persons.timeline', { id: p });
    expect(timeline.find((e) => e.voided)).toMatchObject({ title: '就业困难人员认定（4050 人员）', voided: { reason: '认定录错了人' } });
  });

  it('an agreement takes its measures and services along; its recognition can be voided only after it', async () => {
    const c = await community(runtime, '金山社区');
    const p = (await person(runtime, await household(runtime, c), { birthDate: '1972-03-03' })).id;
    const recognition = await recognise(runtime, p, '2026-03-02', false);
    const agreement = await ok<AssistanceAgreement>(runtime, 'assistance.create', { personId: p, signedOn: '2026-03-10', clerk: '李经办', goal: '三个月内实现就业' });
    await ok(runtime, 'assistance.addMeasure', { agreementId: agreement.id, kind: 'guidance', description: '职业指导一次', plannedOn: '2026-04-01' });
    expect(count('SELECT COUNT(*) FROM service_records WHERE agreement_id = ?', agreement.id)).toBe(1);

    const error = await refused(runtime, 'corrections.void', { entity: 'difficulty_recognition', id: recognition.id, reason: '录错' }, 'CONFLICT');
    expect(error.message).toContain('请先作废协议');

    await ok(runtime, 'corrections.void', { entity: 'assistance_agreement', id: agreement.id, reason: '协议签错了人' });
    expect(count('SELECT COUNT(*) FROM assistance_agreements WHERE id = ?', agreement.id)).toBe(0);
    expect(count('SELECT COUNT(*) FROM assistance_measures WHERE agreement_id = ?', agreement.id)).toBe(0);
    expect(count('SELECT COUNT(*) FROM service_records WHERE person_id = ?', p)).toBe(0);
    expect(count("SELECT COUNT(*) FROM audit_events WHERE action = 'void'")).toBe(2);
    const timeline = await ok<TimelineEntry[]>(runtime, 'persons.timeline', { id: p });
    expect(timeline.filter((e) => e.voided).map((e) => e.title).sort()).toEqual(['一人一策援助协议', '援助协议'].sort());

    await ok(runtime, 'corrections.void', { entity: 'difficulty_recognition', id: recognition.id, reason: '认定录错了人' });
    expect(count('SELECT COUNT(*) FROM difficulty_recognitions WHERE person_id = ?', p)).toBe(0);
  });
});
