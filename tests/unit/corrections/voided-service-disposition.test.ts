/**
 * 作废 of a service a 待办 row was marked 已处理 with (issues #14 items 1 and 10 together): the service counts nowhere,
 * so the mark no longer counts on any date, loses its link (no dangling foreign key) and the change is audited.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispositionsInForce, insertDisposition } from '../../../db/repositories/worklist/dispositions-repo';
import { kitRuntime, StreetKit } from '../assessment/street-kit';
import type { KitRuntime } from '../assessment/street-kit';

let runtime: KitRuntime;
let kit: StreetKit;
beforeEach(async () => {
  runtime = await kitRuntime('2025-12-31');
  kit = new StreetKit(runtime);
});
afterEach(() => runtime.dispose());

describe('voiding the service a 待办 row was handled with', () => {
  it('withdraws the mark from the day it was decided, unlinks it and audits it', async () => {
    const c = kit.community();
    const p = kit.single(c);
    kit.register(p, '2025-03-03');
    kit.serve(p, '2025-03-04');
    const serviceId = Number(runtime.db.sqlite.prepare('SELECT MAX(id) FROM service_records').pluck().get());
    const id = insertDisposition(runtime.db, {
      rowId: `guidance:${p}`,
      dueOn: '2025-03-06',
      kind: 'guidance',
      subjectKind: 'person',
      subjectId: p,
      decision: 'handled',
      decidedOn: '2025-03-04',
      decidedBy: '测试',
      serviceRecordId: serviceId,
      reason: null,
      postponedUntil: null,
    });
    expect(dispositionsInForce(runtime.db, '2025-06-30').map((d) => d.id)).toContain(id);

    const result = await runtime.call('corrections.void', { entity: 'service_record', id: serviceId, reason: '录入错误' });
    expect(result.ok).toBe(true);

    for (const date of ['2025-03-04', '2025-06-30']) expect(dispositionsInForce(runtime.db, date).map((d) => d.id)).not.toContain(id);
    const row = runtime.db.sqlite.prepare('SELECT service_record_id AS s, withdrawn_on AS w FROM worklist_dispositions WHERE id = ?').get(id);
    expect(row).toEqual({ s: null, w: '2025-03-04' });
    expect(runtime.db.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    const audited = runtime.db.sqlite.prepare("SELECT COUNT(*) FROM audit_events WHERE entity = 'worklist_disposition'").pluck().get();
    expect(audited).toBe(1);
  });
});
