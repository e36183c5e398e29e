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
import type { OpenRegistrationRow } from '../../../db/repositories/employment/registrations-repo';
import type { RecognisedRow } from '../../../db/repositories/recognitions/recognitions-on-date-repo';
import { householdServiceDigests, serviceDigests } from '../../../db/repositories/services/service-digests-repo';
import { membersOf } from '../../../db/repositories/registry/memberships-repo';
import type { ServiceDigest } from '../../../db/repositories/services/service-digests-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { concernedOn, concernedPersons, demandChecks, evaluateCompleteness, personsWithFacts } from '../completeness/compute-completeness';
import type { CompletenessData, Concerned } from '../completeness/compute-completeness';

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

export interface WorklistScope {
  asOf: string;
  communityId: number | null;
  communities: ReadonlyMap<number, CommunityName>;
}

/** What the person-level inputs start from: read street-wide (loadWorklistInputs) or person by person (loadPersonsWorklistInputs). */
interface PersonSources {
  registrationRows: readonly OpenRegistrationRow[];
  recognisedRows: readonly RecognisedRow[];
  ages: AgeSubject[];
  concerned: Concerned;
  /** Further persons whose digests are read with the others' (the families' members). */
  alsoDigested: readonly number[];
}

/** The zero-employment families on D with their visits and clerks (the household's records and its members'). */
interface FamilyInputs {
  families: ZeroFamily[];
  householdClerks: Map<number, string>;
  memberIds: number[];
}

function familyInputs(db: DeskDatabase, asOf: string, communityId: number | null, digestsOf: (ids: readonly number[]) => ReadonlyMap<number, ServiceDigest>): FamilyInputs {
  const familyRows = zeroFamiliesOn(db, asOf, communityId);
  const householdIds = familyRows.map((f) => f.householdId);
  const members = membersOf(db, householdIds, asOf);
  const memberIds = [...new Set(members.map((m) => m.personId))];
  const digests = digestsOf(memberIds);
  const householdDigests = householdServiceDigests(db, householdIds, asOf);
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
  return { families, householdClerks, memberIds };
}

/** The communities' latest saved assessments on D (the yearly re-check). */
function assessmentInputs(db: DeskDatabase, scope: WorklistScope): LatestAssessment[] {
  return latestAssessments(db, scope.asOf, scope.communityId).flatMap((a) => {
    const c = scope.communities.get(a.communityId);
    return c ? [{ ...a, communityCode: c.code, communityName: c.name }] : [];
  });
}

/** The person-level inputs from their sources: digests, completeness, registrations' first guidance, refusals. */
function personInputs(db: DeskDatabase, asOf: string, sources: PersonSources): Omit<WorklistInputs, 'families' | 'householdClerks' | 'assessments'> {
  const { registrationRows, recognisedRows, concerned } = sources;
  const digests = serviceDigests(
    db,
    [...new Set([...personsWithFacts(concerned), ...recognisedRows.map((r) => r.personId), ...sources.alsoDigested])],
    asOf,
  );
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
  const refusals: RefusalSubject[] = [];
  for (const r of completeness.tenClear) {
    const dates = digests.get(r.person.id)?.refusalDates;
    if (r.role.kind === 'unemployed' && dates && dates.length >= 2) {
      refusals.push({ person: r.person, wishRecordedOn: r.facts?.wish?.recordedOn ?? null, refusalDates: dates });
    }
  }
  return { registrations, recognised, ageSubjects: sources.ages, completeness, refusals, digests };
}

export function loadWorklistInputs(db: DeskDatabase, scope: WorklistScope, settings: WorklistSettings, population: PopulationSettings): WorklistInputs {
  const { asOf, communityId } = scope;
  const registrationRows = openRegistrations(db, asOf, communityId);
  const recognisedRows = recognisedWithPlaceOn(db, asOf, communityId);
  const ages = ageWindowSubjects(db, asOf, communityId, settings, population);
  // The unemployed and the re-employed read for themselves (concernedOn): the street's whole population on D is not needed.
  const concerned = concernedOn(db, asOf, communityId, { recognised: recognisedRows });
  const family = familyInputs(db, asOf, communityId, (ids) => serviceDigests(db, ids, asOf));
  const persons = personInputs(db, asOf, { registrationRows, recognisedRows, ages, concerned, alsoDigested: family.memberIds });
  return { ...persons, families: family.families, householdClerks: family.householdClerks, assessments: assessmentInputs(db, scope) };
}

/**
 * The inputs of the given persons alone (after a write touched them: their registrations, recognitions, birthdays,
 * 十清/五清 and refusals), each read by person as the person page reads it; no families, community demand or
 * assessments. The rules give each person the rows a street-wide build gives them.
 */
export function loadPersonsWorklistInputs(
  db: DeskDatabase,
  scope: WorklistScope,
  settings: WorklistSettings,
  population: PopulationSettings,
  personIds: readonly number[],
): WorklistInputs {
  const { asOf, communityId } = scope;
  const wanted = new Set(personIds);
  const registrationRows = openRegistrations(db, asOf, communityId).filter((r) => wanted.has(r.personId));
  const ages = ageWindowSubjects(db, asOf, communityId, settings, population).filter((s) => wanted.has(s.person.id));
  const concerned = concernedPersons(db, personIds, asOf);
  const recognisedRows = concerned.recognised.filter((r) => communityId === null || r.communityId === communityId);
  const persons = personInputs(db, asOf, { registrationRows, recognisedRows, ages, concerned, alsoDigested: [] });
  const completeness = { ...persons.completeness, demand: new Map() };
  return { ...persons, completeness, families: [], householdClerks: new Map(), assessments: [] };
}

/** The inputs of the household and community rows alone: the zero-employment families, community demand, assessments. */
export function loadSharedWorklistInputs(db: DeskDatabase, scope: WorklistScope): Pick<WorklistInputs, 'families' | 'householdClerks' | 'assessments'> & {
  demand: CompletenessData['demand'];
} {
  const { asOf, communityId } = scope;
  const family = familyInputs(db, asOf, communityId, (ids) => serviceDigests(db, ids, asOf));
  return { families: family.families, householdClerks: family.householdClerks, assessments: assessmentInputs(db, scope), demand: demandChecks(db, asOf, communityId ?? 'all').demand };
}
