/** Chinese names of the family episodes (DOMAIN §3) and of how they end, as the household page shows them. */
import type { FamilyEpisodeRow } from '../contract/population';

export const EPISODE_KIND_LABEL: Record<FamilyEpisodeRow['kind'], string> = {
  zero_employment: '零就业家庭',
  double_unemployed: '双失业家庭',
};

/** Only `employed` eliminates (消除) an episode; the others close it without an elimination. */
export const EPISODE_END_LABEL: Record<NonNullable<FamilyEpisodeRow['endReason']>, string> = {
  employed: '成员实现就业',
  aged_out: '成员超出劳动年龄',
  retired: '成员到达退休年龄',
  moved_away: '成员迁出',
  no_wish: '成员不再有就业意愿',
  business_income: '家庭有经营性投资性收入',
  not_urban: '不再是城镇户籍',
  other: '其他原因',
};
