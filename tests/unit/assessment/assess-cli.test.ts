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
    expect(keys(doc.street)).toEqual(['verdict', 'score', 'stars']);
    expect(doc.street).toEqual({ verdict: 'fail', score: null, stars: null });
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
