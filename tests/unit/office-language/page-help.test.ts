import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOBAL_KEYS, helpFor, PAGE_HELP } from '../../../renderer/app/help/page-help';

// The navigation's paths, read from renderer/app/routes.tsx (which renders pages, so it is not imported here): a
// page added there without a guide fails this test.
const ROUTES = readFileSync(join(import.meta.dirname, '..', '..', '..', 'renderer', 'app', 'routes.tsx'), 'utf8');
const AREAS = [...ROUTES.matchAll(/\{ path: '([^']+)'/g)].map((m) => m[1] ?? '');

describe('F1: a guide for every page', () => {
  it('every area of the navigation and both detail pages have real content', () => {
    expect(AREAS.length).toBeGreaterThanOrEqual(12);
    for (const path of [...AREAS, '/person/:id', '/household/:id']) {
      const help = PAGE_HELP[path];
      expect(help, path).toBeDefined();
      expect(help?.purpose.length, path).toBeGreaterThan(20);
      expect(help?.tasks.length, path).toBeGreaterThan(0);
    }
    expect(Object.keys(PAGE_HELP).sort()).toEqual([...AREAS, '/person/:id', '/household/:id'].sort());
  });

  it('finds the guide of a detail page, a sub-page and an address with a query', () => {
    expect(helpFor('/person/12')?.title).toBe('人员');
    expect(helpFor('/household/3')?.title).toBe('户');
    expect(helpFor('/registry/community/2')?.title).toBe('人员与家庭');
    expect(helpFor('/assessment/history?standard=x')?.title).toBe('考核');
    expect(helpFor('/nowhere')).toBeNull();
  });

  it('the person page lists the keys it binds; the global keys include F1 and Ctrl+K', () => {
    const keys = helpFor('/person/1')?.keys.map(([k]) => k) ?? [];
    expect(keys).toEqual(expect.arrayContaining(['J', 'D', 'Y', 'S', 'Ctrl+P']));
    expect(GLOBAL_KEYS.map(([k]) => k)).toEqual(expect.arrayContaining(['F1', 'Ctrl+K 或 /']));
  });
});
