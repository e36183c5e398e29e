/**
 * Why a family condition that held on the day before `after.date` (snapshot `before`) no longer holds on it.
 * A member employed wins (the episode is eliminated: a member found work, or an employed person joined); then
 * household flags; then why the members the condition rested on left LFW: moved away (left the household or
 * archived), retired (reached the retirement date), lost the wish.
 */
import type { EpisodeEndReason, FamilyEpisodeKind } from './episode-types';
import { coupleIndexes, isMemberInLfw, type FamilySnapshot, type MemberSnapshot } from './family-conditions';
import type { PopulationSettings } from './settings';

const MEMBER_REASON_PRIORITY: readonly EpisodeEndReason[] = ['moved_away', 'retired', 'aged_out', 'no_wish', 'other'];

function leftLfwReason(after: MemberSnapshot): EpisodeEndReason {
  if (!after.present || after.state.archived) return 'moved_away';
  // Going forward in time, working age ends only at the statutory retirement date.
  if (!after.state.workingAge) return 'retired';
  if (!after.state.wish) return 'no_wish';
  return 'other';
}

function firstByPriority(reasons: readonly EpisodeEndReason[]): EpisodeEndReason {
  return MEMBER_REASON_PRIORITY.find((r) => reasons.includes(r)) ?? 'other';
}

/** The members (by index) the condition rested on: LFW members, or the head and spouse. */
function concernedIndexes(kind: FamilyEpisodeKind, before: FamilySnapshot, after: FamilySnapshot): number[] {
  if (kind === 'double_unemployed') return coupleIndexes(before);
  const indexes: number[] = [];
  before.members.forEach((m, i) => {
    const later = after.members[i];
    if (isMemberInLfw(m) || (later !== undefined && isMemberInLfw(later))) indexes.push(i);
  });
  return indexes;
}

export function episodeEndReason(
  kind: FamilyEpisodeKind,
  before: FamilySnapshot,
  after: FamilySnapshot,
  settings: PopulationSettings,
): EpisodeEndReason {
  const concerned = concernedIndexes(kind, before, after);
  if (concerned.some((i) => after.members[i]?.present && after.members[i]?.state.employed)) return 'employed';
  if (kind === 'zero_employment') {
    if (after.businessIncome) return 'business_income';
    if (!after.urban && settings.ruralExcludedFromZeroEmployment) return 'not_urban';
  }
  const reasons = concerned.flatMap((i) => {
    const member = after.members[i];
    const was = before.members[i];
    return member !== undefined && was !== undefined && isMemberInLfw(was) && !isMemberInLfw(member) ? [leftLfwReason(member)] : [];
  });
  return firstByPriority(reasons);
}
