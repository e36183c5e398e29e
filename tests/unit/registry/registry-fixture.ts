/** A street with two communities, and helpers to call the registry methods in tests. */
import { expect } from 'vitest';
import type { HouseholdDetail, PersonDetail } from '../../../shared/contract/registry';
import type { MethodInput } from '../../../shared/contract';
import { makeIdNumber } from '../../../shared/domain/id-number';
import type { ApiError, ApiResult } from '../../../shared/result';
import { runtimeWithStreet } from '../support/temp-runtime';

export type Runtime = Awaited<ReturnType<typeof runtimeWithStreet>>;

export interface Street {
  runtime: Runtime;
  jinshan: number;
  yinhe: number;
}

export function value<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

export function failure(result: ApiResult<unknown>, code: ApiError['code']): ApiError {
  expect(result).toMatchObject({ ok: false, error: { code } });
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

export function paths(error: ApiError): string[] {
  return (error.details?.fields ?? []).map((f) => f.path);
}

export async function street(): Promise<Street> {
  const runtime = await runtimeWithStreet();
  const community = async (code: string, name: string) =>
    value<{ id: number }>(await runtime.call('communities.create', { code, name, kind: 'community', contact: null })).id;
  return { runtime, jinshan: await community('321102001001', '金山社区'), yinhe: await community('321102001002', '银河社区') };
}

export async function household(s: Street, number: string, communityId = s.jinshan): Promise<HouseholdDetail> {
  const input = { communityId, number, address: `金山路 ${number} 号`, urban: true, dibao: false, businessIncome: false };
  return value<HouseholdDetail>(await s.runtime.call('households.create', input));
}

/** A valid 18-digit number: odd sequence = male, even = female. */
export const idOf = (birthDate: string, sequence: number): string => makeIdNumber('321102', birthDate, sequence);

export function personInput(householdId: number, overrides: Partial<MethodInput<'persons.create'>> = {}): MethodInput<'persons.create'> {
  return {
    householdId,
    idNumber: idOf('1985-03-12', 111),
    name: '张伟',
    relation: 'head',
    workAbility: 'full',
    isStudent: false,
    isRetired: false,
    migrantWorker: false,
    veteran: false,
    ...overrides,
  };
}

export async function person(s: Street, householdId: number, overrides: Partial<MethodInput<'persons.create'>> = {}): Promise<PersonDetail> {
  return value<PersonDetail>(await s.runtime.call('persons.create', personInput(householdId, overrides)));
}

export function auditRows(s: Street, entity: string, key: string): { action: string; before: unknown; after: unknown }[] {
  const rows = s.runtime.db.sqlite
    .prepare('SELECT action, before, after FROM audit_events WHERE entity = ? AND entity_key = ? ORDER BY id')
    .all(entity, key) as { action: string; before: string | null; after: string | null }[];
  return rows.map((r) => ({ action: r.action, before: r.before && JSON.parse(r.before), after: r.after && JSON.parse(r.after) }));
}
