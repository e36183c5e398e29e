/** communities (communities): the street's communities, their counts, names in code order. */
import { eq } from 'drizzle-orm';
import type { DeskDatabase } from '../../desk-database';
import { communities } from '../../schema';
import { householdCountSql, personCountSql } from '../registry/registry-sql';
import { updateAtVersion } from '../versioned-update';
import { insertStamped } from '../insert-stamped';

export interface CommunityRow {
  id: number;
  code: string;
  name: string;
  kind: 'community' | 'village';
  contact: string | null;
  version: number;
}

export interface CommunityWithCounts extends CommunityRow {
  households: number;
  persons: number;
}

export interface CommunityValues {
  code: string;
  name: string;
  kind: 'community' | 'village';
  contact: string | null;
}

const columns = {
  id: communities.id,
  code: communities.code,
  name: communities.name,
  kind: communities.kind,
  contact: communities.contact,
  version: communities.version,
};

export function listCommunitiesWithCounts(db: DeskDatabase): CommunityWithCounts[] {
  return db.sqlite
    .prepare(
      `SELECT c.id, c.code, c.name, c.kind, c.contact, c.version,
              ${householdCountSql('c.id')} AS households,
              ${personCountSql('c.id')} AS persons
         FROM communities c ORDER BY c.code`,
    )
    .all() as CommunityWithCounts[];
}

export function findCommunityById(db: DeskDatabase, id: number): CommunityRow | null {
  return db.orm.select(columns).from(communities).where(eq(communities.id, id)).get() ?? null;
}

export function findCommunityByCode(db: DeskDatabase, code: string): CommunityRow | null {
  return db.orm.select(columns).from(communities).where(eq(communities.code, code)).get() ?? null;
}

export function insertCommunity(db: DeskDatabase, values: CommunityValues): CommunityRow {
  return insertStamped(db, communities, { ...values, version: 0 }).returning(columns).get();
}

/** Returns the updated row, or null when `expectedVersion` is stale (someone else saved first). */
export function updateCommunity(
  db: DeskDatabase,
  id: number,
  expectedVersion: number,
  values: CommunityValues,
): CommunityRow | null {
  return updateAtVersion(db, communities, id, expectedVersion, values).returning(columns).get() ?? null;
}

export interface CommunityName {
  id: number;
  code: string;
  name: string;
}

export function communityNames(db: DeskDatabase): CommunityName[] {
  return db.sqlite.prepare('SELECT id, code, name FROM communities ORDER BY code').all() as CommunityName[];
}

/** Whether any community is recorded. */
export function hasCommunities(db: DeskDatabase): boolean {
  return db.sqlite.prepare('SELECT EXISTS (SELECT 1 FROM communities)').pluck().get() === 1;
}
