/** The words printed documents use for stored codes (the same words the person and household pages show). */
import type { FamilyEpisodeRow } from '../contract/population';
import { EPISODE_END_LABEL as SCREEN_EPISODE_END_LABEL, EPISODE_KIND_LABEL as SCREEN_EPISODE_KIND_LABEL } from '../domain/episode-labels';

export { RECOGNITION_CATEGORY_LABEL as CATEGORY_LABEL } from '../domain/recognition-categories';
export { FIVE_CLEAR_ITEMS, RECOGNITION_STATUS_LABEL } from '../domain/recognition-labels';

/** The household card names the double-unemployed episode by its full policy name. */
export const EPISODE_KIND_LABEL: Record<FamilyEpisodeRow['kind'], string> = {
  ...SCREEN_EPISODE_KIND_LABEL,
  double_unemployed: '双下岗双失业家庭',
};

/** The household card marks the one ending that eliminates (消除) an episode. */
export const EPISODE_END_LABEL: Record<NonNullable<FamilyEpisodeRow['endReason']>, string> = {
  ...SCREEN_EPISODE_END_LABEL,
  employed: `${SCREEN_EPISODE_END_LABEL.employed}（消除）`,
};
