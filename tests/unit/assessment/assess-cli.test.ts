/** `assess --json`: exactly the document of issue #6 item 7, and the exit codes of the CLI contract. */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, onlyJson } from '../support/cli-capture';
import { kitRuntime, StreetKit } from './street-kit';

let dbPath: string;
let codeA: string;
let codeB: string;

beforeAll(async () => {
  const runtime = await kitRuntime('2025-12-31');
  const kit = new StreetKit(runtime);
  const a = kit.community('甲社区');
  const h = kit.household(a);
  kit.employ(kit.person(h), '2020-01-01');
  const waiting = kit.person(h, { relation: 'spouse', name: '待业者' });
  kit.register(waiting, '2025-06-27');
  const family = kit.household(a);
  kit.employ(kit.person(family), '2015-01-01', '2025-01-14');
  const b = kit.community('乙社区');
  kit.employ(kit.single(b), '2020-01-01');
  kit.complaint(b, '2025-03-01', true);
  kit.refresh();
  dbPath = runtime.db.path;
  codeA = runtime.db.sqlite.prepare('SELECT code FROM communities WHERE id = ?').pluck().get(a) as string;
  codeB = runtime.db.sqlite.prepare('SELECT code FROM communities WHERE id = ?').pluck().get(b) as string;
  runtime.close();
});
afterAll(() => rmSync(dirname(dbPath), { recursive: true, force: true }));

const keys = (value: unknown) => Object.keys(value as object);

describe('assess --json', () => {
  it('prints exactly the documented shape (exit 0)', async () => {
    const result = await cli('assess', '--standard', 'chongqing-2007', '--as-of', '2025-06-30', '--db', dbPath, '--json');
    expect(result.code, result.stderr).toBe(0);
    const doc = onlyJson(result.stdout) as {
      standard: object;
      period: object;
      communities: { items: { failing: object[]; pending: object[]; id: string }[]; code: string }[];
      street: object;
    };
    expect(keys(doc)).toEqual(['standard', 'asOf', 'period', 'communities', 'street']);
    expect(doc.standard).toEqual({ id: 'chongqing-2007', version: '2007', name: '重庆市充分就业社区创建标准（2007）' });
    expect(doc).toMatchObject({ asOf: '2025-06-30', period: { from: '2025-01-01', to: '2025-06-30' } });
    expect(keys(doc.street)).toEqual(['verdict', 'score', 'stars', 'items']);
    expect(doc.street).toMatchObject({ verdict: 'fail', score: null, stars: null });
    expect(doc.communities.map((c) => c.code)).toEqual([codeA, codeB]);
    for (const community of doc.communities) {
      expect(keys(community)).toEqual(['code', 'name', 'verdict', 'score', 'stars', 'items']);
      expect(community.items.map((i) => i.id)).toEqual([
        'employment-rate',
        'zero-employment-families',
        'dibao-unemployed-share',
        'guidance-3-working-days',
        'no-long-term-unemployed',
        'no-valid-complaints',
        'active-job-preparation',
        'organisation',
      ]);
      for (const item of community.items) {
        expect(keys(item)).toEqual(['id', 'name', 'kind', 'verdict', 'value', 'threshold', 'numerator', 'denominator', 'failing', 'pending']);
        for (const subject of [...item.failing, ...item.pending]) expect(keys(subject)).toEqual(['kind', 'key', 'reason']);
      }
    }
    const [a, b] = doc.communities as unknown as { verdict: string; items: Record<string, unknown>[] }[];
    const rate = a?.items[0];
    expect(rate).toMatchObject({ kind: 'auto', verdict: 'fail', numerator: 1, denominator: 3, threshold: 0.95 });
    expect((rate?.failing as { kind: string; key: string }[]).map((s) => s.kind)).toEqual(['person', 'person']);
    for (const s of rate?.failing as { key: string }[]) expect(s.key).toMatch(/^\d{17}[\dX]$/);
    expect(a?.items[1]).toMatchObject({ verdict: 'fail', value: 1, numerator: null, denominator: null, failing: [{ kind: 'household', key: expect.stringMatching(/^K\d+$/) }], pending: [] });
    expect(a?.items[3]).toMatchObject({ verdict: 'pass', value: null, numerator: 0, denominator: 0, failing: [], pending: [{ kind: 'person' }] });
    expect(a?.items[7]).toMatchObject({ kind: 'manual', verdict: 'unrecorded', value: null, threshold: null });
    // A complaint is not a person or a household: the count shows it, the lists stay as documented.
    expect(b?.items[5]).toMatchObject({ verdict: 'fail', value: 1, failing: [], pending: [] });
    expect(b?.verdict).toBe('fail');
  });

  it('the street carries its items in the shape of a community\'s, with every community\'s subjects behind them', async () => {
    const result = await cli('assess', '--standard', 'chongqing-2007', '--as-of', '2025-06-30', '--db', dbPath, '--json');
    const doc = onlyJson(result.stdout) as { communities: { items: unknown[] }[]; street: { items: Record<string, unknown>[] } };
    const items = doc.street.items;
    expect(items.map((i) => i.id)).toEqual(doc.communities[0]?.items.map((i) => (i as { id: string }).id));
    for (const item of items) {
      expect(keys(item)).toEqual(['id', 'name', 'kind', 'verdict', 'value', 'threshold', 'numerator', 'denominator', 'failing', 'pending']);
      for (const subject of [...(item.failing as object[]), ...(item.pending as object[])]) expect(keys(subject)).toEqual(['kind', 'key', 'reason']);
    }
    // 甲 1 of 3 employed, 乙 1 of 1: the street 2 of 4, the two unemployed of 甲 named with their community.
    const rate = items[0];
    expect(rate).toMatchObject({ id: 'employment-rate', kind: 'auto', verdict: 'fail', numerator: 2, denominator: 4, value: 0.5, threshold: 0.95 });
    const failing = rate?.failing as { kind: string; key: string; reason: string }[];
    expect(failing.map((s) => s.kind)).toEqual(['person', 'person']);
    for (const s of failing) expect(s.reason.startsWith(`${codeA} 甲社区：`)).toBe(true);
    expect(items[1]).toMatchObject({ id: 'zero-employment-families', verdict: 'fail', value: 1, failing: [{ kind: 'household', reason: expect.stringMatching(new RegExp(`^${codeA} 甲社区：`)) }] });
    expect(items[3]).toMatchObject({ id: 'guidance-3-working-days', verdict: 'pass', failing: [], pending: [{ kind: 'person' }] });
    // The complaint counts in the value, as in the community's item.
    expect(items[5]).toMatchObject({ id: 'no-valid-complaints', verdict: 'fail', value: 1, failing: [], pending: [] });
    expect(items[7]).toMatchObject({ id: 'organisation', kind: 'manual', verdict: 'unrecorded', value: null, failing: [], pending: [] });

    // --community shows one community; the street still names every community's subjects.
    const narrowed = onlyJson((await cli('assess', '--standard', 'chongqing-2007', '--as-of', '2025-06-30', '--community', codeB, '--db', dbPath, '--json')).stdout) as typeof doc;
    expect(narrowed.communities).toHaveLength(1);
    expect(narrowed.street).toEqual(doc.street);
  });

  it('a street item about communities lists them by code; a community without employers\' demand is named too', async () => {
    const result = await cli('assess', '--standard', 'jiangsu-2005', '--as-of', '2025-06-30', '--db', dbPath, '--json');
    expect(result.code, result.stderr).toBe(0);
    const doc = onlyJson(result.stdout) as { communities: { code: string; items: Record<string, unknown>[] }[]; street: { verdict: string; items: Record<string, unknown>[] } };
    expect(doc.street.verdict).toBe('fail');
    const all = doc.street.items.find((i) => i.id === 'all-communities-pass');
    expect(all).toMatchObject({ verdict: 'fail', numerator: 0, denominator: 2 });
    expect((all?.failing as { kind: string; key: string }[]).map((s) => [s.kind, s.key])).toEqual([
      ['community', codeA],
      ['community', codeB],
    ]);
    for (const s of all?.failing as { reason: string }[]) expect(s.reason).toMatch(/^未达标：/);
    const ledgerB = doc.communities[1]?.items.find((i) => i.id === 'ledger-computerised');
    expect(ledgerB).toMatchObject({ verdict: 'fail', numerator: 0, denominator: 1, failing: [{ kind: 'community', key: codeB, reason: expect.stringMatching(/^十清缺：辖区单位用工需求/) }] });
    const streetLedger = doc.street.items.find((i) => i.id === 'ledger-computerised');
    expect((streetLedger?.failing as { kind: string; key: string; reason: string }[]).filter((s) => s.kind === 'community')).toEqual([
      { kind: 'community', key: codeA, reason: expect.stringMatching(new RegExp(`^${codeA} 甲社区：十清缺：辖区单位用工需求`)) },
      { kind: 'community', key: codeB, reason: expect.stringMatching(new RegExp(`^${codeB} 乙社区：十清缺：辖区单位用工需求`)) },
    ]);
  });

  it('--community narrows the list to one community; the street stays the whole street', async () => {
    const result = await cli('assess', '--standard', 'chongqing-2007', '--as-of', '2025-06-30', '--community', codeB, '--db', dbPath, '--json');
    expect(result.code).toBe(0);
    const doc = onlyJson(result.stdout) as { communities: { code: string }[]; street: { verdict: string } };
    expect(doc.communities.map((c) => c.code)).toEqual([codeB]);
    expect(doc.street.verdict).toBe('fail');
  });

  it('--from sets the period', async () => {
    const result = await cli('assess', '--standard', 'chongqing-2007', '--as-of', '2025-06-30', '--from', '2025-04-01', '--db', dbPath, '--json');
    expect(onlyJson(result.stdout)).toMatchObject({ period: { from: '2025-04-01', to: '2025-06-30' } });
  });

  it('without --json: a readable summary', async () => {
    const result = await cli('assess', '--standard', 'jilin-stars', '--as-of', '2025-06-30', '--db', dbPath);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('考核标准：吉林省充分就业星级社区');
    expect(result.stdout).toContain(`${codeA} 甲社区：不达标，0 星`);
  });
});

describe('assess: exit codes', () => {
  it.each([
    { note: 'an unknown standard', argv: ['--standard', 'nowhere-1999', '--as-of', '2025-06-30'], code: 1, error: 'NOT_FOUND' },
    { note: 'an unknown community code', argv: ['--standard', 'chongqing-2007', '--as-of', '2025-06-30', '--community', '321102001999'], code: 1, error: 'NOT_FOUND' },
    { note: 'a period starting after the as-of date', argv: ['--standard', 'chongqing-2007', '--as-of', '2025-06-30', '--from', '2025-07-01'], code: 1, error: 'INVALID_INPUT' },
    { note: 'an as-of date before any record', argv: ['--standard', 'chongqing-2007', '--as-of', '2010-01-01'], code: 1, error: 'INVALID_INPUT' },
    { note: 'no --as-of', argv: ['--standard', 'chongqing-2007'], code: 2, error: 'INVALID_INPUT' },
    { note: 'no --standard', argv: ['--as-of', '2025-06-30'], code: 2, error: 'INVALID_INPUT' },
    { note: 'a malformed date', argv: ['--standard', 'chongqing-2007', '--as-of', '2025-6-30'], code: 2, error: 'INVALID_INPUT' },
    { note: 'an unknown option', argv: ['--standard', 'chongqing-2007', '--as-of', '2025-06-30', '--stars'], code: 2, error: 'INVALID_INPUT' },
  ])('$note → exit $code', async ({ argv, code, error }) => {
    const result = await cli('assess', ...argv, '--db', dbPath, '--json');
    expect(result.code).toBe(code);
    expect(onlyJson(result.stdout)).toMatchObject({ ok: false, error: { code: error } });
    expect(result.stderr).toMatch(/[\u4e00-\u9fa5]/);
  });
});
