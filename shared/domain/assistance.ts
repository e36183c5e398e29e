/**
 * 一人一策 (seed 003): an assistance agreement (就业援助协议) with a recognised difficult person, its planned
 * measures and its follow-ups. The words stored for a measure's kind and their Chinese labels.
 */

/** What a planned measure is: the services the office gives, or 其他 with the description saying what. */
export const MEASURE_KINDS = [
  'guidance',
  'referral',
  'training',
  'policy_benefit',
  'public_welfare_post',
  'commitment',
  'job_preparation',
  'other',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const MEASURE_KIND_LABEL: Record<MeasureKind, string> = {
  guidance: '职业指导',
  referral: '职业介绍',
  training: '职业培训',
  policy_benefit: '政策落实',
  public_welfare_post: '公益性岗位安置',
  commitment: '72小时即时就业承诺',
  job_preparation: '就业准备活动',
  other: '其他',
};

export const AGREEMENT_STATUSES = ['active', 'closed'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const AGREEMENT_STATUS_LABEL: Record<AgreementStatus, string> = { active: '执行中', closed: '已终止' };

/** A measure not done by the end of its planned day is overdue (while its agreement is in force). */
export function isMeasureOverdue(measure: { plannedOn: string; doneOn: string | null }, agreementActive: boolean, today: string): boolean {
  return agreementActive && measure.doneOn === null && measure.plannedOn < today;
}
