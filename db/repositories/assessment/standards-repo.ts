/** The `standards` table: one row per rule set id and version; `body` is the JSON checked by shared/contract/standards. */
import { nowIso } from '../../../shared/clock';
import type { DeskDatabase } from '../../desk-database';

export interface StandardRow {
  rowId: number;
  standardId: string;
  version: string;
  name: string;
  source: string;
  builtin: boolean;
  body: string;
  createdAt: string;
}

const SELECT = `SELECT id AS rowId, standard_id AS standardId, version, name, source, builtin, body, created_at AS createdAt FROM standards`;

type Raw = Omit<StandardRow, 'builtin'> & { builtin: 0 | 1 };

const toRow = (r: Raw): StandardRow => ({ ...r, builtin: r.builtin === 1 });

/** Every row, by id and then newest first. */
export function listStandardRows(db: DeskDatabase): StandardRow[] {
  return (db.sqlite.prepare(`${SELECT} ORDER BY standard_id, id DESC`).all() as Raw[]).map(toRow);
}

export function findStandardRow(db: DeskDatabase, standardId: string, version: string): StandardRow | null {
  const row = db.sqlite.prepare(`${SELECT} WHERE standard_id = ? AND version = ?`).get(standardId, version) as Raw | undefined;
  return row ? toRow(row) : null;
}

/** The most recently added version of a standard. */
export function latestStandardRow(db: DeskDatabase, standardId: string): StandardRow | null {
  const row = db.sqlite.prepare(`${SELECT} WHERE standard_id = ? ORDER BY id DESC LIMIT 1`).get(standardId) as Raw | undefined;
  return row ? toRow(row) : null;
}

export function findStandardByRowId(db: DeskDatabase, rowId: number): StandardRow | null {
  const row = db.sqlite.prepare(`${SELECT} WHERE id = ?`).get(rowId) as Raw | undefined;
  return row ? toRow(row) : null;
}

export function insertStandardRow(db: DeskDatabase, values: Omit<StandardRow, 'rowId' | 'createdAt'>): number {
  const now = nowIso();
  const info = db.sqlite
    .prepare('INSERT INTO standards (standard_id, version, name, source, builtin, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(values.standardId, values.version, values.name, values.source, values.builtin ? 1 : 0, values.body, now, now);
  return Number(info.lastInsertRowid);
}
