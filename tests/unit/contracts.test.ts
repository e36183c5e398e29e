import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../shared/contract';
import { rowCount, runtimeWithStreet } from './support/temp-runtime';

type Runtime = Awaited<ReturnType<typeof runtimeWithStreet>>;
let runtime: Runtime;

beforeEach(async () => {
  runtime = await runtimeWithStreet();
});
afterEach(() => runtime.dispose());

const good = { code: '321102001001', name: '金山社区', kind: 'community', contact: null };

describe('API boundary validation', () => {
  it('every method has an input and output schema and an access level', () => {
    for (const name of methodNames) {
      expect(contract[name].input).toBeDefined();
      expect(contract[name].output).toBeDefined();
      expect(['public', 'self', 'read', 'write', 'export', 'reveal', 'admin']).toContain(contract[name].access);
    }
  });

  it.each([
    ['a missing field', { code: good.code, kind: 'community', contact: null }, 'name'],
    ['an extra field', { ...good, secret: 1 }, '(整体)'],
    ['a wrongly typed field', { ...good, code: 321102001001 }, 'code'],
    ['an unknown enum value', { ...good, kind: 'town' }, 'kind'],
  ])('rejects %s with a Chinese contract error and writes nothing', async (_label, input, path) => {
    const before = { communities: rowCount(runtime, 'communities'), audit: rowCount(runtime, 'audit_events') };
    const result = await runtime.call('communities.create', input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(result.error.details?.fields?.map((f) => f.path)).toContain(path);
    expect({ communities: rowCount(runtime, 'communities'), audit: rowCount(runtime, 'audit_events') }).toEqual(before);
  });

  it('names unknown fields in the message', async () => {
    const result = await runtime.call('communities.create', { ...good, secret: 1 });
    expect(!result.ok && result.error.message).toContain('secret');
  });

  it('rejects an unknown method', async () => {
    const result = await runtime.call('communities.drop', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('accepts valid input, writes the row and its audit event in one go', async () => {
    const result = await runtime.call('communities.create', good);
    expect(result).toMatchObject({ ok: true, value: { code: good.code, name: '金山社区', households: 0, persons: 0 } });
    expect(rowCount(runtime, 'communities')).toBe(1);
    const audit = runtime.db.sqlite.prepare("SELECT * FROM audit_events WHERE entity = 'community'").all();
    expect(audit).toHaveLength(1);
  });
});
