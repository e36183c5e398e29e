/** The words printed documents use for stored codes (the same words the person and household pages show). */
import type { FamilyEpisodeRow } from '../contract/population';
import type { FiveClear, Recognition } from '../contract/recognitions';

export const CATEGORY_LABEL: Record<Recognition['category'], string> = {
  '4050': '4050 人员',
  dibao: '低保',
  zero_employment: '零就业家庭成员',
  disabled: '残疾',
  long_term_unemployed: '长期失业',
  landless: '失地农民',
  other: '其他',
};

export const RECOGNITION_STATUS_LABEL: Record<Recognition['status'], string> = {
  applied: '已申请待审核',
  recognised: '已认定',
  refused: '不予认定',
  exited: '已退出',
};

/** 五清 (seed 003), in the order the policy names them. */
export const FIVE_CLEAR_ITEMS: { key: keyof FiveClear; label: string }[] = [
  { key: 'skills', label: '职业技能' },
  { key: 'jobWish', label: '择业愿望' },
  { key: 'family', label: '家庭情况' },
  { key: 'employment', label: '就业状况' },
  { key: 'policies', label: '享受政策情况' },
];

export const EPISODE_KIND_LABEL: Record<FamilyEpisodeRow['kind'], string> = {
  zero_employment: '零就业家庭',
  double_unemployed: '双下岗双失业家庭',
};

export const EPISODE_END_LABEL: Record<NonNullable<FamilyEpisodeRow['endReason']>, string> = {
  employed: '成员实现就业（消除）',
  aged_out: '成员超出劳动年龄',
  retired: '成员到达退休年龄',
  moved_away: '成员迁出',
  no_wish: '成员不再有就业意愿',
  business_income: '家庭有经营性投资性收入',
  not_urban: '不再是城镇户籍',
  other: '其他原因',
};
