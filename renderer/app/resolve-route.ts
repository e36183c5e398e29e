import type { ReactNode } from 'react';
import type { DetailRouteDef } from './detail-routes';
import { matchPattern } from './route-match';
import type { RouteDef } from './routes';

export interface Resolved {
  /** The navigation entry to highlight. */
  area: RouteDef | undefined;
  content: ReactNode;
}

/** An area (`/registry`, `/registry/...`), else a detail page, else the first area. */
export function resolveRoute(path: string, areas: RouteDef[], details: DetailRouteDef[]): Resolved {
  const area = areas.find((r) => path === r.path || path.startsWith(`${r.path}/`));
  if (area) return { area, content: area.render() };
  for (const d of details) {
    const params = matchPattern(d.pattern, path);
    if (params) return { area: areas.find((r) => r.path === d.area), content: d.render(params) };
  }
  return { area: areas[0], content: areas[0]?.render() };
}
