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

  describe('六到位', () => {
    it('records items as 到位 or not with their notes, leaves the rest 未记录, keeps the version and the audit', async () => {
      const c = await create('321102001001', '金山社区');
      expect(c.platform).toBeNull();
      const result = await runtime.call('communities.setPlatform', {
        id: c.id,
        version: c.version,
        platform: { organisation: { ok: true, note: '  社区劳动保障服务站已挂牌 ' }, funding: { ok: false, note: null } },
      });
      expect(result.ok).toBe(true);
      const saved = result.ok ? (result.value as Community) : null;
      expect(saved?.platform).toEqual({ organisation: { ok: true, note: '社区劳动保障服务站已挂牌' }, funding: { ok: false, note: null } });
      expect(saved?.version).toBe(c.version + 1);
      const list = await runtime.call('communities.list', {});
      expect(list.ok && (list.value as Community[])[0]?.platform).toEqual(saved?.platform);
      const audit = runtime.db.sqlite.prepare("SELECT before, after FROM audit_events WHERE entity = 'community' AND action = 'update'").get() as { before: string; after: string };
      expect(JSON.parse(audit.before)).toEqual({ platform: null });
      expect(JSON.parse(audit.after)).toEqual({ platform: saved?.platform });
    });

    it('emptying every item records nothing again', async () => {
      const c = await create('321102001001', '金山社区');
      const first = await runtime.call('communities.setPlatform', { id: c.id, version: c.version, platform: { staff: { ok: true, note: null } } });
      expect(first.ok).toBe(true);
      const second = await runtime.call('communities.setPlatform', { id: c.id, version: c.version + 1, platform: {} });
      expect(second.ok && (second.value as Community).platform).toBeNull();
      expect(runtime.db.sqlite.prepare('SELECT platform_checklist AS p FROM communities').get()).toEqual({ p: null });
    });

    it('a stale version, an unknown item or a note over 200 characters is refused and nothing is written', async () => {
      const c = await create('321102001001', '金山社区');
      await runtime.call('communities.setPlatform', { id: c.id, version: c.version, platform: { staff: { ok: true, note: null } } });
      const before = runtime.db.sqlite.prepare('SELECT platform_checklist, version FROM communities').get();
      const stale = await runtime.call('communities.setPlatform', { id: c.id, version: c.version, platform: { rules: { ok: true, note: null } } });
      expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      const unknown = await runtime.call('communities.setPlatform', { id: c.id, version: c.version + 1, platform: { canteen: { ok: true, note: null } } });
      expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      const long = await runtime.call('communities.setPlatform', { id: c.id, version: c.version + 1, platform: { rules: { ok: true, note: '长'.repeat(201) } } });
      expect(long).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(!long.ok && long.error.message).toContain('佐证说明不能超过 200 个字');
      expect(runtime.db.sqlite.prepare('SELECT platform_checklist, version FROM communities').get()).toEqual(before);
    });
  });
});
