/** service_records (services): who was served in a period (persons, households, kinds) and the first guidance after a registration. */
import type { DeskDatabase } from '../../desk-database';
import { keyedRead, memoisedSet } from '../../read-memo';
import { joinMembershipSql, membershipsSql } from '../registry/registry-sql';

const ids = (values: Iterable<number>) => JSON.stringify([...values]);

/**
 * Which of `personIds` had a service (any kind) dated `from` … `to`: their own records first — wherever they were
 * given (DOMAIN §2: "every person in U was served" looks at the person's services, in this community or a former
 * one) — then, when `withHousehold`, for those without one, a record for a household as a whole dated while they
 * were its member (a household record has no person). Both lookups are answered from the (subject, date) indexes.
 */
function readPersonsServedBetween(db: DeskDatabase, personIds: readonly number[], from: string, to: string, withHousehold: boolean): Set<number> {
  if (personIds.length === 0) return new Set();
  const own = db.sqlite
    .prepare(
      `SELECT p.value FROM json_each($ids) p
        WHERE EXISTS (SELECT 1 FROM service_records s WHERE s.person_id = p.value AND s.date BETWEEN $from AND $to)`,
    )
    .pluck()
    .all({ ids: ids(personIds), from, to }) as number[];
  const served = new Set(own);
  if (!withHousehold) return served;
  const rest = personIds.filter((id) => !served.has(id));
  if (rest.length === 0) return served;
  const viaHousehold = db.sqlite
    .prepare(
      `SELECT DISTINCT m.person_id FROM json_each($ids) p ${joinMembershipSql('m', 'm.person_id = p.value', 'CROSS JOIN')}
        WHERE EXISTS (SELECT 1 FROM service_records s WHERE s.household_id = m.household_id
                         AND s.date BETWEEN MAX($from, COALESCE(m.from_date, $from)) AND MIN($to, COALESCE(m.to_date, $to)))`,
    )
    .pluck()
    .all({ ids: ids(rest), from, to }) as number[];
  for (const id of viaHousehold) served.add(id);
  return served;
}

/**
 * readPersonsServedBetween kept per person (db/read-memo.ts keyedRead): after a service is recorded only that person
 * is looked at again; a household's record (it counts for the members) or a membership change starts afresh.
 */
export function personsServedBetween(db: DeskDatabase, personIds: readonly number[], from: string, to: string, withHousehold: boolean): ReadonlySet<number> {
  const served = keyedRead(
    db.sqlite,
    {
      name: 'personsServedBetween',
      keyed: [['service_records', 'person_id']],
      whole: withHousehold ? ['household_memberships'] : [],
      resetOn: withHousehold ? [['service_records', 'household_id']] : [],
      params: JSON.stringify([from, to, withHousehold]),
    },
    personIds,
    (ids) => new Map([...readPersonsServedBetween(db, ids, from, to, withHousehold)].map((id) => [id, true])),
  );
  return new Set(served.keys());
}

/**
 * Households among `householdIds` with a service dated `from` … `to`, for the household or any of its members
 * (a member's record counts when dated while they were a member).
 */
function readHouseholdsServedBetween(db: DeskDatabase, householdIds: readonly number[], from: string, to: string): Set<number> {
  if (householdIds.length === 0) return new Set();
  const rows = db.sqlite
    .prepare(
      `SELECT h.value FROM json_each($ids) h
        WHERE EXISTS (SELECT 1 FROM service_records s WHERE s.household_id = h.value AND s.date BETWEEN $from AND $to)
           OR EXISTS (SELECT 1 FROM ${membershipsSql('m')} JOIN service_records s ON s.person_id = m.person_id
                       WHERE m.household_id = h.value
                         AND s.date BETWEEN MAX($from, COALESCE(m.from_date, $from)) AND MIN($to, COALESCE(m.to_date, $to)))`,
    )
    .pluck()
    .all({ ids: ids(householdIds), from, to }) as number[];
  return new Set(rows);
}

export const householdsServedBetween = memoisedSet('householdsServedBetween', ['service_records', 'household_memberships'], readHouseholdsServedBetween);

/** Persons among `personIds` with a service of one of `kinds` dated `from` … `to`. */
function readPersonsWithServiceKinds(db: DeskDatabase, personIds: readonly number[], kinds: readonly string[], from: string, to: string): Set<number> {
  if (personIds.length === 0) return new Set();
  const rows = db.sqlite
    .prepare(
      `SELECT p.value FROM json_each($ids) p
        WHERE EXISTS (SELECT 1 FROM service_records s WHERE s.person_id = p.value AND s.date BETWEEN $from AND $to
                         AND s.kind IN (SELECT value FROM json_each($kinds)))`,
    )
    .pluck()
    .all({ ids: ids(personIds), kinds: JSON.stringify(kinds), from, to }) as number[];
  return new Set(rows);
}

export const personsWithServiceKinds = memoisedSet('personsWithServiceKinds', ['service_records'], readPersonsWithServiceKinds);

/**
 * The first 职业指导 record dated from each registration day to D, for registrations given as [personId, registeredOn]:
 * each walks the person's records from the registration day and stops at the first guidance.
 */
export function firstGuidanceOf(db: DeskDatabase, registrations: readonly (readonly [number, string])[], asOf: string): Map<string, string> {
  if (registrations.length === 0) return new Map();
  const rows = db.sqlite
    .prepare(
      `SELECT j.value ->> 0 AS personId, j.value ->> 1 AS registeredOn,
              (SELECT s.date FROM service_records s
                WHERE s.person_id = j.value ->> 0 AND s.date >= j.value ->> 1 AND s.date <= ? AND s.kind = 'guidance'
                ORDER BY s.date LIMIT 1) AS firstGuidanceOn
         FROM json_each(?) j`,
    )
    .all(asOf, JSON.stringify(registrations)) as { personId: number; registeredOn: string; firstGuidanceOn: string | null }[];
  return new Map(rows.flatMap((r) => (r.firstGuidanceOn === null ? [] : [[`${r.personId}|${r.registeredOn}`, r.firstGuidanceOn] as [string, string]])));
}
