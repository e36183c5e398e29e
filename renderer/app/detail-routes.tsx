import type { ReactNode } from 'react';
import { Alert } from '@mantine/core';
import { HouseholdPage } from '../pages/registry/household/HouseholdPage';
import { PersonPage } from '../pages/registry/person/PersonPage';
import { idParam } from './route-match';

export interface DetailRouteDef {
  pattern: string;
  /** The navigation area the page belongs to (highlighted while it is open). */
  area: string;
  render(params: Record<string, string>): ReactNode;
}

function withId(params: Record<string, string>, page: (id: number) => ReactNode): ReactNode {
  const id = idParam(params);
  return id === null ? <Alert color="red">地址中的编号无效</Alert> : page(id);
}

/** Pages reached from an area (not in the navigation): `#/household/12`, `#/person/34`. */
export const detailRoutes: DetailRouteDef[] = [
  { pattern: '/household/:id', area: '/registry', render: (p) => withId(p, (id) => <HouseholdPage key={id} id={id} />) },
  { pattern: '/person/:id', area: '/registry', render: (p) => withId(p, (id) => <PersonPage key={id} id={id} />) },
];
