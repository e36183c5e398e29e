/** Reading the derived state on a date D: a person's badges, a household's members and episodes, the street snapshot. */
import { AppError } from '../../../shared/app-error';
import type { FamilyEpisodeRow, HouseholdPopulation, PersonBadges, SnapshotCounts, StreetSnapshot } from '../../../shared/contract/population';
import type { FamilyEpisode } from '../../../shared/domain/population/episode-types';
import { familyStateOn } from '../../../shared/domain/population/family-state';
import { personStateOn } from '../../../shared/domain/population/person-state';
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import { periodContains } from '../../../shared/domain/population/membership';
import { placeOn } from '../../../db/repositories/registry/memberships-repo';
import type { PlaceOn } from '../../../db/repositories/registry/memberships-repo';
import { loadHouseholdInputs, loadPersonInput } from '../../../db/repositories/population/population-inputs-repo';
import type { MemberInput } from '../../../db/repositories/population/population-inputs-repo';
import { listEpisodes } from '../../../db/repositories/population/family-episodes-repo';
import { snapshotCounts } from '../../../db/repositories/population/street-snapshot-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { bornByForAge, longTermRegisteredBy } from './cutoffs';
import { personDates } from './person-dates';
import { readPopulationSettings } from '../settings/population-settings';

function badgesOf(member: MemberInput, asOf: string, settings: PopulationSettings, place: PlaceOn | null): PersonBadges {
  const { person, history } = member;
  const state = personStateOn(person, history, asOf, settings);
  return { personId: member.personId, asOf, ...personDates(person, settings), ...state, place };
}

/** A person's state on `asOf`, with the household and community of that day (dated membership). */
export function personBadges(db: DeskDatabase, personId: number, asOf: string): PersonBadges {
  const member = loadPersonInput(db, personId);
  if (!member) throw new AppError('NOT_FOUND', '找不到该人员，可能已被他人修改，请刷新后重试');
  return badgesOf(member, asOf, readPopulationSettings(db), placeOn(db, personId, asOf));
}

/**
 * An episode as it stood on `asOf` (what familyEpisodes gives for a range ending on `asOf`): an end after that
 * date (a future retirement) has not happened yet.
 */
function asKnownOn(episode: FamilyEpisode, asOf: string): FamilyEpisodeRow {
  const present = episode.ended === null || episode.ended > asOf;
  return present ? { ...episode, ended: null, endReason: null, presentOnDate: true } : { ...episode, presentOnDate: false };
}

export function householdPopulation(db: DeskDatabase, householdId: number, asOf: string): HouseholdPopulation {
  const [household] = loadHouseholdInputs(db, [householdId]);
  if (!household) throw new AppError('NOT_FOUND', '找不到该户，可能已被他人修改，请刷新后重试');
  const settings = readPopulationSettings(db);
  const episodes = listEpisodes(db, householdId);
  const members = household.members.filter((m) => m.membership === undefined || periodContains(m.membership, asOf));
  return {
    householdId,
    asOf,
    members: members.map((m) => {
      const relation = m.membership?.relation ?? m.person.relation;
      const place = placeOn(db, m.personId, asOf);
      return { personId: m.personId, name: m.name, relation, badges: badgesOf({ ...m, person: { ...m.person, presence: undefined } }, asOf, settings, place) };
    }),
    episodes: episodes.filter((e) => e.appeared <= asOf).map((e) => asKnownOn(e, asOf)),
    zeroEmployment: familyStateOn(episodes, asOf, 'zero_employment').present,
    doubleUnemployed: familyStateOn(episodes, asOf, 'double_unemployed').present,
  };
}

const COUNT_KEYS = [
  'labourResources',
  'lfw',
  'employedLfw',
  'unemployed',
  'registeredUnemployed',
  'longTermUnemployed',
  'age4050',
  'zeroEmploymentFamilies',
  'doubleUnemployedFamilies',
] as const satisfies readonly (keyof SnapshotCounts)[];

function countsOnly(row: SnapshotCounts): SnapshotCounts {
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, row[k]])) as SnapshotCounts;
}

/** The street (or one community) on `asOf`, computed in SQL from the indexed derived columns. */
export function streetSnapshot(db: DeskDatabase, asOf: string, communityId: number | null): StreetSnapshot {
  const settings = readPopulationSettings(db);
  const rows = snapshotCounts(db, {
    asOf,
    women4050BornBy: bornByForAge(asOf, settings.age4050.women),
    men4050BornBy: bornByForAge(asOf, settings.age4050.men),
    longTermRegisteredBy: longTermRegisteredBy(asOf),
    communityId,
  });
  if (communityId !== null && rows.length === 0) throw new AppError('NOT_FOUND', '找不到该社区，请刷新后重新选择');
  const total = Object.fromEntries(COUNT_KEYS.map((k) => [k, rows.reduce((n, r) => n + r[k], 0)])) as SnapshotCounts;
  return {
    asOf,
    communities: rows.map((r) => ({ communityId: r.communityId, code: r.code, name: r.name, counts: countsOnly(r) })),
    total,
  };
}
