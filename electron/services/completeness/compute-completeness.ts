/**
 * 十清/五清 on a date D for the whole street, one community or one person (DOMAIN.md §5): who is concerned (the
 * unemployed on D, the re-employed of the period, the recognised difficult persons), and each one's items. The
 * worklist, the person page, the community rates and the assessment engine all start here.
 */
import { demandWindow, employerDemandCheck } from '../../../shared/domain/completeness/community-demand';
import type { DateWindow } from '../../../shared/domain/completeness/community-demand';
import type { PersonFacts, RecognitionFact, TenClearRole } from '../../../shared/domain/completeness/facts';
import { fiveClearMissing } from '../../../shared/domain/completeness/five-clear';
import type { FiveClearItem, ItemCheck, TenClearCommunityItem, TenClearPersonItem } from '../../../shared/domain/completeness/items';
import { reemployedMissing, unemployedMissing } from '../../../shared/domain/completeness/ten-clear';
import type { PersonRef } from '../../../shared/domain/worklist/inputs';
import { yearStart } from '../../../shared/domain/dates';
import { isReemployedInPeriod } from '../../../shared/domain/population/reemployed';
import { destinationsOn } from '../../../db/repositories/employment/spells-repo';
import { latestDemandByCommunity } from '../../../db/repositories/communities/community-activity-repo';
import { personFieldRows, reemployedOn, unemployedOn } from '../../../db/repositories/registry/labour-force-repo';
import type { DestinationRow } from '../../../db/repositories/employment/spells-repo';
import type { PersonFieldsRow } from '../../../db/repositories/registry/labour-force-repo';
import { recognisedWithPlaceOn } from '../../../db/repositories/recognitions/recognitions-on-date-repo';
import type { RecognisedRow } from '../../../db/repositories/recognitions/recognitions-on-date-repo';
import { serviceDigests } from '../../../db/repositories/services/service-digests-repo';
import type { ServiceDigest } from '../../../db/repositories/services/service-digests-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { loadPersonInput } from '../../../db/repositories/population/population-inputs-repo';
import { findPerson } from '../../../db/repositories/registry/persons-repo';
import { readPopulationSettings } from '../settings/population-settings';
import { personBadges } from '../population/queries';
import { reemployedInPeriod } from '../population/reemployed';
import { readWorklistSettings } from '../settings/worklist-settings';
import { loadPersonFacts } from './load-facts';

export interface TenClearResult {
  person: PersonRef;
  /** The facts read (null for the re-employed: only their spell is read). */
  facts: PersonFacts | null;
  role: TenClearRole;
  /** The missing items (shared/domain/completeness/ten-clear.ts describes every item from the facts). */
  missing: TenClearPersonItem[];
}

export interface FiveClearResult {
  person: PersonRef;
  facts: PersonFacts;
  recognition: RecognitionFact;
  missing: FiveClearItem[];
}

export interface CompletenessData {
  asOf: string;
  /** 1 January of D's year to D: re-employment is counted in it. */
  period: DateWindow;
  demandWindow: DateWindow;
  tenClear: TenClearResult[];
  fiveClear: FiveClearResult[];
  /** 辖区单位用工需求清 per community id (every community, or the one asked for; none for one person). */
  demand: Map<number, ItemCheck<TenClearCommunityItem>>;
}

/** A re-employed person of the period with the spell open on D (the latest start) and their community on D. */
export interface ReemployedRow extends DestinationRow {
  communityId: number;
}

/** Who is concerned on D. */
export interface Concerned {
  asOf: string;
  period: DateWindow;
  /** In U on D, with fields and wish. */
  unemployed: readonly PersonFieldsRow[];
  /** Re-employed in the period: the spell per person (the latest start). */
  reemployed: Map<number, ReemployedRow>;
  /** Recognitions in force on D. */
  recognised: readonly RecognisedRow[];
  /** The communities whose employers' demand to check. */
  demandCommunities: number | 'all' | null;
}

export function periodOf(asOf: string): DateWindow {
  return { from: yearStart(asOf), to: asOf };
}

/** The 五清 marks stored on a recognition (JSON); unreadable text counts as none recorded. */
export function parseMarks(text: string | null): RecognitionFact['marks'] {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as RecognitionFact['marks']) : null;
  } catch {
    return null;
  }
}

/** The re-employed given (id → community on D) with their destination on D. */
function withDestinations(db: DeskDatabase, communityOf: ReadonlyMap<number, number>, asOf: string): Map<number, ReemployedRow> {
  const byPerson = new Map<number, ReemployedRow>();
  for (const d of destinationsOn(db, [...communityOf.keys()], asOf)) byPerson.set(d.personId, { ...d, communityId: communityOf.get(d.personId) ?? 0 });
  return byPerson;
}

/** What a caller may already know (the worklist, the assessment engine), so it is not read twice. */
export interface Known {
  /** Recognitions in force on D. */
  recognised?: readonly RecognisedRow[];
  /**
   * The persons in U on D (street-wide), when the caller has the street's population on D: their fields and wishes
   * are then read by id, and the re-employed taken from the population.
   */
  unemployedIds?: readonly number[];
}

/** Everyone concerned in the street, or in one community. */
export function concernedOn(db: DeskDatabase, asOf: string, communityId: number | null, known: Known = {}): Concerned {
  const period = periodOf(asOf);
  // With the unemployed known, the caller has the street's population on D at hand: the re-employed come from it too.
  // Else both are read for the few persons concerned (unemployedOn, reemployedOn), not the whole street.
  const unemployed = known.unemployedIds
    ? personFieldRows(db, known.unemployedIds, asOf).filter((u) => communityId === null || u.communityId === communityId)
    : unemployedOn(db, asOf, communityId);
  const reemployed = (known.unemployedIds ? reemployedInPeriod(db, asOf, period.from, readPopulationSettings(db)) : reemployedOn(db, asOf, period.from)).filter(
    (r) => communityId === null || r.communityId === communityId,
  );
  return {
    asOf,
    period,
    unemployed,
    reemployed: withDestinations(db, new Map(reemployed.map((r) => [r.personId, r.communityId])), asOf),
    recognised: known.recognised ?? recognisedWithPlaceOn(db, asOf, communityId),
    demandCommunities: communityId ?? 'all',
  };
}

/** One person (the person page): whether in U on D comes from the pure rules on the person's own history. */
export function concernedPerson(db: DeskDatabase, personId: number, asOf: string): Concerned {
  const period = periodOf(asOf);
  const badges = personBadges(db, personId, asOf);
  const registrations = loadPersonInput(db, personId)?.history.registrations ?? [];
  const reemployed = isReemployedInPeriod(badges, registrations, period) ? new Map([[personId, badges.place?.communityId ?? 0]]) : new Map<number, number>();
  return {
    asOf,
    period,
    unemployed: badges.unemployed ? personFieldRows(db, [personId], asOf) : [],
    reemployed: withDestinations(db, reemployed, asOf),
    recognised: recognisedWithPlaceOn(db, asOf, null, personId),
    demandCommunities: null,
  };
}

/**
 * Several persons, each as concernedPerson (the worklist re-reads the persons a write touched this way); a person no
 * longer there is concerned in nothing.
 */
export function concernedPersons(db: DeskDatabase, personIds: readonly number[], asOf: string): Concerned {
  const period = periodOf(asOf);
  const unemployed: PersonFieldsRow[] = [];
  const reemployed = new Map<number, ReemployedRow>();
  const recognised: RecognisedRow[] = [];
  for (const personId of personIds) {
    if (findPerson(db, personId) === null) continue;
    const one = concernedPerson(db, personId, asOf);
    unemployed.push(...one.unemployed);
    for (const [id, row] of one.reemployed) reemployed.set(id, row);
    recognised.push(...one.recognised);
  }
  return { asOf, period, unemployed, reemployed, recognised, demandCommunities: null };
}

/** The persons whose service records the rules read (the re-employed need only their spell). */
export function personsWithFacts(c: Concerned): number[] {
  return [...new Set([...c.unemployed.map((u) => u.personId), ...c.recognised.map((r) => r.personId)])];
}

/** The items of everyone concerned; `digests`: the service digests of at least `personsWithFacts(c)`. */
export function evaluateCompleteness(db: DeskDatabase, c: Concerned, digests: ReadonlyMap<number, ServiceDigest>): CompletenessData {
  const { asOf } = c;
  const unemployedIds = new Set(c.unemployed.map((u) => u.personId));
  const others = c.recognised.map((r) => r.personId).filter((id) => !unemployedIds.has(id));
  const loaded = loadPersonFacts(db, [...c.unemployed, ...personFieldRows(db, others, asOf)], digests, asOf);

  const tenClear: TenClearResult[] = [];
  for (const u of c.unemployed) {
    const person = loaded.get(u.personId);
    if (person) tenClear.push({ person: person.ref, facts: person.facts, role: { kind: 'unemployed' }, missing: unemployedMissing(person.facts) });
  }
  for (const spell of c.reemployed.values()) {
    if (unemployedIds.has(spell.personId)) continue;
    const destination = { kind: spell.kind, startDate: spell.startDate, employerName: spell.employerName, post: spell.post };
    const person = { id: spell.personId, idNumber: spell.idNumber, name: spell.name, communityId: spell.communityId };
    tenClear.push({ person, facts: null, role: { kind: 'reemployed', destination }, missing: reemployedMissing(destination) });
  }
  const fiveClear: FiveClearResult[] = [];
  for (const r of c.recognised) {
    const person = loaded.get(r.personId);
    if (!person) continue;
    const recognition = { recognisedOn: r.recognisedOn, marks: parseMarks(r.fiveClear) };
    fiveClear.push({ person: person.ref, facts: person.facts, recognition, missing: fiveClearMissing(person.facts, recognition) });
  }
  const { window, demand } = demandChecks(db, asOf, c.demandCommunities);
  return { asOf, period: c.period, demandWindow: window, tenClear, fiveClear, demand };
}

/** 辖区单位用工需求清 on D for every community ('all'), one, or none (null). */
export function demandChecks(db: DeskDatabase, asOf: string, communities: number | 'all' | null): { window: DateWindow; demand: Map<number, ItemCheck<TenClearCommunityItem>> } {
  const window = demandWindow(asOf, readWorklistSettings(db).demandWindowMonths);
  const demand = new Map<number, ItemCheck<TenClearCommunityItem>>();
  if (communities !== null) {
    for (const d of latestDemandByCommunity(db, asOf)) {
      if (communities === 'all' || d.communityId === communities) demand.set(d.communityId, employerDemandCheck(d.latestOpenedOn, window));
    }
  }
  return { window, demand };
}

/**
 * The persons whose service records completeness alone reads: the recognised (五清), and the unemployed whose
 * policies are not recorded on the person (a policy-benefit record can make 政策享受 clear).
 */
function needServices(c: Concerned): number[] {
  const unrecorded = c.unemployed.filter((u) => u.policiesEnjoyed === null || u.policiesEnjoyed.trim() === '').map((u) => u.personId);
  return [...new Set([...unrecorded, ...c.recognised.map((r) => r.personId)])];
}

/** Street-wide or one community, reading the service digests it needs itself. */
export function computeCompleteness(db: DeskDatabase, options: { asOf: string; communityId: number | null; known?: Known }): CompletenessData {
  const c = concernedOn(db, options.asOf, options.communityId, options.known);
  return evaluateCompleteness(db, c, serviceDigests(db, needServices(c), options.asOf));
}

/** One person, reading the person's service digest. */
export function personCompletenessData(db: DeskDatabase, personId: number, asOf: string): CompletenessData {
  const c = concernedPerson(db, personId, asOf);
  return evaluateCompleteness(db, c, serviceDigests(db, personsWithFacts(c), asOf));
}
