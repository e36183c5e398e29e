/** Persons found by many 身份证 numbers at once (a pasted attendee list): one lookup on persons_id_number_uq. */
import type { DeskDatabase } from '../desk-database';

export interface PersonByIdNumber {
  id: number;
  idNumber: string;
  name: string;
  archivedOn: string | null;
  archiveReason: string | null;
  communityName: string;
}

export function findPersonsByIdNumbers(db: DeskDatabase, idNumbers: readonly string[]): PersonByIdNumber[] {
  if (idNumbers.length === 0) return [];
  return db.sqlite
    .prepare(
      `SELECT p.id, p.id_number AS idNumber, p.name, p.archived_on AS archivedOn, p.archive_reason AS archiveReason,
              c.name AS communityName
         FROM persons p JOIN households h ON h.id = p.household_id JOIN communities c ON c.id = h.community_id
        WHERE p.id_number IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(idNumbers)) as PersonByIdNumber[];
}
