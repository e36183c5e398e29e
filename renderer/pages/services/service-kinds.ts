/** The service kinds as the clerk picks them: Chinese labels, found by typing part of the label or its pinyin initials. */
import type { ComboboxItem, ComboboxParsedItem } from '@mantine/core';
import { SERVICE_KIND_CODES } from '../../../shared/contract/services';
import type { PLAIN_SERVICE_KINDS, ServiceRecord } from '../../../shared/contract/services';
import { REFERRAL_RESULT_LABEL, SERVICE_KIND_LABEL } from '../../../shared/domain/workbook/vocabulary';

export type ServiceKind = (typeof SERVICE_KIND_CODES)[number];
export type PlainServiceKind = (typeof PLAIN_SERVICE_KINDS)[number];
export type ReferralResult = keyof typeof REFERRAL_RESULT_LABEL;

export { REFERRAL_RESULT_LABEL, SERVICE_KIND_LABEL };

/** Pinyin initials of each label (checked against pinyin-pro in tests/unit/service-kinds.test.ts). */
export const SERVICE_KIND_INITIALS: Record<ServiceKind, string> = {
  guidance: 'zyzd',
  referral: 'zyjs',
  training: 'px',
  policy_benefit: 'zcls',
  public_welfare_post: 'gyxgwaz',
  follow_up: 'gzhf',
  assistance_agreement: 'yzxy',
  commitment: 'jsjycn',
  job_preparation: 'jyzbhd',
};

/** Kinds a household may receive: referrals and training are always for one person. */
export const HOUSEHOLD_SERVICE_KINDS: readonly ServiceKind[] = SERVICE_KIND_CODES.filter((k) => k !== 'referral' && k !== 'training');

export function kindOptions(kinds: readonly ServiceKind[] = SERVICE_KIND_CODES): ComboboxItem[] {
  return kinds.map((value) => ({ value, label: SERVICE_KIND_LABEL[value] }));
}

export function isServiceKind(value: string | null): value is ServiceKind {
  return value !== null && (SERVICE_KIND_CODES as readonly string[]).includes(value);
}

/** A label matches when it contains the typed text, or its pinyin initials start with it (zd → 职业指导 too). */
export function kindMatches(kind: string, search: string): boolean {
  const q = search.trim().toLowerCase();
  if (q === '' || !isServiceKind(kind)) return true;
  const initials = SERVICE_KIND_INITIALS[kind];
  return SERVICE_KIND_LABEL[kind].includes(q) || initials.startsWith(q) || initials.includes(q);
}

/** Select's `filter`: label or initials; the order of SERVICE_KINDS is kept. */
export function filterKinds({ options, search }: { options: ComboboxParsedItem[]; search: string }): ComboboxParsedItem[] {
  return options.filter((o) => !('value' in o) || kindMatches(o.value, search));
}

/** What a record says beyond its kind: the vacancy and result, the course, the benefit. */
export function serviceDetail(r: ServiceRecord): string {
  switch (r.kind) {
    case 'referral':
      return r.vacancyTitle ? `岗位：${r.vacancyTitle}` : '未指定岗位';
    case 'training':
      return [r.course, r.hours === null ? null : `${r.hours} 学时`, r.certificate ? `证书：${r.certificate}` : null].filter(Boolean).join(' · ');
    case 'policy_benefit':
      return [r.benefitType, r.amount === null ? null : `${r.amount} 元`, r.benefitPeriod, r.approvalNumber].filter(Boolean).join(' · ');
    default:
      return '';
  }
}
