/**
 * The values a filterable column can take, from the vocabularies that produce them (not read from the rows: a
 * 90,000-person ledger offers its filters at once).
 */
import { EDUCATION_LABEL, GENDER_LABEL, REFERRAL_RESULT_LABEL, REGISTRATION_REASON_LABEL, SERVICE_KIND_LABEL } from '../workbook/vocabulary';
import { LEDGER_COLUMNS } from './columns';
import { DIFFICULT_GROUP_SECTION_LABEL } from './kinds';
import type { LedgerKind } from './kinds';
import { STATE_LABEL } from './membership';

const YES_NO = ['是', '否'];

export const RECOGNITION_CATEGORY_LABELS = ['4050 人员', '低保', '零就业家庭成员', '残疾', '长期失业', '失地农民', '其他'];

export function facetValues(kind: LedgerKind, key: string): string[] {
  switch (key) {
    case 'gender':
      return Object.values(GENDER_LABEL);
    case 'education':
      return Object.values(EDUCATION_LABEL);
    case 'state':
      return kind === 'difficult-groups' || kind === 'graduates' || kind === 'difficult-persons' ? Object.values(STATE_LABEL) : Object.values(STATE_LABEL).filter((s) => s !== '非劳动力');
    case 'reason':
      return Object.values(REGISTRATION_REASON_LABEL);
    case 'section':
      return Object.values(DIFFICULT_GROUP_SECTION_LABEL);
    case 'serviceKind':
      return kind === 'services' ? [SERVICE_KIND_LABEL.guidance, SERVICE_KIND_LABEL.referral] : [SERVICE_KIND_LABEL.policy_benefit, SERVICE_KIND_LABEL.public_welfare_post];
    case 'referralResult':
      return Object.values(REFERRAL_RESULT_LABEL);
    case 'status':
      return ['招聘中', '已招满'];
    case 'category':
      return RECOGNITION_CATEGORY_LABELS;
    default:
      return YES_NO;
  }
}

/** The filterable columns of a ledger with their values. */
export function ledgerFacets(kind: LedgerKind): { key: string; label: string; values: string[] }[] {
  return LEDGER_COLUMNS[kind].filter((c) => c.facet).map((c) => ({ key: c.key, label: c.label, values: facetValues(kind, c.key) }));
}
