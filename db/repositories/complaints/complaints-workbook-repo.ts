/** complaints (complaints) as the standard workbook keys them: the export's rows, the import's snapshot and writes. */
import type { ComplaintRecord } from '../../../shared/domain/workbook/records';
import type { DeskDatabase } from '../../desk-database';
import { joinCommunitySql } from '../communities/community-sql';

type Bool = 0 | 1;

export function* readComplaints(db: DeskDatabase): Generator<ComplaintRecord> {
  const rows = db.sqlite
    .prepare(
      `SELECT c.code AS communityCode, k.date, k.content, k.valid FROM complaints k ${joinCommunitySql('c', 'k.community_id')}
        ORDER BY c.code, k.date, k.content`,
    )
    .iterate() as IterableIterator<{ communityCode: string; date: string; content: string; valid: Bool | null }>;
  for (const row of rows) yield { communityCode: row.communityCode, date: row.date, content: row.content, valid: row.valid === 1 };
}

/** Every complaint with its row id, in no particular order (the import's snapshot). */
export function* existingComplaints(db: DeskDatabase): Generator<{ id: number; record: ComplaintRecord }> {
  for (const row of db.sqlite
    .prepare(`SELECT k.id AS rowId, c.code AS communityCode, k.date, k.content, k.valid FROM complaints k ${joinCommunitySql('c', 'k.community_id')}`)
    .iterate() as IterableIterator<{ rowId: number; communityCode: string; date: string; content: string; valid: Bool | null }>) {
    yield { id: row.rowId, record: { communityCode: row.communityCode, date: row.date, content: row.content, valid: row.valid === 1 } };
  }
}

/**
 * Prepared writes of imported complaints (inside the caller's transaction). The workbook has no judgement date:
 * 是否有效 in the file is taken as judged on the complaint's own date.
 */
export function complaintRecordWriter(db: DeskDatabase, now: string): {
  insert(record: ComplaintRecord, communityId: number): void;
  update(record: ComplaintRecord, id: number): void;
} {
  const ins = db.sqlite.prepare(
    'INSERT INTO complaints (community_id, date, content, valid, judged_on, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)',
  );
  const upd = db.sqlite.prepare('UPDATE complaints SET valid = ?, judged_on = date, version = version + 1, updated_at = ? WHERE id = ?');
  const b = (v: boolean): Bool => (v ? 1 : 0);
  return {
    insert(c, communityId) {
      ins.run(communityId, c.date, c.content, b(c.valid), c.date, now, now);
    },
    update(c, id) {
      upd.run(b(c.valid), now, id);
    },
  };
}
