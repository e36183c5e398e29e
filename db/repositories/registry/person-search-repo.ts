/** persons (registry): the search's candidate ids by prefix or part of a name, ID number or phone, and their rows. */
import type { DeskDatabase } from '../../desk-database';
import { joinCommunitySql } from '../communities/community-sql';
import { PREFIX_END } from './households-repo';

export interface SearchCandidate {
  id: number;
  name: string;
  nameInitials: string;
  gender: 'M' | 'F';
  birthDate: string;
  idNumber: string;
  phone: string | null;
  archivedOn: string | null;
  householdNumber: string;
  communityName: string;
}

type PrefixColumn = 'name' | 'name_initials' | 'id_number' | 'phone';

/** Ids whose `column` starts with `prefix`, in the column's order. */
export function idsByPrefix(db: DeskDatabase, column: PrefixColumn, prefix: string, limit: number): number[] {
  return db.sqlite
    .prepare(`SELECT id FROM persons WHERE ${column} >= ? AND ${column} < ? ORDER BY ${column} LIMIT ?`)
    .pluck()
    .all(prefix, prefix + PREFIX_END, limit) as number[];
}

/**
 * Ids and names whose pinyin initials start with `prefix`, in the initials' order, read one at a time (the caller
 * stops when it has enough; no other statement may run on the connection until it does).
 */
export function namesByInitialsPrefix(db: DeskDatabase, prefix: string): IterableIterator<{ id: number; name: string }> {
  return db.sqlite
    .prepare('SELECT id, name FROM persons WHERE name_initials >= ? AND name_initials < ? ORDER BY name_initials')
    .iterate(prefix, prefix + PREFIX_END) as IterableIterator<{ id: number; name: string }>;
}

/** Ids whose name contains `part` but does not start with it (a scan of the name index). */
export function idsByNameInside(db: DeskDatabase, part: string, limit: number): number[] {
  return db.sqlite.prepare('SELECT id FROM persons WHERE instr(name, ?) > 1 LIMIT ?').pluck().all(part, limit) as number[];
}

/**
 * Ids whose ID number contains `digits` but does not start with them. One column per query, so that SQLite scans
 * that column's covering index (persons_id_number_uq) rather than the table: a fraction of the pages.
 */
export function idsByIdNumberInside(db: DeskDatabase, digits: string, limit: number): number[] {
  return db.sqlite.prepare('SELECT id FROM persons WHERE instr(id_number, ?) > 1 LIMIT ?').pluck().all(digits, limit) as number[];
}

/** Ids whose phone contains `digits` but does not start with them (a scan of persons_phone_idx, past the persons without one). */
export function idsByPhoneInside(db: DeskDatabase, digits: string, limit: number): number[] {
  return db.sqlite
    .prepare('SELECT id FROM persons WHERE phone IS NOT NULL AND instr(phone, ?) > 1 LIMIT ?')
    .pluck()
    .all(digits, limit) as number[];
}

export function candidatesByIds(db: DeskDatabase, ids: readonly number[]): SearchCandidate[] {
  if (ids.length === 0) return [];
  return db.sqlite
    .prepare(
      `SELECT p.id, p.name, p.name_initials AS nameInitials, p.gender, p.birth_date AS birthDate, p.id_number AS idNumber,
              p.phone, p.archived_on AS archivedOn, h.number AS householdNumber, c.name AS communityName
         FROM persons p JOIN households h ON h.id = p.household_id ${joinCommunitySql('c', 'h.community_id')}
        WHERE p.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as SearchCandidate[];
}
