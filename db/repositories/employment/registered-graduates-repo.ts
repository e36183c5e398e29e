/** unemployment_registrations (employment): the graduates ledger's candidates (登记失业高校毕业生台账, DOMAIN §7). */
import type { DeskDatabase } from '../../desk-database';
import { joinPersonSql } from '../registry/registry-sql';

/** Persons with an open registration on D who record a graduation year (the graduates ledger's candidates). */
export function registeredGraduatesOn(db: DeskDatabase, asOf: string): { personId: number; graduationYear: number }[] {
  return db.sqlite
    .prepare(
      `SELECT DISTINCT p.id AS personId, p.graduation_year AS graduationYear FROM unemployment_registrations r
         ${joinPersonSql('p', 'r.person_id')}
        WHERE p.graduation_year IS NOT NULL AND r.registered_on <= $asOf AND (r.cancelled_on IS NULL OR r.cancelled_on > $asOf)`,
    )
    .all({ asOf }) as { personId: number; graduationYear: number }[];
}
