/** The workbook's Chinese words and the codes stored for them (WORKBOOK.md). */
import { MEASURE_KIND_LABEL } from '../assistance';
import { RECOGNITION_CATEGORY_LABEL as SCREEN_CATEGORY_LABEL } from '../recognition-categories';
import type { MeasureKind } from '../assistance';
import type { Education, FiveClearKey, PlatformItem, RecognitionCategory, RegistrationReason, Relation, ServiceKind, SpellKind, WorkAbility } from './records';

function invert<K extends string>(map: Record<K, string>): Record<string, K> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k])) as Record<string, K>;
}

export const COMMUNITY_KIND_LABEL: Record<'community' | 'village', string> = { community: '社区', village: '村' };
export const RELATION_LABEL: Record<Relation, string> = { head: '户主', spouse: '配偶', child: '子女', parent: '父母', other: '其他' };
export const EDUCATION_LABEL: Record<Education, string> = {
  primary: '小学',
  junior: '初中',
  senior: '高中',
  secondary_vocational: '中专',
  college: '大专',
  bachelor: '本科',
  postgraduate: '研究生',
};
export const WORK_ABILITY_LABEL: Record<WorkAbility, string> = { full: '完全', partial: '部分', none: '无' };
export const SPELL_KIND_LABEL: Record<SpellKind, string> = {
  unit: '单位就业',
  flexible: '灵活就业',
  self_employed: '自主创业',
  public_welfare: '公益性岗位',
  migrant: '外出务工',
};
export const REGISTRATION_REASON_LABEL: Record<RegistrationReason, string> = {
  laid_off: '下岗',
  unemployed: '失业',
  graduate: '毕业未就业',
  veteran: '退役',
  returnee: '返乡',
  other: '其他',
};
export const SERVICE_KIND_LABEL: Record<ServiceKind, string> = {
  guidance: '职业指导',
  referral: '职业介绍',
  training: '培训',
  policy_benefit: '政策落实',
  public_welfare_post: '公益性岗位安置',
  follow_up: '跟踪回访',
  assistance_agreement: '援助协议',
  commitment: '即时就业承诺',
  job_preparation: '就业准备活动',
};
export const REFERRAL_RESULT_LABEL: Record<'hired' | 'refused' | 'pending', string> = { hired: '录用', refused: '拒绝', pending: '待定' };
export const HUKOU_LABEL: Record<'urban' | 'rural', string> = { urban: '城镇', rural: '农村' };
export const GENDER_LABEL: Record<'M' | 'F', string> = { M: '男', F: '女' };

export const COMMUNITY_KIND_BY_LABEL = invert(COMMUNITY_KIND_LABEL);
export const RELATION_BY_LABEL = invert(RELATION_LABEL);
export const EDUCATION_BY_LABEL = invert(EDUCATION_LABEL);
export const WORK_ABILITY_BY_LABEL = invert(WORK_ABILITY_LABEL);
export const SPELL_KIND_BY_LABEL = invert(SPELL_KIND_LABEL);
export const REGISTRATION_REASON_BY_LABEL = invert(REGISTRATION_REASON_LABEL);
export const SERVICE_KIND_BY_LABEL = invert(SERVICE_KIND_LABEL);
export const REFERRAL_RESULT_BY_LABEL = invert(REFERRAL_RESULT_LABEL);
export const HUKOU_BY_LABEL = invert(HUKOU_LABEL);
export const GENDER_BY_LABEL = invert(GENDER_LABEL);

export const NO_WISH_REASONS = ['在校', '退休', '料理家务', '丧失劳动能力', '两次拒绝介绍视为无意愿', '其他'] as const;

// ---------------------------------------------------------------- version 2

/** The workbook's words for the categories: the screens' words, with 4050人员 written without a space. */
export const RECOGNITION_CATEGORY_LABEL: Record<RecognitionCategory, string> = { ...SCREEN_CATEGORY_LABEL, '4050': '4050人员' };
/** 审核结论 of a difficulty recognition. */
export const DECISION_LABEL: Record<'recognised' | 'refused', string> = { recognised: '认定', refused: '不予认定' };
export { MEASURE_KIND_LABEL };
export const FIVE_CLEAR_LABEL: Record<FiveClearKey, string> = {
  skills: '职业技能',
  jobWish: '择业愿望',
  family: '家庭情况',
  employment: '就业状况',
  policies: '享受政策情况',
};
/** 六到位: 机构、人员、经费、场地、制度、成效. */
export const PLATFORM_LABEL: Record<PlatformItem, string> = {
  organisation: '机构',
  staff: '人员',
  funding: '经费',
  premises: '场地',
  rules: '制度',
  results: '成效',
};
/** 有/无 of 就业愿望. */
export const WISH_LABEL: Record<'yes' | 'no', string> = { yes: '有', no: '无' };

export const RECOGNITION_CATEGORY_BY_LABEL = invert(RECOGNITION_CATEGORY_LABEL);
export const DECISION_BY_LABEL = invert(DECISION_LABEL);
export const MEASURE_KIND_BY_LABEL: Record<string, MeasureKind> = invert(MEASURE_KIND_LABEL);
export const WISH_BY_LABEL = invert(WISH_LABEL);
