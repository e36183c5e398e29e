import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/contract/complaints';
import { addCommunity, auditCount, historyRuntime, ok, refused, TODAY } from './history-fixture';
import type { Runtime } from './history-fixture';

let runtime: Runtime;
let communityId: number;

beforeEach(async () => {
  runtime = await historyRuntime();
  communityId = addCommunity(runtime, '金山社区');
});
afterEach(() => runtime.dispose());

const record = (date: string, community = communityId) =>
  ok<Complaint>(runtime, 'complaints.record', { communityId: community, date, content: `${date} 反映介绍的岗位不存在` });

describe('complaints', () => {
  it('record → judge → resolve, audited', async () => {
    const c = await record('2025-04-01');
    expect(c).toMatchObject({ communityName: '金山社区', valid: null, judgedOn: null, resolution: null, version: 0 });
    const judged = await ok<Complaint>(runtime, 'complaints.judge', { id: c.id, version: 0, valid: true, reason: '经核实属实', judgedOn: '2025-04-01' });
    expect(judged).toMatchObject({ valid: true, validityReason: '经核实属实', judgedOn: '2025-04-01', version: 1 });
    const rejudged = await ok<Complaint>(runtime, 'complaints.judge', { id: c.id, version: 1, valid: false, reason: '复核不属实', judgedOn: '2025-04-01' });
    expect(rejudged).toMatchObject({ valid: false, judgedOn: '2025-04-01' });
    const resolved = await ok<Complaint>(runtime, 'complaints.resolve', { id: c.id, version: 2, resolution: '已答复', resolvedOn: '2025-04-01' });
    expect(resolved).toMatchObject({ resolution: '已答复', resolvedOn: '2025-04-01', version: 3 });
    expect(auditCount(runtime, 'complaint')).toBe(4);
  });

  it('refuses stale versions, changes after resolution, bad dates and unknown communities', async () => {
    await refused(runtime, 'complaints.record', { communityId, date: '2025-07-01', content: '内容' }, 'INVALID_INPUT', 'date');
    await refused(runtime, 'complaints.record', { communityId: 99, date: '2025-04-01', content: '内容' }, 'NOT_FOUND', 'communityId');
    await refused(runtime, 'complaints.record', { communityId, date: '2025-04-01', content: ' ' }, 'INVALID_INPUT', 'content');
    const c = await record('2025-04-01');
    await refused(runtime, 'complaints.judge', { id: c.id, version: 5, valid: true, reason: '属实', judgedOn: '2025-04-01' }, 'CONFLICT');
    await refused(runtime, 'complaints.resolve', { id: c.id, version: 0, resolution: '答复', resolvedOn: '2025-03-31' }, 'INVALID_INPUT', 'resolvedOn');
    await refused(runtime, 'complaints.resolve', { id: c.id, version: 0, resolution: '答复', resolvedOn: '2025-07-01' }, 'INVALID_INPUT', 'resolvedOn');
    await ok(runtime, 'complaints.resolve', { id: c.id, version: 0, resolution: '答复', resolvedOn: '2025-04-02' });
    await refused(runtime, 'complaints.judge', { id: c.id, version: 1, valid: true, reason: '属实', judgedOn: '2025-04-02' }, 'CONFLICT');
    await refused(runtime, 'complaints.resolve', { id: c.id, version: 1, resolution: '再答复', resolvedOn: '2025-04-03' }, 'CONFLICT');
  });

  it("the judgement date: from the complaint's date to today, named in Chinese on the field", async () => {
    const c = await record('2025-04-01');
    const before = await refused(runtime, 'complaints.judge', { id: c.id, version: 0, valid: true, reason: '属实', judgedOn: '2025-03-31' }, 'INVALID_INPUT', 'judgedOn');
    expect(before.message).toContain('认定日期（2025-03-31）不能早于投诉日期（2025-04-01）');
    const future = await refused(runtime, 'complaints.judge', { id: c.id, version: 0, valid: true, reason: '属实', judgedOn: '2025-07-01' }, 'INVALID_INPUT', 'judgedOn');
    expect(future.message).toContain('认定日期（2025-07-01）不能晚于今天（2025-06-30）');
    const missing = await refused(runtime, 'complaints.judge', { id: c.id, version: 0, valid: true, reason: '属实' }, 'INVALID_INPUT', 'judgedOn');
    expect(missing.message).toContain('认定日期');
    await refused(runtime, 'complaints.judge', { id: c.id, version: 0, valid: true, reason: '属实', judgedOn: '2025-02-30' }, 'INVALID_INPUT', 'judgedOn');
    // Both ends are allowed: the complaint's own day and today.
    const first = await ok<Complaint>(runtime, 'complaints.judge', { id: c.id, version: 0, valid: true, reason: '属实', judgedOn: '2025-04-01' });
    expect(first.judgedOn).toBe('2025-04-01');
    const last = await ok<Complaint>(runtime, 'complaints.judge', { id: c.id, version: 1, valid: false, reason: '复核不属实', judgedOn: TODAY });
    expect(last).toMatchObject({ valid: false, judgedOn: TODAY });
    expect((await ok<Complaint[]>(runtime, 'complaints.list', {}))[0]).toMatchObject({ judgedOn: TODAY });
    // It cannot be resolved before it was judged; on the judgement day it can.
    await refused(runtime, 'complaints.resolve', { id: c.id, version: 2, resolution: '答复', resolvedOn: '2025-06-29' }, 'INVALID_INPUT', 'resolvedOn');
    await ok(runtime, 'complaints.resolve', { id: c.id, version: 2, resolution: '答复', resolvedOn: TODAY });
  });

  it('lists newest first, by community and date range (inclusive)', async () => {
    const other = addCommunity(runtime, '银山社区');
    await record('2025-01-15');
    await record('2025-03-01');
    await record('2025-02-01', other);
    const all = await ok<Complaint[]>(runtime, 'complaints.list', {});
    expect(all.map((c) => c.date)).toEqual(['2025-03-01', '2025-02-01', '2025-01-15']);
    const mine = await ok<Complaint[]>(runtime, 'complaints.list', { communityId });
    expect(mine.map((c) => c.date)).toEqual(['2025-03-01', '2025-01-15']);
    const range = await ok<Complaint[]>(runtime, 'complaints.list', { from: '2025-01-15', to: '2025-02-01' });
    expect(range.map((c) => c.date)).toEqual(['2025-02-01', '2025-01-15']);
    await refused(runtime, 'complaints.list', { from: '2025-03-01', to: '2025-02-01' }, 'INVALID_INPUT', 'to');
  });
});
