/**
 * Person search across the street, as the user types. Prefix matches are index range scans (`x >= q AND x < q||MAX`
 * on persons_name_idx, persons_initials_idx, persons_id_number_uq); substring matches scan and are only run when the
 * prefix matches did not fill the list.
 */
import type { DeskDatabase } from '../open-database';
import { PREFIX_END } from './registry-households-repo';

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

type PrefixColumn = 'name' | 'name_initials' | 'id_number';

/** Ids whose `column` starts with `prefix`, in the column's order. */
export function idsByPrefix(db: DeskDatabase, column: PrefixColumn, prefix: string, limit: number): number[] {
  return db.sqlite
    .prepare(`SELECT id FROM persons WHERE ${column} >= ? AND ${column} < ? ORDER BY ${column} LIMIT ?`)
    .pluck()
    .all(prefix, prefix + PREFIX_END, limit) as number[];
}

/** Ids whose name contains `part` but does not start with it (a scan of the name index). */
export function idsByNameInside(db: DeskDatabase, part: string, limit: number): number[] {
  return db.sqlite.prepare('SELECT id FROM persons WHERE instr(name, ?) > 1 LIMIT ?').pluck().all(part, limit) as number[];
}

/** Ids whose ID number or phone contains `digits` (one scan of the table). */
export function idsByDigitsInside(db: DeskDatabase, digits: string, limit: number): number[] {
  return db.sqlite
    .prepare('SELECT id FROM persons WHERE instr(id_number, @d) > 0 OR instr(phone, @d) > 0 LIMIT @limit')
    .pluck()
    .all({ d: digits, limit }) as number[];
}

export function candidatesByIds(db: DeskDatabase, ids: readonly number[]): SearchCandidate[] {
  if (ids.length === 0) return [];
  return db.sqlite
    .prepare(
      `SELECT p.id, p.name, p.name_initials AS nameInitials, p.gender, p.birth_date AS birthDate, p.id_number AS idNumber,
              p.phone, p.archived_on AS archivedOn, h.number AS householdNumber, c.name AS communityName
         FROM persons p JOIN households h ON h.id = p.household_id JOIN communities c ON c.id = h.community_id
        WHERE p.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as SearchCandidate[];
}
