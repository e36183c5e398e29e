/**
 * communities as the standard workbook reads and writes them (docs/workbook-v2.md 社区): code, name, kind, contact and
 * the 六到位 checklist (JSON), in code order for the export, with row ids for the import.
 */
import type { DeskDatabase } from '../../desk-database';
import type { CommunityRecord, PlatformChecklist } from '../../../shared/domain/workbook/records';
import { PLATFORM_ITEMS } from '../../../shared/domain/workbook/records';
import { parseJsonObject } from '../json-object';

interface CommunityRow {
  id: number;
  code: string;
  name: string;
  kind: 'community' | 'village';
  contact: string | null;
  platform: string | null;
}

/** The stored 六到位 JSON as a checklist: items in their order, anything unreadable left out. */
export function parsePlatform(text: string | null): PlatformChecklist | null {
  const value = parseJsonObject(text);
  if (value === null) return null;
  const out: PlatformChecklist = {};
  for (const item of PLATFORM_ITEMS) {
    const mark = value[item];
    if (typeof mark !== 'object' || mark === null) continue;
    const { ok, note } = mark as { ok?: unknown; note?: unknown };
    if (typeof ok !== 'boolean') continue;
    out[item] = { ok, note: typeof note === 'string' && note.length > 0 ? note : null };
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** The checklist as stored: items in their order; null when nothing is recorded. */
export function platformText(platform: PlatformChecklist | null): string | null {
  if (platform === null) return null;
  const ordered: PlatformChecklist = {};
  for (const item of PLATFORM_ITEMS) {
    const mark = platform[item];
    if (mark) ordered[item] = { ok: mark.ok, note: mark.note };
  }
  return Object.keys(ordered).length > 0 ? JSON.stringify(ordered) : null;
}

const toRecord = (r: CommunityRow): CommunityRecord => ({ code: r.code, name: r.name, kind: r.kind, contact: r.contact, platform: parsePlatform(r.platform) });

/** Every community with its row id, in code order. */
export function* communitySheetRows(db: DeskDatabase): Generator<{ id: number; record: CommunityRecord }> {
  const rows = db.sqlite
    .prepare('SELECT id, code, name, kind, contact, platform_checklist AS platform FROM communities ORDER BY code')
    .iterate() as IterableIterator<CommunityRow>;
  for (const row of rows) yield { id: row.id, record: toRecord(row) };
}

export function communityCodesById(db: DeskDatabase): Map<number, string> {
  return new Map(db.sqlite.prepare('SELECT id, code FROM communities').raw().all() as [number, string][]);
}

/** Prepared writes of imported communities (inside the caller's transaction). */
export function communitySheetWriter(db: DeskDatabase, now: string): { insert(c: CommunityRecord): number; update(c: CommunityRecord, id: number): void } {
  const ins = db.sqlite.prepare(
    'INSERT INTO communities (code, name, kind, contact, platform_checklist, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)',
  );
  const upd = db.sqlite.prepare('UPDATE communities SET name = ?, kind = ?, contact = ?, platform_checklist = ?, version = version + 1, updated_at = ? WHERE id = ?');
  return {
    insert: (c) => Number(ins.run(c.code, c.name, c.kind, c.contact, platformText(c.platform), now, now).lastInsertRowid),
    update: (c, id) => {
      upd.run(c.name, c.kind, c.contact, platformText(c.platform), now, id);
    },
  };
}
