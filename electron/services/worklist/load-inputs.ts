/**
 * Reads what the worklist rules need on a date D, set-based: the open registrations, the zero-employment families,
 * the recognised difficult persons, the persons with a birthday or retirement ahead, the completeness of the
 * concerned, the latest assessments — and one digest of the service records of all the persons involved.
 */
import { addDays, addYears } from '../../../shared/domain/dates';
import { lastOfNextDays } from '../../../shared/domain/worklist/deadlines';
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import type {
  AgeSubject,
  LatestAssessment,
  OpenRegistration,
  RecognisedPerson,
  RefusalSubject,
  ZeroFamily,
} from '../../../shared/domain/worklist/inputs';
import type { WorklistSettings } from '../../../shared/domain/worklist/settings';
import { latestAssessments } from '../../../db/repositories/assessment/latest-assessments-repo';
import type { CommunityName } from '../../../db/repositories/communities/communities-repo';
import { zeroFamiliesOn } from '../../../db/repositories/population/family-episodes-repo';
import { ageSubjects } from '../../../db/repositories/registry/labour-force-repo';
import { recognisedWithPlaceOn } from '../../../db/repositories/recognitions/recognitions-on-date-repo';
import { firstGuidanceOf } from '../../../db/repositories/services/services-given-repo';
import { openRegistrations } from '../../../db/repositories/employment/registrations-repo';
import { householdServiceDigests, serviceDigests } from '../../../db/repositories/services/service-digests-repo';
import { membersOf } from '../../../db/repositories/registry/memberships-repo';
import type { ServiceDigest } from '../../../db/repositories/services/service-digests-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { streetPopulationWith, unemployedIdsOf } from '../population/street-population';
import { concernedOn, evaluateCompleteness, personsWithFacts } from '../completeness/compute-completeness';
import type { CompletenessData } from '../completeness/compute-completeness';

export interface WorklistInputs {
  registrations: OpenRegistration[];
  families: ZeroFamily[];
  recognised: RecognisedPerson[];
  ageSubjects: AgeSubject[];
  completeness: CompletenessData;
  refusals: RefusalSubject[];
  assessments: LatestAssessment[];
  /** Service digests of the unemployed, the recognised and the families' members. */
  digests: ReadonlyMap<number, ServiceDigest>;
  /** The clerk who last served each zero-employment family (the household or any member), by household id. */
  householdClerks: Map<number, string>;
}

function firstOnOrAfter(dates: readonly string[] | undefined, from: string): string | null {
  return dates?.find((d) => d >= from) ?? null;
}

function later<T extends { date: string }>(a: T | null | undefined, b: T | null | undefined): T | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return b.date > a.date ? b : a;
}

function ageWindowSubjects(db: DeskDatabase, asOf: string, communityId: number | null, settings: WorklistSettings, population: PopulationSettings): AgeSubject[] {
  const until = lastOfNextDays(asOf, settings.upcomingDays);
  // Coarse birth ranges (two days' slack each side for 29 February); the rules check each birthday exactly.
  const born = (age: number) => ({ from: addDays(addYears(asOf, -age), -2), to: addDays(addYears(until, -age), 2) });
  const women = born(population.age4050.women);
  const men = born(population.age4050.men);
  return ageSubjects(db, { asOf, womenFrom: women.from, womenTo: women.to, menFrom: men.from, menTo: men.to, retireTo: until, communityId }).map((s) => ({
    person: { id: s.personId, idNumber: s.idNumber, name: s.name, communityId: s.communityId },
    gender: s.gender,
    birthDate: s.birthDate,
    retirementOn: s.retirementOn,
  }));
}

export function loadWorklistInputs(
  db: DeskDatabase,
  scope: { asOf: string; communityId: number | null; communities: ReadonlyMap<number, CommunityName> },
  settings: WorklistSettings,
  population: PopulationSettings,
): WorklistInputs {
  const { asOf, communityId } = scope;
  const registrationRows = openRegistrations(db, asOf, communityId);
  const familyRows = zeroFamiliesOn(db, asOf, communityId);
  const recognisedRows = recognisedWithPlaceOn(db, asOf, communityId);
  const ages = ageWindowSubjects(db, asOf, communityId, settings, population);
  // The unemployed from the street's population on D (shared with the assessment, kept while its tables are unchanged).
  const unemployedIds = unemployedIdsOf(streetPopulationWith(db, asOf, population).labourForce);
  const concerned = concernedOn(db, asOf, communityId, { recognised: recognisedRows, unemployedIds });
  const householdIds = familyRows.map((f) => f.householdId);
  const members = membersOf(db, householdIds, asOf);

  const digests = serviceDigests(
    db,
    [
      ...new Set([
        ...personsWithFacts(concerned),
        ...recognisedRows.map((r) => r.personId),
        ...members.map((m) => m.personId),
      ]),
    ],
    asOf,
  );
  const householdDigests = householdServiceDigests(db, householdIds, asOf);
  const completeness = evaluateCompleteness(db, concerned, digests);

  // The first guidance after each registration: from the digest when read, else walked from the registration day.
  const undigested = registrationRows.filter((r) => !digests.has(r.personId)).map((r) => [r.personId, r.registeredOn] as const);
  const walked = firstGuidanceOf(db, undigested, asOf);
  const registrations: OpenRegistration[] = registrationRows.map((r) => ({
    registrationId: r.registrationId,
    person: { id: r.personId, idNumber: r.idNumber, name: r.name, communityId: r.communityId },
    registeredOn: r.registeredOn,
    firstGuidanceOn: digests.has(r.personId)
      ? firstOnOrAfter(digests.get(r.personId)?.guidanceDates, r.registeredOn)
      : (walked.get(`${r.personId}|${r.registeredOn}`) ?? null),
  }));
  const recognised: RecognisedPerson[] = recognisedRows.map((r) => ({
    recognitionId: r.recognitionId,
    person: { id: r.personId, idNumber: r.idNumber, name: r.name, communityId: r.communityId },
    recognisedOn: r.recognisedOn,
    especiallyDifficult: r.especiallyDifficult === 1,
    commitmentOn: firstOnOrAfter(digests.get(r.personId)?.commitmentDates, r.recognisedOn),
    lastFollowUpOn: digests.get(r.personId)?.lastFollowUpOn ?? null,
    employed: r.employed === 1,
  }));

  // A family's visits and clerk: the household's own records and its members'.
  const visit = new Map<number, { date: string } | null>();
  const clerk = new Map<number, { date: string; clerk: string } | null>();
  for (const id of householdIds) {
    const own = householdDigests.get(id);
    visit.set(id, own?.lastFollowUpOn ? { date: own.lastFollowUpOn } : null);
    clerk.set(id, own?.lastClerk ?? null);
  }
  for (const m of members) {
    const d = digests.get(m.personId);
    if (!d) continue;
    visit.set(m.householdId, later(visit.get(m.householdId), d.lastFollowUpOn ? { date: d.lastFollowUpOn } : null));
    clerk.set(m.householdId, later(clerk.get(m.householdId), d.lastClerk));
  }
  const families: ZeroFamily[] = familyRows.map((f) => ({
    household: { id: f.householdId, number: f.number, headName: f.headName, communityId: f.communityId },
    appeared: f.appeared,
    lastFollowUpOn: visit.get(f.householdId)?.date ?? null,
  }));
  const householdClerks = new Map<number, string>();
  for (const [id, c] of clerk) if (c) householdClerks.set(id, c.clerk);

  const refusals: RefusalSubject[] = [];
  for (const r of completeness.tenClear) {
    const dates = digests.get(r.person.id)?.refusalDates;
    if (r.role.kind === 'unemployed' && dates && dates.length >= 2) {
      refusals.push({ person: r.person, wishRecordedOn: r.facts?.wish?.recordedOn ?? null, refusalDates: dates });
    }
  }
  const assessments: LatestAssessment[] = latestAssessments(db, asOf, communityId).flatMap((a) => {
    const c = scope.communities.get(a.communityId);
    return c ? [{ ...a, communityCode: c.code, communityName: c.name }] : [];
  });
  return { registrations, families, recognised, ageSubjects: ages, completeness, refusals, assessments, digests, householdClerks };
}
