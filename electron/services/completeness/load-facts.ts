/**
 * Gathers, for persons whose fields and wish are already read, what else the completeness rules read on a date D
 * (shared/domain/completeness/facts): registrations, spells and household facts in three set-based queries, the
 * services from a digest the caller read (db/repositories/worklist-services-repo.ts); then one pass per person.
 */
import type { HouseholdFact, PersonFacts, RegistrationFact } from '../../../shared/domain/completeness/facts';
import type { PersonRef } from '../../../shared/domain/worklist/inputs';
import { householdFactRows } from '../../../db/repositories/registry/household-facts-repo';
import { registrationsOf } from '../../../db/repositories/employment/registrations-repo';
import { spellFactsOf } from '../../../db/repositories/employment/spells-repo';
import type { PersonFieldsRow } from '../../../db/repositories/registry/labour-force-repo';
import type { RegistrationFactRow } from '../../../db/repositories/employment/registrations-repo';
import type { ServiceDigest } from '../../../db/repositories/services/service-digests-repo';
import type { DeskDatabase } from '../../../db/open-database';

export interface LoadedPerson {
  ref: PersonRef;
  householdId: number;
  facts: PersonFacts;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

function registrationFacts(rows: readonly RegistrationFactRow[], asOf: string): Pick<PersonFacts, 'openRegistration' | 'latestRegistration'> {
  let open: RegistrationFact | null = null;
  let latest: RegistrationFact | null = null;
  for (const r of rows) {
    const fact: RegistrationFact = { registeredOn: r.registeredOn, reason: r.reason, cancelledOn: r.cancelledOn };
    if ((r.cancelledOn === null || r.cancelledOn > asOf) && (open === null || r.registeredOn < open.registeredOn)) open = fact;
    if (latest === null || r.registeredOn > latest.registeredOn) latest = fact;
  }
  return { openRegistration: open, latestRegistration: latest };
}

const NO_HOUSEHOLD_FACT: HouseholdFact = { flagsRecorded: 0, hasHead: false };

export function loadPersonFacts(
  db: DeskDatabase,
  fields: readonly PersonFieldsRow[],
  digests: ReadonlyMap<number, ServiceDigest>,
  asOf: string,
): Map<number, LoadedPerson> {
  const ids = fields.map((f) => f.personId);
  const households = new Map<number, HouseholdFact>(
    householdFactRows(db, [...new Set(fields.map((f) => f.householdId))], asOf).map((h) => [
      h.householdId,
      { flagsRecorded: h.flagsRecorded, hasHead: h.hasHead === 1 },
    ]),
  );
  const registrations = groupBy(registrationsOf(db, ids, asOf), (r) => r.personId);
  const spells = new Map(spellFactsOf(db, ids, asOf).map((s) => [s.personId, s]));
  const loaded = new Map<number, LoadedPerson>();
  for (const f of fields) {
    loaded.set(f.personId, {
      ref: { id: f.personId, idNumber: f.idNumber, name: f.name, communityId: f.communityId },
      householdId: f.householdId,
      facts: {
        skills: f.skills,
        skillLevel: f.skillLevel,
        socialInsurance: f.socialInsurance,
        policiesEnjoyed: f.policiesEnjoyed,
        household: households.get(f.householdId) ?? NO_HOUSEHOLD_FACT,
        wish:
          f.hasWish === null
            ? null
            : { recordedOn: f.wishRecordedOn, hasWish: f.hasWish === 1, wishedJob: f.wishedJob, trainingWanted: f.trainingWanted, noWishReason: f.noWishReason },
        ...registrationFacts(registrations.get(f.personId) ?? [], asOf),
        lastSpellEnd: spells.get(f.personId)?.lastSpellEnd ?? null,
        employedOnDate: spells.get(f.personId)?.employed === 1,
        latestPolicyBenefit: digests.get(f.personId)?.latestBenefit ?? null,
      },
    });
  }
  return loaded;
}
