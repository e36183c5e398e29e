/**
 * The data-completeness items (DOMAIN.md §5): "十清" of seed 001 for every unemployed person (nine per person, the
 * tenth — employers' demand — per community) and "五清" of seed 003 for every recognised difficult person. Each item
 * has its Chinese name and what the clerk records to make it clear.
 */

/** 十清, the person's nine items, in the order of seed 001. */
export const TEN_CLEAR_PERSON_ITEMS = [
  'duration',
  'reason',
  'family',
  'wish',
  'training',
  'skill',
  'destination',
  'policies',
  'insurance',
] as const;
export type TenClearPersonItem = (typeof TEN_CLEAR_PERSON_ITEMS)[number];

/** 十清, the community's item: 辖区单位用工需求清. */
export const TEN_CLEAR_COMMUNITY_ITEM = 'employer_demand';
export type TenClearCommunityItem = typeof TEN_CLEAR_COMMUNITY_ITEM;

export type TenClearItem = TenClearPersonItem | TenClearCommunityItem;

/** 五清 (seed 003), the keys of the recognition's `fiveClear` record. */
export const FIVE_CLEAR_ITEMS = ['skills', 'jobWish', 'family', 'employment', 'policies'] as const;
export type FiveClearItem = (typeof FIVE_CLEAR_ITEMS)[number];

export const TEN_CLEAR_LABEL: Readonly<Record<TenClearItem, string>> = {
  duration: '失业时间',
  reason: '失业原因',
  family: '家庭状况',
  wish: '就业愿望',
  training: '培训要求',
  skill: '技能水平',
  destination: '就业去向',
  policies: '政策享受',
  insurance: '社会保险关系',
  employer_demand: '辖区单位用工需求',
};

export const FIVE_CLEAR_LABEL: Readonly<Record<FiveClearItem, string>> = {
  skills: '职业技能',
  jobWish: '择业愿望',
  family: '家庭情况',
  employment: '就业状况',
  policies: '享受政策情况',
};

/** What to record so that a missing item becomes clear (shown next to it). */
export const TEN_CLEAR_TO_RECORD: Readonly<Record<TenClearItem, string>> = {
  duration: '办理失业登记，或补录最近一段就业经历（含结束日期）',
  reason: '办理失业登记并选择失业原因',
  family: '在户页面登记户主，并补全低保户、城镇户籍、经营性投资性收入三项标志',
  wish: '记录就业意愿（有无意愿、意愿工种）',
  training: '在就业意愿中填写培训意愿（没有也要填“无”）',
  skill: '在人员资料中填写技能特长或技能等级（没有也要填“无”）',
  destination: '在就业记录中填写工作单位或岗位',
  policies: '在人员资料中填写享受政策（没有也要填“无”），或登记一条政策落实服务',
  insurance: '在人员资料中填写社保关系（未参保也要填写“未参保”）',
  employer_demand: '登记辖区用人单位的招聘岗位（用工需求）',
};

export const FIVE_CLEAR_TO_RECORD: Readonly<Record<FiveClearItem, string>> = {
  skills: '在人员资料中填写技能特长或技能等级',
  jobWish: '记录就业意愿',
  family: '在户页面登记户主，并补全低保户、城镇户籍、经营性投资性收入三项标志',
  employment: '登记就业记录，或办理失业登记，或记录无就业意愿及原因',
  policies: '在人员资料中填写享受政策（没有也要填“无”），或登记一条政策落实服务',
};

/** One item of one person (or community) on a date. */
export interface ItemCheck<I extends string = string> {
  item: I;
  label: string;
  status: 'present' | 'missing' | 'not_applicable';
  /** What the records say (present), or why the item does not apply. */
  value: string | null;
  /** What to record (missing only). */
  toRecord: string | null;
}

export function present<I extends string>(item: I, label: string, value: string): ItemCheck<I> {
  return { item, label, status: 'present', value, toRecord: null };
}

export function missing<I extends string>(item: I, label: string, toRecord: string, value: string | null = null): ItemCheck<I> {
  return { item, label, status: 'missing', value, toRecord };
}

export function notApplicable<I extends string>(item: I, label: string, why: string): ItemCheck<I> {
  return { item, label, status: 'not_applicable', value: why, toRecord: null };
}

/** The labels of the missing items, joined for a one-line reason: `缺：失业原因、技能水平`. */
export function missingSummary(checks: readonly ItemCheck[]): string {
  const labels = checks.filter((c) => c.status === 'missing').map((c) => c.label);
  return labels.length === 0 ? '' : `缺：${labels.join('、')}`;
}

/** The same from item ids: `missingText(['reason', 'skill'], TEN_CLEAR_LABEL)` = `缺：失业原因、技能水平`. */
export function missingText<I extends string>(items: readonly I[], labels: Readonly<Record<I, string>>): string {
  return items.length === 0 ? '' : `缺：${items.map((i) => labels[i]).join('、')}`;
}

/** A text field counts as recorded when it holds anything but blanks ("无" is a record: there is none). */
export function recorded(text: string | null | undefined): text is string {
  return typeof text === 'string' && text.trim() !== '';
}
