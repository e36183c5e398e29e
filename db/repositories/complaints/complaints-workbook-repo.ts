/**
 * complaints as the standard workbook reads and writes them (docs/workbook-v2.md 投诉): by community code, date and
 * content, each with its 序号 (1, 2 … among complaints of one community, day and content, in the order recorded).
 */
import type { DeskDatabase } from '../../desk-database';
import type { ComplaintRecord } from '../../../shared/domain/workbook/records';
import { joinCommunitySql } from '../communities/community-sql';

type Bool = 0 | 1;

/** Every complaint with its row id, by community, date, content and the order recorded. */
export function* complaintSheetRows(db: DeskDatabase): Generator<{ id: number; record: ComplaintRecord }> {
  const rows = db.sqlite
    .prepare(
      `SELECT k.id, c.code, k.date, k.content, k.valid, k.judged_on, k.validity_reason, k.resolution, k.resolved_on
         FROM complaints k ${joinCommunitySql('c', 'k.community_id')} ORDER BY c.code, k.date, k.content, k.id`,
    )
    .raw()
    .iterate() as IterableIterator<[number, string, string, string, Bool | null, string | null, string | null, string | null, string | null]>;
  let previous: ComplaintRecord | null = null;
  for (const [id, communityCode, date, content, valid, judgedOn, validityReason, resolution, resolvedOn] of rows) {
    const same = previous !== null && previous.communityCode === communityCode && previous.date === date && previous.content === content;
    const record: ComplaintRecord = {
      communityCode,
      date,
      content,
      valid: valid === null ? null : valid === 1,
      seq: same && previous ? previous.seq + 1 : 1,
      judgedOn,
      validityReason,
      resolution,
      resolvedOn,
    };
    previous = record;
    yield { id, record };
  }
}

/** Prepared writes of imported complaints (inside the caller's transaction). */
export function complaintSheetWriter(db: DeskDatabase, now: string): { insert(c: ComplaintRecord, communityId: number): void; update(c: ComplaintRecord, id: number): void } {
  const ins = db.sqlite.prepare(
    `INSERT INTO complaints (community_id, date, content, valid, judged_on, validity_reason, resolution, resolved_on, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  );
  const upd = db.sqlite.prepare(
    'UPDATE complaints SET valid = ?, judged_on = ?, validity_reason = ?, resolution = ?, resolved_on = ?, version = version + 1, updated_at = ? WHERE id = ?',
  );
  const v = (c: ComplaintRecord): Bool | null => (c.valid === null ? null : c.valid ? 1 : 0);
  return {
    insert: (c, communityId) => {
      ins.run(communityId, c.date, c.content, v(c), c.judgedOn, c.validityReason, c.resolution, c.resolvedOn, now, now);
    },
    update: (c, id) => {
      upd.run(v(c), c.judgedOn, c.validityReason, c.resolution, c.resolvedOn, now, id);
    },
  };
}
