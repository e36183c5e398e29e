/**
 * 五清 of a recognised difficult person on a date D (seed 003: 职业技能、择业愿望、家庭情况、就业状况、享受政策情况).
 * An item is clear when the records show it (the same fields as 十清), or when the recognition marked it clear
 * (the 五清 checklist recorded when the person applied), whose note is then shown.
 */
import { REGISTRATION_REASON_LABEL } from '../workbook/vocabulary';
import type { PersonFacts, RecognitionFact } from './facts';
import type { FiveClearItem, ItemCheck } from './items';
import { FIVE_CLEAR_ITEMS, FIVE_CLEAR_LABEL, FIVE_CLEAR_TO_RECORD, missing, present, recorded } from './items';

export type FiveClearCheck = ItemCheck<FiveClearItem>;

/** The value the records give for an item, or null when they say nothing. */
function fromRecords(item: FiveClearItem, facts: PersonFacts): string | null {
  switch (item) {
    case 'skills': {
      const parts = [facts.skills, facts.skillLevel].filter(recorded);
      return parts.length > 0 ? parts.join('，') : null;
    }
    case 'jobWish': {
      const w = facts.wish;
      if (!w) return null;
      if (!w.hasWish) return `无就业意愿（${w.noWishReason ?? '原因未填'}）`;
      return recorded(w.wishedJob) ? `有，意愿工种：${w.wishedJob}` : '有就业意愿';
    }
    case 'family':
      return facts.household.hasHead && facts.household.flagsRecorded >= 3 ? '户主及低保、户籍、经营收入标志已登记' : null;
    case 'employment':
      if (facts.employedOnDate) return '就业中';
      if (facts.openRegistration) return `登记失业（${facts.openRegistration.registeredOn}，${REGISTRATION_REASON_LABEL[facts.openRegistration.reason]}）`;
      if (facts.wish && !facts.wish.hasWish) return `未就业，无就业意愿（${facts.wish.noWishReason ?? '原因未填'}）`;
      return null;
    case 'policies':
      if (recorded(facts.policiesEnjoyed)) return facts.policiesEnjoyed;
      return facts.latestPolicyBenefit ? `${facts.latestPolicyBenefit.what ?? '政策落实'}（${facts.latestPolicyBenefit.date}）` : null;
  }
}

export function fiveClearChecks(facts: PersonFacts, recognition: RecognitionFact): FiveClearCheck[] {
  return FIVE_CLEAR_ITEMS.map((item) => {
    const label = FIVE_CLEAR_LABEL[item];
    const value = fromRecords(item, facts);
    if (value !== null) return present(item, label, value);
    const mark = recognition.marks?.[item];
    if (mark?.clear) return present(item, label, `认定时已核实${recorded(mark.note) ? `：${mark.note}` : ''}`);
    return missing(item, label, FIVE_CLEAR_TO_RECORD[item]);
  });
}

/** The missing items only. */
export function fiveClearMissing(facts: PersonFacts, recognition: RecognitionFact): FiveClearItem[] {
  return fiveClearChecks(facts, recognition)
    .filter((c) => c.status === 'missing')
    .map((c) => c.item);
}
