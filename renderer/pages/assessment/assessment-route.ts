/**
 * The 考核 area's places in the hash route, so that reloads keep them and the browser's Back returns:
 *
 * - `#/assessment` or `#/assessment/run?standard=&version=&asOf=&from=` — the dashboard;
 * - `#/assessment/item?…&unit=<community id|street>&item=<item id>` — one item's drill-down;
 * - `#/assessment/trend?asOf=&community=` — the monthly trend (the dashboard's other parameters kept);
 * - `#/assessment/history`, `#/assessment/saved/<id>`, `#/assessment/saved/<id>/item?unit=&item=`,
 *   `#/assessment/compare/<a>/<b>` — saved (frozen) assessments.
 *
 * Parameters left out take their defaults (the preferred standard, today, 1 January of the as-of year).
 */
import { isValidIsoDate } from '../../../shared/domain/dates';

export interface RunParams {
  standard: string | null;
  version: string | null;
  asOf: string | null;
  /** null: 1 January of the as-of year. */
  from: string | null;
}

export type UnitRef = number | 'street';

export type AssessmentPlace =
  | { view: 'run'; params: RunParams }
  | { view: 'item'; params: RunParams; unit: UnitRef; itemId: string }
  | { view: 'trend'; params: RunParams; communityId: number | null }
  | { view: 'history'; params: RunParams }
  | { view: 'saved'; id: number }
  | { view: 'savedItem'; id: number; unit: UnitRef; itemId: string }
  | { view: 'compare'; a: number; b: number }
  | { view: 'invalid'; message: string };

const POSITIVE = /^\d{1,12}$/;

function positive(text: string | undefined | null): number | null {
  return text && POSITIVE.test(text) && Number(text) > 0 ? Number(text) : null;
}

function unitOf(text: string | null): UnitRef | null {
  if (text === 'street') return 'street';
  return positive(text);
}

function runParamsOf(query: URLSearchParams): RunParams {
  const date = (key: string) => {
    const value = query.get(key);
    return value && isValidIsoDate(value) ? value : null;
  };
  return { standard: query.get('standard') || null, version: query.get('version') || null, asOf: date('asOf'), from: date('from') };
}

/** Where `path` (the hash without `#`) points inside the 考核 area. */
export function parseAssessmentPath(path: string): AssessmentPlace {
  const [rawPath = '', rawQuery = ''] = path.split('?');
  const parts = rawPath.split('/').filter(Boolean).map(decodeURIComponent);
  const query = new URLSearchParams(rawQuery);
  const params = runParamsOf(query);
  const [, view, first, second] = parts;
  switch (view ?? 'run') {
    case 'run':
      return { view: 'run', params };
    case 'item': {
      const unit = unitOf(query.get('unit'));
      const itemId = query.get('item');
      return unit !== null && itemId ? { view: 'item', params, unit, itemId } : { view: 'invalid', message: '地址缺少社区或考核项，请从考核结果中重新打开' };
    }
    case 'trend':
      return { view: 'trend', params, communityId: positive(query.get('community')) };
    case 'history':
      return { view: 'history', params };
    case 'saved': {
      const id = positive(first);
      if (id === null) return { view: 'invalid', message: '地址中的考核结果编号无效' };
      if (second === undefined) return { view: 'saved', id };
      const unit = unitOf(query.get('unit'));
      const itemId = query.get('item');
      return second === 'item' && unit !== null && itemId ? { view: 'savedItem', id, unit, itemId } : { view: 'invalid', message: '地址中的考核项无效' };
    }
    case 'compare': {
      const a = positive(first);
      const b = positive(second);
      return a !== null && b !== null ? { view: 'compare', a, b } : { view: 'invalid', message: '地址中的对比编号无效' };
    }
    default:
      return { view: 'invalid', message: '考核中没有这个页面' };
  }
}

function withQuery(path: string, entries: [string, string | number | null][]): string {
  const query = new URLSearchParams();
  for (const [key, value] of entries) if (value !== null) query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

function runEntries(params: RunParams): [string, string | null][] {
  return [
    ['standard', params.standard],
    ['version', params.version],
    ['asOf', params.asOf],
    ['from', params.from],
  ];
}

export function runPath(params: RunParams): string {
  return withQuery('/assessment/run', runEntries(params));
}

export function itemPath(params: RunParams, unit: UnitRef, itemId: string): string {
  return withQuery('/assessment/item', [...runEntries(params), ['unit', String(unit)], ['item', itemId]]);
}

export function trendPath(params: RunParams, communityId: number | null): string {
  return withQuery('/assessment/trend', [...runEntries(params), ['community', communityId]]);
}

export function historyPath(params: RunParams): string {
  return withQuery('/assessment/history', runEntries(params));
}

export function savedPath(id: number): string {
  return `/assessment/saved/${id}`;
}

export function savedItemPath(id: number, unit: UnitRef, itemId: string): string {
  return withQuery(`/assessment/saved/${id}/item`, [['unit', String(unit)], ['item', itemId]]);
}

export function comparePath(a: number, b: number): string {
  return `/assessment/compare/${a}/${b}`;
}

