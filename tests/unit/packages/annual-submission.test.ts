/**
 * 年度上报 (issue #18 item 4): freezing a year's assessment (then nothing of that year's assessment can change — the
 * service refuses), the human-readable workbook, and one frozen year against the one before.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveImportedStandard } from '../../../electron/services/assessment/standards-service';
import { frozenSubmission } from '../../../electron/services/packages/annual/annual-service';
import { writeAnnualWorkbook } from '../../../electron/services/packages/annual/annual-workbook';
import { PRESET_STANDARDS } from '../../../shared/domain/standards/presets';
import type { StandardDefinition } from '../../../shared/contract/standards';
import { dbFingerprint } from '../support/db-fingerprint';
import { tempDir } from '../support/temp-runtime';
import { addCommunities, install } from './package-support';
import type { Install } from './package-support';

let street: Install;
let dir: string;
let ids: Record<string, number>;

/** The Chongqing standard, but an empty denominator passes: communities without residents can pass on their manual item. */
function lenient(): StandardDefinition {
  const preset = PRESET_STANDARDS.find((p) => p.id === 'chongqing-2007');
  if (!preset) throw new Error('no preset');
  return { ...preset, id: 'test-lenient', version: '1', items: preset.items.map((i) => (i.kind === 'auto' ? { ...i, whenEmpty: 'pass' } : i)) } as StandardDefinition;
}

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await street.call(method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

async function judge(code: string, from: string, to: string, verdict: 'pass' | 'fail' = 'pass') {
  return street.call('assessment.recordManual', { standardId: 'test-lenient', itemId: 'organisation', communityId: ids[code], periodFrom: from, periodTo: to, verdict, evidence: '现场检查六到位' });
}

const save = (asOf: string) => call<{ id: number }>('assessment.save', { standardId: 'test-lenient', asOf });

beforeEach(async () => {
  street = await install('321102001', '解放路街道');
  dir = tempDir('desk-annual-');
  saveImportedStandard(street.db, street.caller(), lenient(), 'lenient.json');
  await addCommunities(street, [
    { code: '321102001001', name: '江滨社区' },
    { code: '321102001002', name: '新河社区' },
  ]);
  ids = Object.fromEntries((street.db.sqlite.prepare('SELECT code, id FROM communities').all() as { code: string; id: number }[]).map((r) => [r.code, r.id]));
  expect((await judge('321102001001', '2026-01-01', '2026-12-31')).ok).toBe(true);
});
afterEach(() => street.dispose());

describe('freezing a year', () => {
  it('takes a saved run of the year and the passing communities recommended; then the year can no longer be changed', async () => {
    const run = await save('2026-11-20');
    const status = await call<{ candidates: { id: number }[]; passing: Record<string, { code: string }[]> }>('annual.status', { year: 2026 });
    expect(status.candidates.map((c) => c.id)).toEqual([run.id]);
    expect(status.passing[String(run.id)]).toEqual([{ code: '321102001001', name: '江滨社区' }]);

    const refusedRecommendation = await street.call('annual.freeze', { year: 2026, assessmentId: run.id, recommended: ['321102001002'] });
    expect(refusedRecommendation.ok).toBe(false);
    expect(!refusedRecommendation.ok && refusedRecommendation.error.message).toMatch(/321102001002 在所选考核中未达标，不能推荐为优秀/);
    const wrongYear = await street.call('annual.freeze', { year: 2025, assessmentId: run.id, recommended: [] });
    expect(!wrongYear.ok && wrongYear.error.message).toMatch(/不是 2025 年度的考核/);

    const frozen = await call<{ frozen: { recommended: { code: string }[]; frozenBy: string } }>('annual.freeze', { year: 2026, assessmentId: run.id, recommended: ['321102001001'], note: '按期上报' });
    expect(frozen.frozen).toMatchObject({ recommended: [{ code: '321102001001', name: '江滨社区' }], frozenBy: '本机管理员（命令行）' });

    const before = dbFingerprint(street);
    const again = await street.call('annual.freeze', { year: 2026, assessmentId: run.id, recommended: [] });
    expect(!again.ok && again.error.message).toMatch(/2026 年度考核已于 .* 冻结上报，不能再次冻结/);
    const manual = await judge('321102001002', '2026-01-01', '2026-12-31');
    expect(!manual.ok && manual.error.message).toMatch(/2026 年度考核已冻结上报，不能再评定该年度的考核/);
    const spanning = await judge('321102001002', '2025-07-01', '2026-06-30');
    expect(spanning.ok).toBe(false);
    const saving = await street.call('assessment.save', { standardId: 'test-lenient', asOf: '2026-12-31' });
    expect(!saving.ok && saving.error.message).toMatch(/2026 年度考核已冻结上报，不能再保存该年度的考核/);
    expect(dbFingerprint(street)).toBe(before);

    // Other years stay open.
    expect((await judge('321102001002', '2025-01-01', '2025-12-31')).ok).toBe(true);
  });
});

describe('the annual workbook', () => {
  it('per community every item, the passing and the recommended communities, the street’s totals — and no personal data', async () => {
    const run = await save('2026-11-20');
    await call('annual.freeze', { year: 2026, assessmentId: run.id, recommended: ['321102001001'] });
    const frozen = frozenSubmission(street.db, 2026);
    if (!frozen) throw new Error('not frozen');
    const path = join(dir, 'annual.xlsx');
    await writeAnnualWorkbook(path, frozen, { code: '321102001', name: '解放路街道' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.worksheets.map((w) => w.name)).toEqual(['汇总', '达标社区', '推荐优秀社区', '各社区考核', '街道考核', '各社区人口']);
    const values = (name: string) => {
      const out: unknown[][] = [];
      book.getWorksheet(name)?.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    const summary = values('汇总');
    expect(summary).toContainEqual(['街道', '解放路街道（321102001）']);
    expect(summary).toContainEqual(['年度', '2026 年']);
    expect(summary).toContainEqual(['达标社区数', 1]);
    expect(summary).toContainEqual(['推荐为优秀的社区数', 1]);
    expect(summary).toContainEqual(['劳动力资源（人）', 0]);
    expect(values('达标社区')).toEqual([['社区代码', '社区名称', '得分', '星级', '推荐为优秀'], ['321102001001', '江滨社区', undefined, undefined, '是']]);
    expect(values('推荐优秀社区')[1]).toEqual(['321102001001', '江滨社区']);
    const items = values('各社区考核');
    const itemCount = lenient().items.filter((i) => i.scope !== 'street').length;
    expect(items).toHaveLength(1 + 2 * itemCount);
    expect(items[1]?.slice(0, 3)).toEqual(['321102001001', '江滨社区', '达标']);
    expect(items.find((r) => r[4] === '组织机构建设到位' && r[7] === undefined)).toBeDefined();
    expect(JSON.stringify(items)).not.toMatch(/\d{17}[\dX]/);
  });
});

describe('year on year', () => {
  it('the frozen year against the previous one, community by community', async () => {
    const none = await call<{ message: string }>('annual.diff', { year: 2026 });
    expect(none.message).toMatch(/2026 年度尚未冻结上报/);
    expect((await judge('321102001001', '2025-01-01', '2025-12-31')).ok).toBe(true);
    const last = await save('2025-12-31');
    await call('annual.freeze', { year: 2025, assessmentId: last.id, recommended: ['321102001001'] });
    expect((await judge('321102001002', '2026-01-01', '2026-12-31')).ok).toBe(true);
    const run = await save('2026-11-20');
    await call('annual.freeze', { year: 2026, assessmentId: run.id, recommended: ['321102001002'] });
    const diff = await call<{ comparison: { rows: { code: string; verdictChanged: boolean; a: { verdict: string }; b: { verdict: string } }[] }; recommended: unknown; message: null }>('annual.diff', { year: 2026 });
    expect(diff.message).toBeNull();
    expect(diff.recommended).toEqual({ added: ['321102001002'], removed: ['321102001001'] });
    const byCode = new Map(diff.comparison.rows.map((r) => [r.code, r]));
    expect(byCode.get('321102001001')).toMatchObject({ verdictChanged: false, a: { verdict: 'pass' }, b: { verdict: 'pass' } });
    expect(byCode.get('321102001002')).toMatchObject({ verdictChanged: true, a: { verdict: 'incomplete' }, b: { verdict: 'pass' } });
  });
});
