/** households, household_flags, household_memberships, persons (registry): deleting what was entered by mistake. */
import type { DeskDatabase } from '../../desk-database';

/** Everyone ever recorded in the household: membership periods, and persons whose current household it is. */
export function countMembersEver(db: DeskDatabase, householdId: number): number {
  return Number(
    db.sqlite
      .prepare(
        `SELECT COUNT(*) FROM (SELECT person_id FROM household_memberships WHERE household_id = @h
                               UNION SELECT id FROM persons WHERE household_id = @h)`,
      )
      .pluck()
      .get({ h: householdId }),
  );
}

/** The household's current members (an open membership period). */
export function countCurrentMembers(db: DeskDatabase, householdId: number): number {
  return Number(db.sqlite.prepare('SELECT COUNT(*) FROM household_memberships WHERE household_id = ? AND to_date IS NULL').pluck().get(householdId));
}

/** Deletes a household that never had a member, with its dated flags; false when there was no such household. */
export function deleteEmptyHousehold(db: DeskDatabase, householdId: number): boolean {
  db.sqlite.prepare('DELETE FROM household_flags WHERE household_id = ?').run(householdId);
  return db.sqlite.prepare('DELETE FROM households WHERE id = ?').run(householdId).changes === 1;
}

export function countHouseholdsOfCommunity(db: DeskDatabase, communityId: number): number {
  return Number(db.sqlite.prepare('SELECT COUNT(*) FROM households WHERE community_id = ?').pluck().get(communityId));
}

/** How many membership periods the person has (more than one: moved between households). */
export function countMembershipPeriods(db: DeskDatabase, personId: number): number {
  return Number(db.sqlite.prepare('SELECT COUNT(*) FROM household_memberships WHERE person_id = ?').pluck().get(personId));
}

/** Deletes a person entered by mistake, with the membership period; false when there was no such person. */
export function deletePersonRow(db: DeskDatabase, personId: number): boolean {
  db.sqlite.prepare('DELETE FROM household_memberships WHERE person_id = ?').run(personId);
  return db.sqlite.prepare('DELETE FROM persons WHERE id = ?').run(personId).changes === 1;
}
