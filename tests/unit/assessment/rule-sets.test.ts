/** Standards as data: the four presets, seeding, and importing a bureau's rule-set file (bad files name the field). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedBuiltinStandards } from '../../../electron/services/assessment/standards-service';
import { dispatch } from '../../../electron/services/dispatch';
import type { StandardDetail, StandardImportResult, StandardSummary } from '../../../shared/contract/standards';
import { parseStandard } from '../../../shared/contract/standards';
import { PRESET_STANDARDS } from '../../../shared/domain/standards/presets';
import chongqing from '../../../shared/domain/standards/presets/chongqing-2007.json' with { type: 'json' };
import { kitRuntime } from './street-kit';
import type { KitRuntime } from './street-kit';

let runtime: KitRuntime;
beforeEach(async () => {
  runtime = await kitRuntime();
});
afterEach(() => runtime.dispose());

async function ok<T>(method: string, input: unknown): Promise<T> {
  const result = await runtime.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('the presets', () => {
  it('are the four of DOMAIN §4, each naming its source document', () => {
    expect(PRESET_STANDARDS.map((p) => p.id)).toEqual(['chongqing-2007', 'jiangsu-2005', 'zhenjiang-scored', 'jilin-stars']);
    for (const p of PRESET_STANDARDS) expect(p.source).toMatch(/《.+》/);
  });

  it('chongqing-2007 has the 8 items in the documented order, all to pass', () => {
    const cq = PRESET_STANDARDS[0];
    expect(cq?.items.map((i) => i.id)).toEqual([
      'employment-rate',
      'zero-employment-families',
      'dibao-unemployed-share',
      'guidance-3-working-days',
      'no-long-term-unemployed',
      'no-valid-complaints',
      'active-job-preparation',
      'organisation',
    ]);
    expect(cq?.scoring).toEqual({ pass: 'all-items' });
    expect(cq?.items.find((i) => i.id === 'organisation')?.kind).toBe('manual');
  });

  it('jiangsu-2005 has community and street items, the street needing every community to pass', () => {
    const js = PRESET_STANDARDS[1];
    const scopes = Object.fromEntries(js?.items.map((i) => [i.id, i.scope]) ?? []);
    expect(scopes).toMatchObject({ 'six-in-place-community': 'community', 'six-in-place-street': 'street', 'all-communities-pass': 'street', 'double-unemployed-placement': 'community' });
    expect(js?.items.find((i) => i.id === 'double-unemployed-placement')).toMatchObject({ threshold: 0.98 });
  });

  it('zhenjiang-scored: three hard veto items worth 55% of each scope’s 100 points', () => {
    const zj = PRESET_STANDARDS[2];
    if (!zj) throw new Error('missing');
    for (const scope of ['community', 'street'] as const) {
      const items = zj.items.filter((i) => i.scope === 'both' || i.scope === scope);
      const total = items.reduce((n, i) => n + (i.points ?? 0), 0);
      const hard = items.filter((i) => i.hard);
      expect(total).toBe(100);
      expect(hard.map((i) => i.id)).toEqual(['data-dynamic-management', 'reemployment-rate', 'difficult-persons-employed']);
      expect(hard.every((i) => i.veto)).toBe(true);
      expect(hard.reduce((n, i) => n + (i.points ?? 0), 0) / total).toBe(0.55);
    }
    expect(new Set(zj.items.filter((i) => i.scope !== 'street').map((i) => i.category))).toEqual(new Set(['平台建设', '就业基础工作', '下岗失业人员及困难群体就业情况', '就业援助工作', '群众评价', '树立典型及宣传']));
    expect(zj.scoring).toEqual({ pass: 'min-score', minScore: 85 });
  });

  it('jilin-stars: 3/4/5-star tiers labelled 示例, each stricter than the last', () => {
    const jl = PRESET_STANDARDS[3];
    expect(jl?.tiers?.map((t) => t.stars)).toEqual([3, 4, 5]);
    for (const tier of jl?.tiers ?? []) {
      expect(tier.example).toBe(true);
      expect(tier.name).toContain('示例');
    }
    const rates = jl?.tiers?.map((t) => t.thresholds['employment-rate']);
    expect(rates).toEqual([0.95, 0.97, 0.98]);
  });

  it('are seeded at open once: opening again adds nothing', async () => {
    const list = await ok<StandardSummary[]>('standards.list', {});
    expect(list.map((s) => s.id)).toEqual(['chongqing-2007', 'jiangsu-2005', 'zhenjiang-scored', 'jilin-stars']);
    expect(list.every((s) => s.builtin && s.latest)).toBe(true);
    expect(seedBuiltinStandards(runtime.db)).toBe(0);
    expect(runtime.db.sqlite.prepare('SELECT COUNT(*) FROM standards').pluck().get()).toBe(4);
    const zj = list.find((s) => s.id === 'zhenjiang-scored');
    expect(zj).toMatchObject({ passRule: 'min-score', minScore: 85, maxScore: 100, example: true });
    expect(list.find((s) => s.id === 'jilin-stars')?.stars).toEqual([3, 4, 5]);
  });

  it('standards.get returns the definition with its metric labels', async () => {
    const detail = await ok<StandardDetail>('standards.get', { id: 'chongqing-2007' });
    expect(detail.definition.items).toHaveLength(8);
    expect(detail.metricLabels['employment-rate']).toBe('就业率');
    const missing = await runtime.call('standards.get', { id: 'no-such-standard' });
    expect(missing.ok).toBe(false);
  });
});

describe('rule-set files', () => {
  let n = 0;
  function fileRef(content: string): string {
    n += 1;
    const path = join(runtime.dataDir, `rules-${n}.json`);
    writeFileSync(path, content);
    return runtime.files.register({ path, name: `规则-${n}.json`, direction: 'input' });
  }

  const bureauVersion = () => {
    const body = clone(chongqing) as Record<string, unknown> & { items: Record<string, unknown>[] };
    body.version = '2025-市局修订';
    body.name = '重庆市充分就业社区创建标准（2025 修订）';
    const first = body.items[0];
    if (first) first.threshold = 0.96;
    return body;
  };

  it('a new version is imported (audited) and becomes the latest; the same file again changes nothing', async () => {
    const text = JSON.stringify(bureauVersion());
    const first = await ok<StandardImportResult>('standards.import', { file: fileRef(text) });
    expect(first).toMatchObject({ created: true, summary: { id: 'chongqing-2007', version: '2025-市局修订', builtin: false, latest: true } });
    const again = await ok<StandardImportResult>('standards.import', { file: fileRef(`\uFEFF${text}`) });
    expect(again.created).toBe(false);
    const detail = await ok<StandardDetail>('standards.get', { id: 'chongqing-2007' });
    expect(detail.definition.items[0]).toMatchObject({ threshold: 0.96 });
    const old = await ok<StandardDetail>('standards.get', { id: 'chongqing-2007', version: '2007' });
    expect(old.definition.items[0]).toMatchObject({ threshold: 0.95 });
    expect(runtime.db.sqlite.prepare("SELECT COUNT(*) FROM audit_events WHERE entity = 'standard'").pluck().get()).toBe(1);
  });

  it('the same id and version with different content is a conflict', async () => {
    const body = clone(chongqing) as Record<string, unknown>;
    body.name = '改过的名称';
    const result = await runtime.call('standards.import', { file: fileRef(JSON.stringify(body)) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('CONFLICT');
      expect(result.error.message).toContain('请使用新的版本号');
    }
  });

  type Mutate = (body: Record<string, unknown> & { items: Record<string, unknown>[] }) => void;
  const cases: { note: string; mutate: Mutate; path: string; message: RegExp }[] = [
    { note: 'an unknown metric', mutate: (b) => void ((b.items[2] as Record<string, unknown>).metric = 'happiness-index'), path: 'items[2].metric', message: /未知的指标“happiness-index”/ },
    { note: 'a ratio threshold above 1', mutate: (b) => void ((b.items[3] as Record<string, unknown>).threshold = 95), path: 'items[3].threshold', message: /应在 0 到 1 之间/ },
    { note: 'a count threshold that is not a whole number', mutate: (b) => void ((b.items[4] as Record<string, unknown>).threshold = 0.5), path: 'items[4].threshold', message: /整数/ },
    { note: 'a missing threshold', mutate: (b) => void delete (b.items[0] as Record<string, unknown>).threshold, path: 'items[0].threshold', message: /缺少达标值/ },
    { note: 'a missing source document', mutate: (b) => void delete b.source, path: 'source', message: /缺少依据文件/ },
    { note: 'a window the metric does not take', mutate: (b) => void ((b.items[0] as Record<string, unknown>).window = { kind: 'lastDays', days: 30 }), path: 'items[0].window.kind', message: /只能是 asOf/ },
    { note: 'a day count out of range', mutate: (b) => void ((b.items[3] as Record<string, unknown>).params = { workingDays: 0 }), path: 'items[3].params.workingDays', message: /不能小于 1/ },
    { note: 'a parameter the metric does not have', mutate: (b) => void ((b.items[0] as Record<string, unknown>).params = { days: 3 }), path: 'items[0].params', message: /没有参数：days/ },
    {
      note: "employers' demand with 五清",
      mutate: (b) => void Object.assign(b.items[0] as Record<string, unknown>, { metric: 'ledger-completeness', params: { checklist: 'five-clear', employerDemand: true } }),
      path: 'items[0].params.employerDemand',
      message: /属于“十清”，只能与 checklist: ten-clear 同用/,
    },
    {
      note: "employers' demand not a flag",
      mutate: (b) => void Object.assign(b.items[0] as Record<string, unknown>, { metric: 'ledger-completeness', params: { employerDemand: '是' } }),
      path: 'items[0].params.employerDemand',
      message: /计入辖区单位用工需求（employerDemand）应为 true 或 false/,
    },
    { note: 'a duplicate item id', mutate: (b) => void ((b.items[5] as Record<string, unknown>).id = 'employment-rate'), path: 'items[5].id', message: /重复/ },
    { note: 'an unknown field', mutate: (b) => void ((b.items[1] as Record<string, unknown>).weight = 3), path: 'items[1]', message: /不认识的字段：weight/ },
    { note: 'a street-only metric for communities', mutate: (b) => void ((b.items[0] as Record<string, unknown>).metric = 'communities-passing'), path: 'items[0].scope', message: /只能用于街道/ },
    { note: 'a bad comparator', mutate: (b) => void ((b.items[0] as Record<string, unknown>).comparator = '≥'), path: 'items[0].comparator', message: /比较方式“≥”无效/ },
    { note: 'a star tier naming no item', mutate: (b) => void (b.tiers = [{ stars: 3, name: '三星', thresholds: { 'no-such-item': 0.9 } }]), path: 'tiers[0].thresholds.no-such-item', message: /没有编号为 no-such-item 的自动考核项/ },
    { note: 'min-score without points', mutate: (b) => void (b.scoring = { pass: 'min-score', minScore: 60 }), path: 'items[0].points', message: /给出分值/ },
  ];

  it.each(cases)('$note → $path', async ({ mutate, path, message }) => {
    const body = clone(chongqing) as Record<string, unknown> & { items: Record<string, unknown>[] };
    body.version = 'broken';
    mutate(body);
    const parsed = parseStandard(body);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const problem = parsed.problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(parsed.problems)).toBeDefined();
    expect(problem?.message).toMatch(message);
    // Through the API: refused, naming the field, nothing written.
    const before = runtime.db.sqlite.prepare('SELECT COUNT(*) FROM standards').pluck().get();
    const result = await runtime.call('standards.import', { file: fileRef(JSON.stringify(body)) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toContain(`${path}：`);
      expect(result.error.details?.fields?.map((f) => f.path)).toContain(path);
    }
    expect(runtime.db.sqlite.prepare('SELECT COUNT(*) FROM standards').pluck().get()).toBe(before);
  });

  it('a file that is not JSON says so', async () => {
    const result = await runtime.call('standards.import', { file: fileRef('{"id": "x",') });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('不是有效的 JSON 文件');
  });

  it('only the street admin may import', async () => {
    const inspector = { username: 'jc', displayName: '检查员', role: 'inspector' as const, communityId: null };
    const result = await dispatch(runtime.handlers, 'standards.import', { file: fileRef(JSON.stringify(bureauVersion())) }, inspector);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
