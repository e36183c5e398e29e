/** The 考核 area's addresses (renderer/pages/assessment/assessment-route.ts) and the defaults of a run. */
import { describe, expect, it } from 'vitest';
import { comparePath, itemPath, parseAssessmentPath, runPath, savedItemPath, trendPath } from '../../../renderer/pages/assessment/assessment-route';
import { paramsOf, resolveRun, runInputOf } from '../../../renderer/pages/assessment/run-params';
import type { StandardSummary } from '../../../shared/contract/standards';

const PARAMS = { standard: 'chongqing-2007', version: null, asOf: '2026-11-20', from: null };

function standard(id: string, version: string, latest: boolean): StandardSummary {
  return {
    rowId: 1, id, version, name: id, source: '文件', builtin: true, example: false, latest, itemCount: 8, manualItemCount: 1,
    communityItemCount: 8, streetItemCount: 8, maxScore: null, passRule: 'all-items', minScore: null, stars: [], addedAt: '2026-01-01',
  };
}

describe('assessment addresses', () => {
  it('round-trips every place', () => {
    expect(parseAssessmentPath('/assessment')).toEqual({ view: 'run', params: { standard: null, version: null, asOf: null, from: null } });
    expect(parseAssessmentPath(runPath(PARAMS))).toEqual({ view: 'run', params: PARAMS });
    expect(parseAssessmentPath(itemPath(PARAMS, 12, 'guidance-3-working-days'))).toEqual({ view: 'item', params: PARAMS, unit: 12, itemId: 'guidance-3-working-days' });
    expect(parseAssessmentPath(itemPath(PARAMS, 'street', 'employment-rate'))).toMatchObject({ view: 'item', unit: 'street' });
    expect(parseAssessmentPath(trendPath({ ...PARAMS, from: '2026-03-01' }, 7))).toEqual({ view: 'trend', params: { ...PARAMS, from: '2026-03-01' }, communityId: 7 });
    expect(parseAssessmentPath(trendPath(PARAMS, null))).toMatchObject({ view: 'trend', communityId: null });
    expect(parseAssessmentPath('/assessment/history')).toMatchObject({ view: 'history' });
    expect(parseAssessmentPath('/assessment/saved/4')).toEqual({ view: 'saved', id: 4 });
    expect(parseAssessmentPath(savedItemPath(4, 9, 'organisation'))).toEqual({ view: 'savedItem', id: 4, unit: 9, itemId: 'organisation' });
    expect(parseAssessmentPath(comparePath(3, 5))).toEqual({ view: 'compare', a: 3, b: 5 });
  });

  it('says what is wrong with a broken address, and drops invalid dates', () => {
    expect(parseAssessmentPath('/assessment/item?unit=x&item=a')).toMatchObject({ view: 'invalid' });
    expect(parseAssessmentPath('/assessment/saved/abc')).toMatchObject({ view: 'invalid' });
    expect(parseAssessmentPath('/assessment/compare/1')).toMatchObject({ view: 'invalid' });
    expect(parseAssessmentPath('/assessment/nothing')).toMatchObject({ view: 'invalid' });
    expect(parseAssessmentPath('/assessment/run?asOf=2026-02-30')).toMatchObject({ params: { asOf: null } });
  });
});

describe('run defaults', () => {
  const standards = [standard('chongqing-2007', '2007', true), standard('jiangsu-2005', '2005', false), standard('jiangsu-2005', '2006', true)];

  it('the Chongqing standard, today and 1 January of the as-of year when nothing is chosen', () => {
    const run = resolveRun({ standard: null, version: null, asOf: null, from: null }, standards, '2026-11-23');
    expect(run).toMatchObject({ standard: { id: 'chongqing-2007' }, asOf: '2026-11-23', from: '2026-01-01', fromChosen: false });
    if (!run) throw new Error('unreachable');
    expect(runInputOf(run)).toEqual({ standardId: 'chongqing-2007', asOf: '2026-11-23', from: '2026-01-01' });
    expect(paramsOf(run)).toEqual({ standard: 'chongqing-2007', version: null, asOf: '2026-11-23', from: null });
  });

  it('an older version is named in the input; an unknown standard resolves to nothing', () => {
    const run = resolveRun({ standard: 'jiangsu-2005', version: '2005', asOf: '2025-06-30', from: '2025-03-01' }, standards, '2026-11-23');
    if (!run) throw new Error('expected a run');
    expect(runInputOf(run)).toEqual({ standardId: 'jiangsu-2005', version: '2005', asOf: '2025-06-30', from: '2025-03-01' });
    expect(resolveRun({ standard: 'jiangsu-2005', version: null, asOf: null, from: null }, standards, '2026-11-23')?.standard.version).toBe('2006');
    expect(resolveRun({ standard: 'nowhere', version: null, asOf: null, from: null }, standards, '2026-11-23')).toBeNull();
  });
});
