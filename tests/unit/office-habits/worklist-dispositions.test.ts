/**
 * 已处理 / 暂缓 on 待办 rows (issue #14 item 10): decided today, read as of D (a past list stays as it was), the row
 * leaves the list and the badge, a postponement ends on its date, 撤销 brings the row back; audited; bad input
 * refused with the database unchanged.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceRecord } from '../../../shared/contract/services';
import type { WorklistCounts, WorklistList } from '../../../shared/contract/worklist';
import type { WorklistDisposition } from '../../../shared/contract/worklist-dispositions';
import { auditCount, refused } from '../history/history-fixture';
import { community, household, ok, person, register, rowsOf, service, streetRuntime, wish, worklist } from '../worklist/street-fixture';
import type { Runtime } from '../worklist/street-fixture';

const TODAY = '2025-10-20';
let runtime: Runtime;
let p: number;
let other: number;
beforeEach(async () => {
  runtime = await streetRuntime(TODAY);
  const jinshan = await community(runtime, '金山社区');
  const seeker = async (birthDate: string) => {
    const h = await household(runtime, jinshan, { urban: false });
    const id = (await person(runtime, h, { birthDate })).id;
    await wish(runtime, id, '2025-01-02');
    await register(runtime, id, '2025-09-01');
    return id;
  };
  p = await seeker('1990-04-04');
  other = await seeker('1991-05-05');
});
afterEach(() => runtime.dispose());

const guidanceRow = async (asOf: string, personId = p, settled = false) => {
  const list = await ok<WorklistList>(runtime, 'worklist.list', { asOf, settled });
  return rowsOf(list as Parameters<typeof rowsOf>[0], 'guidance', personId)[0] as WorklistList['rows'][number] | undefined;
};
const badge = async (asOf: string) => (await ok<WorklistCounts>(runtime, 'worklist.counts', { asOf })).open;

async function servicesOf(personId: number): Promise<ServiceRecord[]> {
  return ok<ServiceRecord[]>(runtime, 'services.listForPerson', { personId });
}

describe('已处理', () => {
  it('with the service it led to: gone from today on (list and badge), still on an earlier date, shown with the toggle', async () => {
    await service(runtime, { personId: p }, '2025-10-18', 'follow_up', { clerk: '王芳' });
    const row = await guidanceRow(TODAY);
    expect(row).toMatchObject({ status: 'overdue', disposition: null });
    if (!row) throw new Error('no guidance row');
    const before = await badge(TODAY);
    const [followUp] = await servicesOf(p);
    const marked = await ok<WorklistDisposition>(runtime, 'worklist.dispose', { rowId: row.rowId, dueOn: row.dueOn, decision: 'handled', serviceRecordId: followUp?.id ?? 0 });
    expect(marked).toMatchObject({ decision: 'handled', decidedOn: TODAY, service: { date: '2025-10-18', label: '2025-10-18 跟踪回访（王芳）' } });
    expect(auditCount(runtime, 'worklist_disposition')).toBe(1);

    expect(await guidanceRow(TODAY)).toBeUndefined();
    expect(await badge(TODAY)).toBe(before - 1);
    const list = await worklist(runtime, TODAY);
    expect(list.total).toBe(before - 1);
    expect(list.settled).toBe(1);
    expect(await guidanceRow(TODAY, p, true)).toMatchObject({ disposition: { decision: 'handled', service: { id: followUp?.id } } });
    // As of the day before it was decided, the list is what it was.
    expect(await guidanceRow('2025-10-19')).toMatchObject({ disposition: null });
    // Another person's row stays.
    expect(await guidanceRow(TODAY, other)).toBeDefined();
  });

  it('without a service record (a row closed another way); a second mark is refused until 撤销', async () => {
    const row = await guidanceRow(TODAY);
    if (!row) throw new Error('no guidance row');
    const marked = await ok<WorklistDisposition>(runtime, 'worklist.dispose', { rowId: row.rowId, dueOn: row.dueOn, decision: 'handled', serviceRecordId: null });
    expect(marked.service).toBeNull();
    const error = await refused(runtime, 'worklist.dispose', { rowId: row.rowId, dueOn: row.dueOn, decision: 'postponed', reason: '外出', postponedUntil: '2025-11-01' }, 'CONFLICT');
    expect(error.message).toContain('已处理');
    await ok(runtime, 'worklist.withdrawDisposition', { id: marked.id });
    expect(await guidanceRow(TODAY)).toMatchObject({ disposition: null });
    expect(auditCount(runtime, 'worklist_disposition')).toBe(2);
    await refused(runtime, 'worklist.withdrawDisposition', { id: marked.id }, 'NOT_FOUND');
  });

  it('refuses another person’s service, a row not on today’s list and an unknown service, writing nothing', async () => {
    await service(runtime, { personId: other }, '2025-10-18', 'follow_up');
    const row = await guidanceRow(TODAY);
    if (!row) throw new Error('no guidance row');
    const [others] = await servicesOf(other);
    const error = await refused(runtime, 'worklist.dispose', { rowId: row.rowId, dueOn: row.dueOn, decision: 'handled', serviceRecordId: others?.id ?? 0 }, 'INVALID_INPUT', 'serviceRecordId');
    expect(error.message).toContain('不属于');
    await refused(runtime, 'worklist.dispose', { rowId: row.rowId, dueOn: row.dueOn, decision: 'handled', serviceRecordId: 99999 }, 'INVALID_INPUT', 'serviceRecordId');
    await refused(runtime, 'worklist.dispose', { rowId: row.rowId, dueOn: '2025-09-30', decision: 'handled', serviceRecordId: null }, 'NOT_FOUND');
    await refused(runtime, 'worklist.dispose', { rowId: 'guidance:registration:999', dueOn: row.dueOn, decision: 'handled', serviceRecordId: null }, 'NOT_FOUND');
  });
});

describe('a standing row (十清缺项: due on every date)', () => {
  it('stays settled on later dates, although its due date moves with the date shown', async () => {
    const rowOn = async (asOf: string, settled = false) =>
      rowsOf((await ok<WorklistList>(runtime, 'worklist.list', { asOf, settled })) as Parameters<typeof rowsOf>[0], 'missing_ten_clear', p)[0] as WorklistList['rows'][number] | undefined;
    const row = await rowOn(TODAY);
    if (!row) throw new Error('no 十清 row');
    expect(row.dueOn).toBe(TODAY);
    await ok(runtime, 'worklist.dispose', { rowId: row.rowId, dueOn: row.dueOn, decision: 'handled', serviceRecordId: null });
    expect(await rowOn(TODAY)).toBeUndefined();
    expect(await rowOn('2025-11-05')).toBeUndefined();
    expect(await rowOn('2025-11-05', true)).toMatchObject({ dueOn: '2025-11-05', disposition: { decision: 'handled', decidedOn: TODAY } });
    expect(await rowOn('2025-10-19')).toMatchObject({ disposition: null });
  });
});

describe('暂缓', () => {
  it('with a reason until a date: hidden on the days before it, listed again on the date itself', async () => {
    const row = await guidanceRow(TODAY);
    if (!row) throw new Error('no guidance row');
    const marked = await ok<WorklistDisposition>(runtime, 'worklist.dispose', { rowId: row.rowId, dueOn: row.dueOn, decision: 'postponed', reason: '本人住院，出院后再约', postponedUntil: '2025-10-25' });
    expect(marked).toMatchObject({ decision: 'postponed', reason: '本人住院，出院后再约', postponedUntil: '2025-10-25', decidedOn: TODAY });
    expect(await guidanceRow(TODAY)).toBeUndefined();
    expect(await guidanceRow('2025-10-24')).toBeUndefined();
    expect(await guidanceRow('2025-10-25')).toMatchObject({ disposition: null });
    expect(await guidanceRow('2025-10-24', p, true)).toMatchObject({ disposition: { decision: 'postponed', postponedUntil: '2025-10-25' } });
  });

  it('refuses no reason, a date not after today and one more than a year ahead, writing nothing', async () => {
    const row = await guidanceRow(TODAY);
    if (!row) throw new Error('no guidance row');
    const key = { rowId: row.rowId, dueOn: row.dueOn, decision: 'postponed' };
    await refused(runtime, 'worklist.dispose', { ...key, reason: '  ', postponedUntil: '2025-11-01' }, 'INVALID_INPUT', 'reason');
    await refused(runtime, 'worklist.dispose', { ...key, reason: '外出', postponedUntil: TODAY }, 'INVALID_INPUT', 'postponedUntil');
    await refused(runtime, 'worklist.dispose', { ...key, reason: '外出', postponedUntil: '2026-10-22' }, 'INVALID_INPUT', 'postponedUntil');
    expect(auditCount(runtime, 'worklist_disposition')).toBe(0);
  });
});
