import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeemedCandidate, Wish } from '../../../shared/contract/employment';
import { dbFingerprint } from '../support/db-fingerprint';
import { addCommunity, addFamily, addHousehold, addPerson, historyRuntime, ok, refused } from './history-fixture';
import type { Runtime } from './history-fixture';

let runtime: Runtime;
let personId: number;
let householdId: number;
let communityId: number;

beforeEach(async () => {
  runtime = await historyRuntime();
  ({ communityId, householdId } = addFamily(runtime));
  personId = addPerson(runtime, { householdId, name: '王芳', birthDate: '1985-04-01' });
});
afterEach(() => runtime.dispose());

const wish = (over: Record<string, unknown> = {}) => ({ personId, recordedOn: '2025-01-10', hasWish: true, wishedJob: '保洁', ...over });
const refusal = (date: string, who = personId, result = 'refused') =>
  ok(runtime, 'services.record', { subject: { personId: who }, date, kind: 'referral', clerk: '李红', content: `介绍到岗位 ${date}`, referralResult: result });
const candidates = (input: Record<string, unknown> = {}) => ok<DeemedCandidate[]>(runtime, 'wishes.deemedNoWishCandidates', input);

describe('wishes.record', () => {
  it('records a wish and a no-wish with its reason', async () => {
    const w = await ok<Wish>(runtime, 'wishes.record', wish({ wishedWage: 3000, trainingWanted: '家政' }));
    expect(w).toMatchObject({ hasWish: true, wishedJob: '保洁', wishedWage: 3000, noWishReason: null, deemedByRefusals: false });
    const n = await ok<Wish>(runtime, 'wishes.record', wish({ recordedOn: '2025-02-01', hasWish: false, wishedJob: undefined, noWishReason: '料理家务' }));
    expect(n).toMatchObject({ hasWish: false, noWishReason: '料理家务', deemedByRefusals: false });
  });

  it('a no-wish needs one of the listed reasons; a wish takes none', async () => {
    await refused(runtime, 'wishes.record', wish({ hasWish: false, wishedJob: null }), 'INVALID_INPUT', 'noWishReason');
    await refused(runtime, 'wishes.record', wish({ hasWish: false, wishedJob: null, noWishReason: '不想干' }), 'INVALID_INPUT', 'noWishReason');
    await refused(runtime, 'wishes.record', wish({ noWishReason: '退休' }), 'INVALID_INPUT', 'noWishReason');
    await refused(runtime, 'wishes.record', wish({ hasWish: false, noWishReason: '退休' }), 'INVALID_INPUT', 'wishedJob');
  });

  it('not in the future, not before birth, not twice on one day, not for an archived person', async () => {
    await refused(runtime, 'wishes.record', wish({ recordedOn: '2025-07-01' }), 'INVALID_INPUT', 'recordedOn');
    await refused(runtime, 'wishes.record', wish({ recordedOn: '1985-03-31' }), 'INVALID_INPUT', 'recordedOn');
    await ok(runtime, 'wishes.record', wish());
    await refused(runtime, 'wishes.record', wish({ wishedJob: '保安' }), 'CONFLICT', 'recordedOn');
    const gone = addPerson(runtime, { householdId, archivedOn: '2025-03-01' });
    await refused(runtime, 'wishes.record', wish({ personId: gone }), 'INVALID_INPUT', 'personId');
  });
});

describe('deemed no wish after two refused referrals', () => {
  it('appears only after the second refusal, and listing it writes nothing', async () => {
    await ok(runtime, 'wishes.record', wish());
    await refusal('2025-01-05');
    await refusal('2025-02-01');
    await refusal('2025-02-10', personId, 'pending');
    await refusal('2025-02-11', personId, 'hired');
    expect(await candidates()).toEqual([]);
    await refusal('2025-03-01');
    const before = dbFingerprint(runtime);
    const list = await candidates();
    expect(dbFingerprint(runtime)).toBe(before);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ personId, name: '王芳', wishRecordedOn: '2025-01-10' });
    expect(list[0]?.idNumberMasked).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expect(list[0]?.refusals.map((r) => [r.date, r.content])).toEqual([
      ['2025-02-01', '介绍到岗位 2025-02-01'],
      ['2025-03-01', '介绍到岗位 2025-03-01'],
    ]);
    const noWish = runtime.db.sqlite.prepare('SELECT COUNT(*) FROM employment_wishes WHERE has_wish = 0').pluck().get();
    expect(noWish).toBe(0);
  });

  it('counts refusals on the wish’s own day; a new wish starts the count again', async () => {
    await ok(runtime, 'wishes.record', wish());
    await refusal('2025-01-10');
    await refusal('2025-01-20');
    expect(await candidates()).toHaveLength(1);
    await ok(runtime, 'wishes.record', wish({ recordedOn: '2025-02-01', wishedJob: '保安' }));
    expect(await candidates()).toEqual([]);
  });

  it('not for persons without a wish, and filtered by community', async () => {
    await ok(runtime, 'wishes.record', wish());
    await refusal('2025-02-01');
    await refusal('2025-03-01');
    const elsewhere = addCommunity(runtime, '银山社区');
    const other = addPerson(runtime, { householdId: addHousehold(runtime, elsewhere) });
    await ok(runtime, 'wishes.record', wish({ personId: other, hasWish: false, wishedJob: null, noWishReason: '其他' }));
    await refusal('2025-02-01', other);
    await refusal('2025-03-01', other);
    expect((await candidates()).map((c) => c.personId)).toEqual([personId]);
    expect(await candidates({ communityId })).toHaveLength(1);
    expect(await candidates({ communityId: elsewhere })).toEqual([]);
  });

  it('confirmation records the deemed no-wish; then the person is no longer a candidate', async () => {
    await ok(runtime, 'wishes.record', wish());
    await refused(runtime, 'wishes.confirmDeemedNoWish', { personId, recordedOn: '2025-03-05' }, 'CONFLICT', 'personId');
    await refusal('2025-02-01');
    await refusal('2025-03-01');
    const w = await ok<Wish>(runtime, 'wishes.confirmDeemedNoWish', { personId, recordedOn: '2025-03-05' });
    expect(w).toMatchObject({ hasWish: false, noWishReason: '两次拒绝介绍视为无意愿', deemedByRefusals: true, recordedOn: '2025-03-05' });
    const row = runtime.db.sqlite.prepare('SELECT deemed_by_refusals FROM employment_wishes WHERE id = ?').pluck().get(w.id);
    expect(row).toBe(1);
    expect(await candidates()).toEqual([]);
    await refused(runtime, 'wishes.confirmDeemedNoWish', { personId, recordedOn: '2025-03-06' }, 'CONFLICT', 'personId');
  });

  it('confirmation is dated: not in the future', async () => {
    await ok(runtime, 'wishes.record', wish());
    await refusal('2025-02-01');
    await refusal('2025-03-01');
    await refused(runtime, 'wishes.confirmDeemedNoWish', { personId, recordedOn: '2025-07-01' }, 'INVALID_INPUT', 'recordedOn');
    await refused(runtime, 'wishes.confirmDeemedNoWish', { personId, recordedOn: '2025-02-15' }, 'CONFLICT', 'personId');
  });
});
