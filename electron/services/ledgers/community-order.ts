/** The street's communities in code order: a row's rank (未分配 last) and its community's name. */
import { UNASSIGNED_COMMUNITY } from '../../../shared/domain/ledgers/kinds';
import type { CommunityRef } from '../../../shared/domain/ledgers/rows';

export interface CommunityOrder {
  rank(communityId: number | null): number;
  name(communityId: number | null): string;
}

export function communityOrder(communities: readonly CommunityRef[]): CommunityOrder {
  const sorted = [...communities].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const rank = new Map(sorted.map((c, i) => [c.id, i]));
  const names = new Map(sorted.map((c) => [c.id, c.name]));
  return {
    rank: (id) => (id === null ? Number.MAX_SAFE_INTEGER : (rank.get(id) ?? Number.MAX_SAFE_INTEGER - 1)),
    name: (id) => (id === null ? UNASSIGNED_COMMUNITY : (names.get(id) ?? UNASSIGNED_COMMUNITY)),
  };
}
