/**
 * The `calendar_days` table: exceptions to the Monday–Friday week that override or extend the built-in calendar
 * (shared/domain/calendar/builtin-calendar.ts). `source` says where a row came from: `import:<sha256 of the file>`
 * for a calendar file, `manual:<username>` for an edit in 设置. A row whose `name` is null marks a day reset to the
 * plain weekly rule (a built-in exception cancelled); see electron/services/calendar/load-calendar.ts.
 */
import type { DeskDatabase } from '../../desk-database';

export interface CalendarRow {
  date: string;
  kind: 'holiday' | 'workday';
  name: string | null;
  source: string;
}

const SELECT = 'SELECT date, kind, name, source FROM calendar_days';

/** Every row, by date. */
export function listCalendarRows(db: DeskDatabase): CalendarRow[] {
  return db.sqlite.prepare(`${SELECT} ORDER BY date`).all() as CalendarRow[];
}

const UPSERT =
  'INSERT INTO calendar_days (date, kind, name, source) VALUES (?, ?, ?, ?) ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name, source = excluded.source';

export function upsertCalendarRow(db: DeskDatabase, row: CalendarRow): void {
  writeCalendarRows(db, [row]);
}

export function deleteCalendarRow(db: DeskDatabase, date: string): void {
  db.sqlite.prepare('DELETE FROM calendar_days WHERE date = ?').run(date);
}

/** Deletes the rows dated `from` … `to` (inclusive); returns how many. */
export function deleteCalendarRowsBetween(db: DeskDatabase, from: string, to: string): number {
  return db.sqlite.prepare('DELETE FROM calendar_days WHERE date BETWEEN ? AND ?').run(from, to).changes;
}

/** Writes many rows, replacing any row already on the same date. */
export function writeCalendarRows(db: DeskDatabase, rows: readonly CalendarRow[]): void {
  const upsert = db.sqlite.prepare(UPSERT);
  for (const row of rows) upsert.run(row.date, row.kind, row.name, row.source);
}
