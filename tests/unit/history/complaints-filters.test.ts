import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/contract/complaints';
import { dbFingerprint } from '../support/db-fingerprint';
import { addCommunity, historyRuntime, ok, refused } from './history-fixture';
import type { Runtime } from './history-fixture';

let runtime: Runtime;
let communityId: number;

beforeEach(async () => {
  runtime = await historyRuntime();
  communityId = addCommunity(runtime, '金山社区');
});
afterEach(() => runtime.dispose());

const record = (date: string, content: string) => ok<Complaint>(runtime, 'complaints.record', { communityId, date, content });

describe('complaints.list by validity and status', () => {
  it('filters 有效/无效/未认定 and 未办结/已办结, combined with community and period', async () => {
    const valid = await record('2025-01-10', '有效未办结');
    const invalid = await record('2025-02-10', '无效已办结');
    await record('2025-03-10', '未认定');
    const other = addCommunity(runtime, '银山社区');
    await ok(runtime, 'complaints.record', { communityId: other, date: '2025-03-11', content: '银山未认定' });
    await ok(runtime, 'complaints.judge', { id: valid.id, version: 0, valid: true, reason: '属实', judgedOn: '2025-01-11' });
    await ok(runtime, 'complaints.judge', { id: invalid.id, version: 0, valid: false, reason: '不属实', judgedOn: '2025-02-10' });
    await ok(runtime, 'complaints.resolve', { id: invalid.id, version: 1, resolution: '已答复', resolvedOn: '2025-02-11' });

    const before = dbFingerprint(runtime);
    const contents = async (input: Record<string, unknown>) => (await ok<Complaint[]>(runtime, 'complaints.list', input)).map((c) => c.content);
    expect(await contents({ validity: 'valid' })).toEqual(['有效未办结']);
    expect(await contents({ validity: 'invalid' })).toEqual(['无效已办结']);
    expect(await contents({ validity: 'unjudged' })).toEqual(['银山未认定', '未认定']);
    expect(await contents({ validity: 'unjudged', communityId })).toEqual(['未认定']);
    expect(await contents({ status: 'resolved' })).toEqual(['无效已办结']);
    expect(await contents({ status: 'open', from: '2025-01-01', to: '2025-03-10' })).toEqual(['未认定', '有效未办结']);
    expect(await contents({ status: 'open', validity: 'invalid' })).toEqual([]);
    expect(dbFingerprint(runtime)).toBe(before);
    await refused(runtime, 'complaints.list', { validity: 'maybe' }, 'INVALID_INPUT', 'validity');
    await refused(runtime, 'complaints.list', { status: 'closed' }, 'INVALID_INPUT', 'status');
  });
});
