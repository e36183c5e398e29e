/** communities (communities): the street's communities, their counts, names in code order. */
import { and, eq } from 'drizzle-orm';
import { nowIso } from '../../../shared/clock';
import type { DeskDatabase } from '../../desk-database';
import { communities } from '../../schema';
import type { PlatformChecklist } from '../../../shared/domain/workbook/records';
import { householdCountSql, personCountSql } from '../registry/registry-sql';
import { parsePlatform, platformText } from './communities-workbook-repo';

export interface CommunityRow {
  id: number;
  code: string;
  name: string;
  kind: 'community' | 'village';
  contact: string | null;
  version: number;
}

export interface CommunityWithCounts extends CommunityRow {
  /** 六到位 as recorded (null: nothing recorded). */
  platform: PlatformChecklist | null;
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
  const rows = db.sqlite
    .prepare(
      `SELECT c.id, c.code, c.name, c.kind, c.contact, c.platform_checklist AS platform, c.version,
              ${householdCountSql('c.id')} AS households,
              ${personCountSql('c.id')} AS persons
         FROM communities c ORDER BY c.code`,
    )
    .all() as (Omit<CommunityWithCounts, 'platform'> & { platform: string | null })[];
  return rows.map((r) => ({ ...r, platform: parsePlatform(r.platform) }));
}

/** The community's 六到位 as recorded (null: nothing recorded, or no such community). */
export function communityPlatform(db: DeskDatabase, id: number): PlatformChecklist | null {
  const row = db.sqlite.prepare('SELECT platform_checklist AS platform FROM communities WHERE id = ?').get(id) as { platform: string | null } | undefined;
  return row ? parsePlatform(row.platform) : null;
}

/** Records the 六到位 checklist; null when `expectedVersion` is stale. */
export function updateCommunityPlatform(db: DeskDatabase, id: number, expectedVersion: number, platform: PlatformChecklist | null): CommunityRow | null {
  const row = db.orm
    .update(communities)
    .set({ platformChecklist: platformText(platform), version: expectedVersion + 1, updatedAt: nowIso() })
    .where(and(eq(communities.id, id), eq(communities.version, expectedVersion)))
    .returning(columns)
    .get();
  return row ?? null;
}

export function findCommunityById(db: DeskDatabase, id: number): CommunityRow | null {
  return db.orm.select(columns).from(communities).where(eq(communities.id, id)).get() ?? null;
}

export function findCommunityByCode(db: DeskDatabase, code: string): CommunityRow | null {
  return db.orm.select(columns).from(communities).where(eq(communities.code, code)).get() ?? null;
}

export function insertCommunity(db: DeskDatabase, values: CommunityValues): CommunityRow {
  const now = nowIso();
  return db.orm
    .insert(communities)
    .values({ ...values, version: 0, createdAt: now, updatedAt: now })
    .returning(columns)
    .get();
}

/** Returns the updated row, or null when `expectedVersion` is stale (someone else saved first). */
export function updateCommunity(
  db: DeskDatabase,
  id: number,
  expectedVersion: number,
  values: CommunityValues,
): CommunityRow | null {
  const row = db.orm
    .update(communities)
    .set({ ...values, version: expectedVersion + 1, updatedAt: nowIso() })
    .where(and(eq(communities.id, id), eq(communities.version, expectedVersion)))
    .returning(columns)
    .get();
  return row ?? null;
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
