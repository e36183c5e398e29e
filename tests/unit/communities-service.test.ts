import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Community } from '../../shared/contract/communities';
import { rowCount, runtimeWithStreet } from './support/temp-runtime';

type Runtime = Awaited<ReturnType<typeof runtimeWithStreet>>;
let runtime: Runtime;

beforeEach(async () => {
  runtime = await runtimeWithStreet();
});
afterEach(() => runtime.dispose());

async function create(code: string, name: string): Promise<Community> {
  const result = await runtime.call('communities.create', { code, name, kind: 'community', contact: null });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Community;
}

describe('communities', () => {
  it('refuses a code outside the street, naming the street code', async () => {
    const result = await runtime.call('communities.create', { code: '110101001001', name: '别处', kind: 'community', contact: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!result.ok && result.error.message).toContain('321102001');
    expect(rowCount(runtime, 'communities')).toBe(0);
  });

  it('refuses a duplicate code', async () => {
    await create('321102001001', '金山社区');
    const result = await runtime.call('communities.create', { code: '321102001001', name: '又一个', kind: 'village', contact: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(rowCount(runtime, 'communities')).toBe(1);
  });

  it('lists in code order with counts', async () => {
    await create('321102001002', '乙');
    await create('321102001001', '甲');
    const result = await runtime.call('communities.list', {});
    expect(result.ok && (result.value as Community[]).map((c) => c.name)).toEqual(['甲', '乙']);
  });

  it('a second save with a stale version is a conflict, not an overwrite', async () => {
    const c = await create('321102001001', '金山社区');
    const first = await runtime.call('communities.update', { id: c.id, version: c.version, fields: { code: c.code, name: '金山一社区', kind: 'community', contact: null } });
    expect(first.ok).toBe(true);
    const second = await runtime.call('communities.update', { id: c.id, version: c.version, fields: { code: c.code, name: '金山二社区', kind: 'community', contact: null } });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const list = await runtime.call('communities.list', {});
    expect(list.ok && (list.value as Community[])[0]?.name).toBe('金山一社区');
    const audits = runtime.db.sqlite.prepare("SELECT before, after FROM audit_events WHERE entity = 'community' AND action = 'update'").all() as { before: string; after: string }[];
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0]?.before ?? '{}')).toMatchObject({ name: '金山社区' });
    expect(JSON.parse(audits[0]?.after ?? '{}')).toMatchObject({ name: '金山一社区' });
  });

  it('needs the street first', async () => {
    runtime.db.sqlite.exec('DELETE FROM street');
    const result = await runtime.call('communities.create', { code: '321102001001', name: '甲', kind: 'community', contact: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_READY' } });
  });

  it('changing the street code is refused while communities use the old one', async () => {
    await create('321102001001', '甲');
    const result = await runtime.call('system.setupStreet', { name: '解放路街道', code: '321102002' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
