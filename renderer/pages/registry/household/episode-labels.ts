/** Chinese names of the family episodes (DOMAIN §3) and of how they end. */
import type { FamilyEpisodeRow } from '../../../../shared/contract/population';
import { EPISODE_END_LABEL, EPISODE_KIND_LABEL } from '../../../../shared/domain/episode-labels';

export { EPISODE_KIND_LABEL };

export function episodeEndText(e: Pick<FamilyEpisodeRow, 'ended' | 'endReason'>): string {
  if (e.ended === null) return '';
  if (e.endReason === 'employed') return `消除：${EPISODE_END_LABEL.employed}`;
  return `不再符合：${e.endReason ? EPISODE_END_LABEL[e.endReason] : EPISODE_END_LABEL.other}`;
}
