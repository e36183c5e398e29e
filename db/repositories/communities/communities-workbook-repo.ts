/** communities (communities) as the standard workbook keys them: the export's rows, the import's snapshot and writes. */
import type { CommunityRecord } from '../../../shared/domain/workbook/records';
import type { DeskDatabase } from '../../desk-database';

export function* readCommunities(db: DeskDatabase): Generator<CommunityRecord> {
  yield* db.sqlite.prepare('SELECT code, name, kind FROM communities ORDER BY code').iterate() as IterableIterator<CommunityRecord>;
}

/** Every community with its row id, in no particular order (the import's snapshot). */
export function* existingCommunities(db: DeskDatabase): Generator<{ id: number; record: CommunityRecord }> {
  for (const row of db.sqlite.prepare('SELECT id, code, name, kind FROM communities').iterate() as IterableIterator<CommunityRecord & { id: number }>) {
    yield { id: row.id, record: { code: row.code, name: row.name, kind: row.kind } };
  }
}

/** Row ids by community code. */
export function communityIdsByCode(db: DeskDatabase): Map<string, number> {
  return new Map<string, number>(db.sqlite.prepare('SELECT code, id FROM communities').raw().all() as [string, number][]);
}

/** Prepared writes of imported communities (inside the caller's transaction). */
export function communityRecordWriter(db: DeskDatabase, now: string): {
  insert(record: CommunityRecord): number;
  update(record: CommunityRecord, id: number): void;
} {
  const ins = db.sqlite.prepare('INSERT INTO communities (code, name, kind, version, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)');
  const upd = db.sqlite.prepare('UPDATE communities SET name = ?, kind = ?, version = version + 1, updated_at = ? WHERE id = ?');
  return {
    insert(c) {
      return Number(ins.run(c.code, c.name, c.kind, now, now).lastInsertRowid);
    },
    update(c, id) {
      upd.run(c.name, c.kind, now, id);
    },
  };
}
