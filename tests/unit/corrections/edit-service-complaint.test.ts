/** 修改 of a service record and of a complaint with its judgement (issue #14): re-checked, audited, counted as corrected. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/contract/complaints';
import type { ServiceRecord } from '../../../shared/contract/services';
import { itemOf, kitRuntime, StreetKit, unitOf } from '../assessment/street-kit';
import type { KitRuntime } from '../assessment/street-kit';

let runtime: KitRuntime;
let kit: StreetKit;
beforeEach(async () => {
  runtime = await kitRuntime('2025-12-31');
  kit = new StreetKit(runtime);
});
afterEach(() => runtime.dispose());

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await runtime.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

describe('editing a service record', () => {
  it('a guidance dated wrongly, corrected into the deadline, makes its registration on time; audited', async () => {
    const c = kit.community();
    const p = kit.single(c);
    kit.register(p, '2025-03-03');
    kit.serve(p, '2025-03-20');
    const id = Number(runtime.db.sqlite.prepare('SELECT MAX(id) FROM service_records').pluck().get());
    const item = async () => itemOf(unitOf(await kit.assess('chongqing-2007', '2025-06-30'), c), 'guidance-3-working-days');
    expect(await item()).toMatchObject({ numerator: 0, denominator: 1 });
    const edited = await call<ServiceRecord>('corrections.editService', { id, date: '2025-03-04', clerk: '王经办', content: '登记后职业指导', outcome: null });
    expect(edited).toMatchObject({ date: '2025-03-04', clerk: '王经办', content: '登记后职业指导' });
    expect(await item()).toMatchObject({ numerator: 1, denominator: 1 });
    const audit = runtime.db.sqlite.prepare("SELECT before, after FROM audit_events WHERE entity = 'service_record' AND action = 'update'").get() as { before: string; after: string };
    expect(JSON.parse(audit.before)).toMatchObject({ date: '2025-03-20' });
    expect(JSON.parse(audit.after)).toMatchObject({ date: '2025-03-04' });
  });

  it('a future date is refused on the field, nothing written', async () => {
    const p = kit.single(kit.community());
    kit.serve(p, '2025-03-20');
    const id = Number(runtime.db.sqlite.prepare('SELECT MAX(id) FROM service_records').pluck().get());
    await kit.refused('corrections.editService', { id, date: '2026-01-05', clerk: null, content: null, outcome: null }, 'INVALID_INPUT', 'date');
    expect(runtime.db.sqlite.prepare('SELECT date FROM service_records WHERE id = ?').pluck().get(id)).toBe('2025-03-20');
  });
});

describe('editing a complaint and its judgement', () => {
  it('a complaint judged valid by mistake, corrected to invalid, no longer fails the item', async () => {
    const c = kit.community();
    const id = kit.complaint(c, '2025-03-01', true);
    const item = async () => itemOf(unitOf(await kit.assess('chongqing-2007', '2025-06-30'), c), 'no-valid-complaints');
    expect(await item()).toMatchObject({ verdict: 'fail' });
    const before = await call<Complaint[]>('complaints.list', { communityId: c });
    const edited = await call<Complaint>('corrections.editComplaint', {
      id,
      version: before[0]?.version ?? 0,
      date: '2025-03-01',
      content: '关于就业服务的投诉（已核实）',
      valid: false,
      judgedOn: '2025-03-05',
      validityReason: '经核实不属实',
    });
    expect(edited).toMatchObject({ valid: false, judgedOn: '2025-03-05', validityReason: '经核实不属实' });
    expect(await item()).toMatchObject({ verdict: 'pass' });
    await kit.refused('corrections.editComplaint', { id, version: before[0]?.version ?? 0, date: '2025-03-01', content: 'x', valid: null, judgedOn: null, validityReason: null }, 'CONFLICT');
    await kit.refused('corrections.editComplaint', { id, version: edited.version, date: '2025-03-01', content: 'x', valid: true, judgedOn: null, validityReason: null }, 'INVALID_INPUT', 'judgedOn');
  });
});

describe('editing a wish', () => {
  it('a wish recorded as 有 by mistake, corrected to 无, leaves the labour force wishing to work; a clash of dates is refused', async () => {
    const c = kit.community();
    const employed = kit.single(c);
    kit.employ(employed, '2020-01-01');
    const p = kit.single(c, { wish: null });
    kit.wish(p, '2024-01-01', true);
    const id = Number(runtime.db.sqlite.prepare('SELECT MAX(id) FROM employment_wishes').pluck().get());
    kit.wish(p, '2023-01-01', true);
    const rate = async () => itemOf(unitOf(await kit.assess('chongqing-2007', '2025-06-30'), c), 'employment-rate');
    expect(await rate()).toMatchObject({ numerator: 1, denominator: 2 });
    await kit.refused('corrections.editWish', { id, recordedOn: '2023-01-01', hasWish: false, wishedJob: null, wishedWage: null, trainingWanted: null, noWishReason: '料理家务' }, 'CONFLICT', 'recordedOn');
    await call('corrections.editWish', { id, recordedOn: '2024-01-01', hasWish: false, wishedJob: null, wishedWage: null, trainingWanted: null, noWishReason: '料理家务' });
    expect(await rate()).toMatchObject({ numerator: 1, denominator: 1 });
    const audit = runtime.db.sqlite.prepare("SELECT before, after FROM audit_events WHERE entity = 'employment_wish' AND action = 'update'").get() as { before: string; after: string };
    expect(JSON.parse(audit.before)).toMatchObject({ hasWish: true });
    expect(JSON.parse(audit.after)).toMatchObject({ hasWish: false, noWishReason: '料理家务' });
  });
});
