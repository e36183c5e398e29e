/**
 * db/repositories/services/service-digests-repo.ts read directly: each person's (or household's) digest of its
 * records on or before D — the latest policy benefit, the clerk of the latest record naming one (of two on one day,
 * the later recorded; a blank clerk names no one), the guidance, commitment and refusal dates, the last follow-up —
 * and the clerk agrees with lastClerksOf.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetMemoReads } from '../../../db/read-memo';
import { householdServiceDigests, lastClerksOf, serviceDigests } from '../../../db/repositories/services/service-digests-repo';
import { addFamily, addPerson, historyRuntime } from '../history/history-fixture';
import type { Runtime } from '../history/history-fixture';

let runtime: Runtime;
beforeEach(async () => {
  runtime = await historyRuntime();
});
afterEach(() => runtime.dispose());

interface Seed {
  personId?: number;
  householdId?: number;
  date: string;
  kind: string;
  clerk?: string | null;
  benefitType?: string;
  referralResult?: string;
}

function record(seed: Seed): void {
  runtime.db.sqlite
    .prepare(
      `INSERT INTO service_records (person_id, household_id, date, kind, clerk, content, benefit_type, referral_result, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, '记录', ?, ?, 'x', 'x')`,
    )
    .run(seed.personId ?? null, seed.householdId ?? null, seed.date, seed.kind, seed.clerk ?? null, seed.benefitType ?? null, seed.referralResult ?? null);
}

describe('serviceDigests', () => {
  it('digests each person’s records on or before D; the clerk is the later recorded of the latest day naming one', () => {
    const { householdId } = addFamily(runtime);
    const a = addPerson(runtime, { householdId });
    const b = addPerson(runtime, { householdId });
    const none = addPerson(runtime, { householdId });
    record({ personId: a, date: '2025-03-01', kind: 'guidance', clerk: '张三' });
    record({ personId: a, date: '2025-03-05', kind: 'guidance', clerk: '李四' });
    record({ personId: a, date: '2025-03-05', kind: 'follow_up', clerk: '王五' });
    record({ personId: a, date: '2025-03-06', kind: 'commitment', clerk: '  ' });
    record({ personId: a, date: '2025-03-02', kind: 'policy_benefit', benefitType: '社保补贴' });
    record({ personId: a, date: '2025-02-01', kind: 'referral', referralResult: 'refused', clerk: '赵六' });
    record({ personId: a, date: '2025-04-02', kind: 'guidance', clerk: '钱七' });
    record({ personId: b, date: '2025-01-10', kind: 'commitment' });
    record({ householdId, date: '2025-03-20', kind: 'follow_up', clerk: '孙八' });

    const digests = serviceDigests(runtime.db, [a, b, none], '2025-03-31');
    expect(digests.get(a)).toEqual({
      latestBenefit: { date: '2025-03-02', what: '社保补贴' },
      lastClerk: { date: '2025-03-05', clerk: '王五' },
      refusalDates: ['2025-02-01'],
      guidanceDates: ['2025-03-01', '2025-03-05'],
      commitmentDates: ['2025-03-06'],
      lastFollowUpOn: '2025-03-05',
    });
    expect(digests.get(b)).toEqual({ latestBenefit: null, lastClerk: null, refusalDates: [], guidanceDates: [], commitmentDates: ['2025-01-10'], lastFollowUpOn: null });
    expect(digests.has(none)).toBe(false);
    expect(lastClerksOf(runtime.db, [a, b, none], '2025-03-31')).toEqual(new Map([[a, '王五']]));

    forgetMemoReads(runtime.db.sqlite);
    expect(serviceDigests(runtime.db, [a], '2025-04-30').get(a)?.lastClerk).toEqual({ date: '2025-04-02', clerk: '钱七' });
    expect(householdServiceDigests(runtime.db, [householdId], '2025-03-31').get(householdId)).toMatchObject({
      lastClerk: { date: '2025-03-20', clerk: '孙八' },
      lastFollowUpOn: '2025-03-20',
    });
    expect(householdServiceDigests(runtime.db, [householdId], '2025-03-19').has(householdId)).toBe(false);
  });
});
