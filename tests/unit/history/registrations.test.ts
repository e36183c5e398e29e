import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Registration } from '../../../shared/contract/employment';
import { addFamily, addPerson, auditCount, historyRuntime, ok, refused, TODAY } from './history-fixture';
import type { Runtime } from './history-fixture';

let runtime: Runtime;
let personId: number;
let householdId: number;

beforeEach(async () => {
  runtime = await historyRuntime();
  householdId = addFamily(runtime).householdId;
  personId = addPerson(runtime, { householdId, birthDate: '2000-03-15' });
});
afterEach(() => runtime.dispose());

const register = (registeredOn: string, who = personId) =>
  ok<Registration>(runtime, 'registrations.register', { personId: who, registeredOn, reason: 'unemployed' });
const cancel = (id: number, cancelledOn: string) =>
  ok<Registration>(runtime, 'registrations.cancel', { id, cancelledOn, cancelReason: '已就业' });

describe('registrations', () => {
  it('registers and cancels, each audited', async () => {
    const r = await register('2024-01-10');
    expect(r).toMatchObject({ personId, registeredOn: '2024-01-10', reason: 'unemployed', cancelledOn: null });
    const c = await cancel(r.id, '2024-08-01');
    expect(c).toMatchObject({ cancelledOn: '2024-08-01', cancelReason: '已就业' });
    expect(auditCount(runtime, 'unemployment_registration')).toBe(2);
  });

  it('one open registration at a time', async () => {
    await register('2024-01-10');
    const input = { personId, registeredOn: '2025-01-10', reason: 'laid_off' };
    await refused(runtime, 'registrations.register', input, 'CONFLICT', 'registeredOn');
  });

  it('cancelled on D and a new one on D is fine; on D − 1 overlaps', async () => {
    const r = await register('2024-01-10');
    await cancel(r.id, '2024-08-01');
    const input = { personId, registeredOn: '2024-07-31', reason: 'unemployed' };
    await refused(runtime, 'registrations.register', input, 'CONFLICT', 'registeredOn');
    await register('2024-08-01');
  });

  it('an open-ended registration may not start before an earlier closed one ends', async () => {
    const r = await register('2024-01-10');
    await cancel(r.id, '2024-08-01');
    await refused(runtime, 'registrations.register', { personId, registeredOn: '2023-06-01', reason: 'other' }, 'CONFLICT', 'registeredOn');
  });

  it('a registration cancelled on its own day blocks only that day', async () => {
    const r = await register('2024-01-10');
    await cancel(r.id, '2024-01-10');
    await refused(runtime, 'registrations.register', { personId, registeredOn: '2024-01-10', reason: 'other' }, 'CONFLICT', 'registeredOn');
    await register('2024-01-11');
  });

  it('not in the future, not before the 16th birthday, not for an archived person', async () => {
    await refused(runtime, 'registrations.register', { personId, registeredOn: '2025-07-01', reason: 'other' }, 'INVALID_INPUT', 'registeredOn');
    await refused(runtime, 'registrations.register', { personId, registeredOn: '2016-03-14', reason: 'other' }, 'INVALID_INPUT', 'registeredOn');
    const gone = addPerson(runtime, { householdId, archivedOn: '2025-06-30' });
    await refused(runtime, 'registrations.register', { personId: gone, registeredOn: '2024-01-01', reason: 'other' }, 'INVALID_INPUT', 'personId');
    await register(TODAY);
  });

  it('cancel: not before the registration (same day fine), not in the future, only once', async () => {
    const r = await register('2024-01-10');
    await refused(runtime, 'registrations.cancel', { id: r.id, cancelledOn: '2024-01-09', cancelReason: '就业' }, 'INVALID_INPUT', 'cancelledOn');
    await refused(runtime, 'registrations.cancel', { id: r.id, cancelledOn: '2025-07-01', cancelReason: '就业' }, 'INVALID_INPUT', 'cancelledOn');
    await refused(runtime, 'registrations.cancel', { id: r.id, cancelledOn: '2024-02-01', cancelReason: '  ' }, 'INVALID_INPUT', 'cancelReason');
    await cancel(r.id, '2024-01-10');
    await refused(runtime, 'registrations.cancel', { id: r.id, cancelledOn: '2024-02-01', cancelReason: '就业' }, 'CONFLICT', 'cancelledOn');
    await refused(runtime, 'registrations.cancel', { id: 999, cancelledOn: '2024-02-01', cancelReason: '就业' }, 'NOT_FOUND', 'id');
  });

  it('rejects an unknown reason at the contract', async () => {
    await refused(runtime, 'registrations.register', { personId, registeredOn: '2024-01-10', reason: 'bored' }, 'INVALID_INPUT', 'reason');
  });
});
