/**
 * Zero-employment and double-unemployed family episodes of one household (DOMAIN.md §3). An episode appears on the
 * first day its condition holds and ends on the first day it no longer does; it is eliminated when that is because
 * a member is employed, and closed with another reason otherwise. Each episode counts on its own.
 *
 * The conditions are evaluated only on the household's change dates (family-change-dates.ts), from the earliest on
 * (before anyone's 16th birthday neither condition can hold), so an episode's appearance date is its real one even
 * when it lies before the range.
 */
import { episodeEndReason } from './episode-end-reason';
import type { FamilyEpisode, FamilyEpisodeKind } from './episode-types';
import { familyChangeDates } from './family-change-dates';
import {
  familySnapshotOn,
  isDoubleUnemployedFamily,
  workingAgeSpans,
  isZeroEmploymentFamily,
  type FamilySnapshot,
} from './family-conditions';
import type { PopulationSettings } from './settings';
import type { DateRange, FamilyInput, FamilyMember, IsoDate } from './types';

const KINDS: readonly FamilyEpisodeKind[] = ['zero_employment', 'double_unemployed'];

function conditionHolds(kind: FamilyEpisodeKind, snapshot: FamilySnapshot, settings: PopulationSettings): boolean {
  return kind === 'zero_employment' ? isZeroEmploymentFamily(snapshot, settings) : isDoubleUnemployedFamily(snapshot);
}

function byAppearanceThenKind(a: FamilyEpisode, b: FamilyEpisode): number {
  if (a.appeared !== b.appeared) return a.appeared < b.appeared ? -1 : 1;
  return KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind);
}

function overlaps(episode: FamilyEpisode, range: DateRange): boolean {
  return episode.appeared <= range.to && (episode.ended === null || episode.ended > range.from);
}

/**
 * A member who may be in labour resources with a wish on some date (family-conditions.ts memberStateOn: LFW needs a
 * work ability, not a student, not retired, and a wish in force, so some wish recorded as 有). Both conditions need
 * a member in LFW: a household without such a member has no episode, and is not evaluated date by date.
 */
function mayBeInLfw({ person, history }: FamilyMember): boolean {
  return person.workAbility !== 'none' && !person.isStudent && !person.isRetired && history.wishes.some((w) => w.hasWish);
}

/**
 * Every episode present on at least one day of `range` (inclusive), ordered by appearance date then kind.
 * An episode still present on `range.to` has `ended: null`, whatever happens after it.
 */
export function familyEpisodes(family: FamilyInput, range: DateRange, settings: PopulationSettings): FamilyEpisode[] {
  if (range.to < range.from || !family.members.some(mayBeInLfw)) return [];
  const episodes: FamilyEpisode[] = [];
  const openSince = new Map<FamilyEpisodeKind, IsoDate>();
  let before: FamilySnapshot | null = null;
  const spans = workingAgeSpans(family, settings);
  for (const date of familyChangeDates(family, settings, spans)) {
    if (date > range.to) break;
    const after = familySnapshotOn(family, date, settings, spans);
    for (const kind of KINDS) {
      const appeared = openSince.get(kind);
      const holds = conditionHolds(kind, after, settings);
      if (holds && appeared === undefined) openSince.set(kind, date);
      if (!holds && appeared !== undefined && before !== null) {
        episodes.push({ kind, appeared, ended: date, endReason: episodeEndReason(kind, before, after, settings) });
        openSince.delete(kind);
      }
    }
    before = after;
  }
  for (const [kind, appeared] of openSince) episodes.push({ kind, appeared, ended: null, endReason: null });
  return episodes.filter((e) => overlaps(e, range)).sort(byAppearanceThenKind);
}

/** Only the episodes of one kind. */
export function familyEpisodesOfKind(
  kind: FamilyEpisodeKind,
  family: FamilyInput,
  range: DateRange,
  settings: PopulationSettings,
): FamilyEpisode[] {
  return familyEpisodes(family, range, settings).filter((e) => e.kind === kind);
}
