/**
 * The street snapshot on D: every community's counts, from the owners' per-community counts (labour force from the
 * registry, registrations from employment, family episodes from population), each one set-based read.
 */
import type { DeskDatabase } from '../../desk-database';
import { communityNames } from '../communities/communities-repo';
import type { CommunityName } from '../communities/communities-repo';
import { registeredCountsByCommunity } from '../employment/registrations-repo';
import { labourCountsByCommunity } from '../registry/labour-force-repo';
import { familyCountsByCommunity } from './family-episodes-repo';

export interface SnapshotParams {
  asOf: string;
  /** Women born on or before this date are 40 (the 4050 age) or older on D; likewise men. */
  women4050BornBy: string;
  men4050BornBy: string;
  /** An open registration from this date or earlier is long-term on D. */
  longTermRegisteredBy: string;
  communityId: number | null;
}

export interface CommunityCounts {
  communityId: number;
  code: string;
  name: string;
  labourResources: number;
  lfw: number;
  employedLfw: number;
  unemployed: number;
  registeredUnemployed: number;
  longTermUnemployed: number;
  age4050: number;
  zeroEmploymentFamilies: number;
  doubleUnemployedFamilies: number;
}

type CountRow = { cid: number } & Partial<CommunityCounts>;

function zeroCounts(c: CommunityName): CommunityCounts {
  return {
    communityId: c.id,
    code: c.code,
    name: c.name,
    labourResources: 0,
    lfw: 0,
    employedLfw: 0,
    unemployed: 0,
    registeredUnemployed: 0,
    longTermUnemployed: 0,
    age4050: 0,
    zeroEmploymentFamilies: 0,
    doubleUnemployedFamilies: 0,
  };
}

/** The counts per community on D (every community, zeros included; only `communityId` when given), by code. */
export function snapshotCounts(db: DeskDatabase, params: SnapshotParams): CommunityCounts[] {
  const communities = communityNames(db).filter((c) => params.communityId === null || c.id === params.communityId);
  const merged = new Map<number, CommunityCounts>(communities.map((c) => [c.id, zeroCounts(c)]));
  const parts: readonly (() => readonly CountRow[])[] = [
    () => labourCountsByCommunity(db, params),
    () => registeredCountsByCommunity(db, params),
    () => familyCountsByCommunity(db, params),
  ];
  for (const read of parts) {
    for (const { cid, ...counts } of read()) {
      const target = merged.get(cid);
      if (target) Object.assign(target, counts);
    }
  }
  return [...merged.values()];
}
