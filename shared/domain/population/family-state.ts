/** Whether a household is a zero-employment (or double-unemployed) family on a date, from its episodes. */
import type { FamilyEpisode, FamilyEpisodeKind } from './episode-types';
import type { IsoDate } from './types';

export interface FamilyPresence {
  present: boolean;
  /** The appearance date of the episode present on the date, else null. */
  since: IsoDate | null;
  episode: FamilyEpisode | null;
}

/** Present on D when an episode appeared on or before D and has not ended by D. Pass `kind` when episodes are mixed. */
export function familyStateOn(
  episodes: readonly FamilyEpisode[],
  date: IsoDate,
  kind?: FamilyEpisodeKind,
): FamilyPresence {
  const episode = episodes.find(
    (e) => (kind === undefined || e.kind === kind) && e.appeared <= date && (e.ended === null || e.ended > date),
  );
  if (episode === undefined) return { present: false, since: null, episode: null };
  return { present: true, since: episode.appeared, episode };
}
