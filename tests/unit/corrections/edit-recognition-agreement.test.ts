/**
 * 修改 of a recognition step and of a 一人一策 agreement (issue #14): checked as when recorded, audited with before and
 * after; a refused edit leaves the database unchanged.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssistanceAgreement, Recognition } from '../../../shared/contract/recognitions';
import { refused } from '../history/history-fixture';
import { community, household, ok, person, recognise, rowsOf, streetRuntime, worklist } from '../worklist/street-fixture';
import type { Runtime } from '../worklist/street-fixture';

let runtime: Runtime;
beforeEach(async () => {
  runtime = await streetRuntime('2026-06-30');
});
afterEach(() => runtime.dispose());

const count = (sql: string, ...params: unknown[]): number => Number(runtime.db.sqlite.prepare(sql).pluck().get(...params));

async function newPerson(): Promise<number> {
  const c = await community(runtime, '金山社区');
  return (await person(runtime, await household(runtime, c), { birthDate: '1972-03-03' })).id;
}

function editOf(r: Recognition) {
  return {
    id: r.id,
    version: r.version,
    category: r.category,
    appliedOn: r.appliedOn,
    especiallyDifficult: r.especiallyDifficult,
    review: r.reviewedOn === null ? null : { decision: r.status === 'refused' ? 'refused' : 'recognised', reviewedOn: r.reviewedOn, reviewer: r.reviewer ?? '', note: r.reviewNote },
    exit: r.exitedOn === null ? null : { exitedOn: r.exitedOn, exitReason: r.exitReason ?? '' },
  };
}

describe('修改 of a recognition', () => {
  it('rewrites category, dates and 特别困难, audits before/after, and the 72-hour commitment follows', async () => {
    const p = await newPerson();
    const r = await recognise(runtime, p, '2026-06-22', false);
    expect(rowsOf(await worklist(runtime, '2026-06-30'), 'commitment', p)).toHaveLength(0);
    const edited = await ok<Recognition>(runtime, 'corrections.editRecognition', {
      ...editOf(r),
      category: 'dibao',
      appliedOn: '2026-06-20',
      especiallyDifficult: true,
      review: { decision: 'recognised', reviewedOn: '2026-06-25', reviewer: '王科长', note: null },
    });
    expect(edited).toMatchObject({ category: 'dibao', appliedOn: '2026-06-20', recognisedOn: '2026-06-25', reviewer: '王科长', status: 'recognised', commitmentDueOn: '2026-06-28' });
    expect(rowsOf(await worklist(runtime, '2026-06-30'), 'commitment', p)).toHaveLength(1);
    const audit = runtime.db.sqlite
      .prepare("SELECT before, after FROM audit_events WHERE entity = 'difficulty_recognition' AND action = 'update' AND entity_key = ? ORDER BY id DESC")
      .get(String(r.id)) as { before: string; after: string };
    expect(JSON.parse(audit.before)).toMatchObject({ category: '4050', appliedOn: '2026-06-22' });
    expect(JSON.parse(audit.after)).toMatchObject({ category: 'dibao', appliedOn: '2026-06-20' });
  });

  it('a refused decision needs its reason; a review before the application is refused; the database is unchanged', async () => {
    const p = await newPerson();
    const r = await recognise(runtime, p, '2026-06-22', false);
    await refused(runtime, 'corrections.editRecognition', { ...editOf(r), review: { decision: 'refused', reviewedOn: '2026-06-22', reviewer: '张科长', note: null } }, 'INVALID_INPUT');
    await refused(runtime, 'corrections.editRecognition', { ...editOf(r), review: { decision: 'recognised', reviewedOn: '2026-06-21', reviewer: '张科长', note: null } }, 'INVALID_INPUT');
    // A pending recognition gets no review through an edit, and a stale version is refused.
    const pending = await newPerson();
    const applied = await ok<Recognition>(runtime, 'recognitions.apply', { personId: pending, category: '4050', appliedOn: '2026-06-01', especiallyDifficult: false, fiveClear: FIVE });
    await refused(runtime, 'corrections.editRecognition', { ...editOf(applied), review: { decision: 'recognised', reviewedOn: '2026-06-02', reviewer: '张科长', note: null } }, 'INVALID_INPUT', 'review');
    await refused(runtime, 'corrections.editRecognition', { ...editOf(r), version: r.version + 1 }, 'CONFLICT');
  });

  it('cannot turn into 不予认定 while an agreement rests on it, nor be recognised after the agreement was signed', async () => {
    const p = await newPerson();
    const r = await recognise(runtime, p, '2026-03-02', false);
    await ok(runtime, 'assistance.create', { personId: p, signedOn: '2026-03-10', clerk: '李经办', goal: '三个月内实现就业' });
    const error = await refused(runtime, 'corrections.editRecognition', { ...editOf(r), review: { decision: 'refused', reviewedOn: '2026-03-02', reviewer: '张科长', note: '不符合条件' } }, 'INVALID_INPUT');
    expect(error.message).toContain('请先作废协议');
    await refused(runtime, 'corrections.editRecognition', { ...editOf(r), review: { decision: 'recognised', reviewedOn: '2026-03-11', reviewer: '张科长', note: null } }, 'INVALID_INPUT');
  });
});

const FIVE = {
  skills: { clear: true },
  jobWish: { clear: true },
  family: { clear: true },
  employment: { clear: true },
  policies: { clear: true },
};

function agreementEdit(a: AssistanceAgreement) {
  return { id: a.id, version: a.version, signedOn: a.signedOn, clerk: a.clerk, goal: a.goal, notes: a.notes, close: a.closedOn === null ? null : { closedOn: a.closedOn, reason: a.closeReason ?? '' } };
}

describe('修改 of a 一人一策 agreement', () => {
  it('rewrites signing and closing; its 援助协议 service record follows; audited', async () => {
    const p = await newPerson();
    await recognise(runtime, p, '2026-03-02', false);
    const a = await ok<AssistanceAgreement>(runtime, 'assistance.create', { personId: p, signedOn: '2026-03-10', clerk: '李经办', goal: '三个月内实现就业' });
    const edited = await ok<AssistanceAgreement>(runtime, 'corrections.editAgreement', {
      ...agreementEdit(a),
      signedOn: '2026-03-05',
      clerk: '王经办',
      goal: '两个月内实现就业',
      close: { closedOn: '2026-05-01', reason: '已就业' },
    });
    expect(edited).toMatchObject({ signedOn: '2026-03-05', clerk: '王经办', goal: '两个月内实现就业', status: 'closed', closedOn: '2026-05-01', closeReason: '已就业' });
    const service = runtime.db.sqlite.prepare("SELECT date, clerk, content FROM service_records WHERE agreement_id = ? AND kind = 'assistance_agreement'").get(a.id);
    expect(service).toEqual({ date: '2026-03-05', clerk: '王经办', content: '签订一人一策援助协议：两个月内实现就业' });
    expect(count("SELECT COUNT(*) FROM audit_events WHERE action = 'update' AND entity IN ('assistance_agreement', 'service_record')")).toBe(2);
    // A closing entered by mistake is taken back.
    const reopened = await ok<AssistanceAgreement>(runtime, 'corrections.editAgreement', { ...agreementEdit(edited), close: null });
    expect(reopened).toMatchObject({ status: 'active', closedOn: null, closeReason: null });
  });

  it('refuses a signing before the recognition or after a follow-up, and a close before the follow-up; the database is unchanged', async () => {
    const p = await newPerson();
    await recognise(runtime, p, '2026-03-02', false);
    const a = await ok<AssistanceAgreement>(runtime, 'assistance.create', { personId: p, signedOn: '2026-03-10', clerk: '李经办', goal: '三个月内实现就业' });
    const withFollowUp = await ok<AssistanceAgreement>(runtime, 'assistance.recordFollowUp', { agreementId: a.id, date: '2026-04-01', clerk: '李经办', content: '电话回访' });
    const early = await refused(runtime, 'corrections.editAgreement', { ...agreementEdit(withFollowUp), signedOn: '2026-03-01' }, 'INVALID_INPUT', 'signedOn');
    expect(early.message).toContain('不能早于认定日期（2026-03-02）');
    await refused(runtime, 'corrections.editAgreement', { ...agreementEdit(withFollowUp), signedOn: '2026-04-02' }, 'INVALID_INPUT', 'signedOn');
    await refused(runtime, 'corrections.editAgreement', { ...agreementEdit(withFollowUp), close: { closedOn: '2026-03-20', reason: '已就业' } }, 'INVALID_INPUT');
    await refused(runtime, 'corrections.editAgreement', { ...agreementEdit(withFollowUp), goal: '  ' }, 'INVALID_INPUT');
  });
});
