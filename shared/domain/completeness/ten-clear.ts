/**
 * 十清 of one person on a date D (seed 001, DOMAIN.md §5), from the records only:
 * - 失业时间: the open registration's date, else the day after the last employment ended, else a registration dated
 *   after that end;
 * - 失业原因: the reason of that registration (the only place a reason is recorded);
 * - 家庭状况: the household has a 户主 and all three dated flags in force;
 * - 就业愿望: a wish is recorded (the wished job is shown when there is one; the standard workbook has no column for it);
 * - 培训要求: the wish in force records the training wanted ("无" counts);
 * - 技能水平: skills or skill level recorded ("无" counts);
 * - 就业去向: for the re-employed only — the open spell names its employer or post (灵活就业 and 自主创业 need neither);
 * - 政策享受: recorded on the person even if none ("无"), or a policy-benefit service;
 * - 社会保险关系: recorded on the person.
 * An unemployed person is checked on every item but 就业去向; a re-employed person on 就业去向 only.
 */
import { addDays, daysBetween } from '../population/date-arithmetic';
import { REGISTRATION_REASON_LABEL, SPELL_KIND_LABEL } from '../workbook/vocabulary';
import type { DestinationFact, PersonFacts, RegistrationFact } from './facts';
import type { ItemCheck, TenClearPersonItem } from './items';
import { missing, notApplicable, present, recorded, TEN_CLEAR_LABEL, TEN_CLEAR_PERSON_ITEMS, TEN_CLEAR_TO_RECORD } from './items';

export type TenClearCheck = ItemCheck<TenClearPersonItem>;

/** The registration that tells since when and why the person is out of work, if any. */
export function currentRegistration(facts: PersonFacts): RegistrationFact | null {
  if (facts.openRegistration) return facts.openRegistration;
  const latest = facts.latestRegistration;
  if (latest && (facts.lastSpellEnd === null || latest.registeredOn > facts.lastSpellEnd)) return latest;
  return null;
}

function lack(item: TenClearPersonItem, value: string | null = null): TenClearCheck {
  return missing(item, TEN_CLEAR_LABEL[item], TEN_CLEAR_TO_RECORD[item], value);
}

function have(item: TenClearPersonItem, value: string): TenClearCheck {
  return present(item, TEN_CLEAR_LABEL[item], value);
}

function duration(facts: PersonFacts, asOf: string): TenClearCheck {
  const registration = currentRegistration(facts);
  const since = facts.openRegistration?.registeredOn ?? (facts.lastSpellEnd !== null ? addDays(facts.lastSpellEnd, 1) : registration?.registeredOn);
  if (since === undefined) return lack('duration', '没有失业登记，也没有以前的就业记录');
  const how = facts.openRegistration ? '登记失业' : facts.lastSpellEnd !== null ? '上一份工作结束后' : '失业登记';
  return have('duration', `自 ${since} 起（${how}），至今 ${daysBetween(since, asOf) + 1} 天`);
}

function reason(facts: PersonFacts): TenClearCheck {
  const registration = currentRegistration(facts);
  if (!registration) return lack('reason', facts.latestRegistration ? '最近的失业登记早于上一份工作结束' : '没有失业登记');
  const cancelled = registration.cancelledOn !== null ? `（登记已于 ${registration.cancelledOn} 注销）` : '';
  return have('reason', `${REGISTRATION_REASON_LABEL[registration.reason]}${cancelled}`);
}

function family(facts: PersonFacts): TenClearCheck {
  const { hasHead, flagsRecorded } = facts.household;
  if (hasHead && flagsRecorded >= 3) return have('family', '户主及低保、户籍、经营收入标志已登记');
  const gaps = [...(hasHead ? [] : ['未登记户主']), ...(flagsRecorded >= 3 ? [] : [`户标志只登记了 ${flagsRecorded} 项`])];
  return lack('family', gaps.join('；'));
}

function wish(facts: PersonFacts): TenClearCheck {
  const w = facts.wish;
  if (!w) return lack('wish');
  if (!w.hasWish) return have('wish', `无就业意愿（${w.noWishReason ?? '原因未填'}）`);
  return have('wish', recorded(w.wishedJob) ? `有，意愿工种：${w.wishedJob}` : '有就业意愿');
}

function training(facts: PersonFacts): TenClearCheck {
  const wanted = facts.wish?.trainingWanted;
  return recorded(wanted) ? have('training', wanted) : lack('training');
}

function skill(facts: PersonFacts): TenClearCheck {
  const parts = [facts.skills, facts.skillLevel].filter(recorded);
  return parts.length > 0 ? have('skill', parts.join('，')) : lack('skill');
}

/** 灵活就业 and 自主创业 are themselves the destination; other kinds name the employer or the post. */
export function destinationText(d: DestinationFact): string | null {
  const where = [d.employerName, d.post].filter(recorded).join('，');
  if (where !== '') return `${SPELL_KIND_LABEL[d.kind]}：${where}（${d.startDate} 起）`;
  if (d.kind === 'flexible' || d.kind === 'self_employed') return `${SPELL_KIND_LABEL[d.kind]}（${d.startDate} 起）`;
  return null;
}

function policies(facts: PersonFacts): TenClearCheck {
  if (recorded(facts.policiesEnjoyed)) return have('policies', facts.policiesEnjoyed);
  const benefit = facts.latestPolicyBenefit;
  if (benefit) return have('policies', `${benefit.what ?? '政策落实'}（${benefit.date}）`);
  return lack('policies');
}

function insurance(facts: PersonFacts): TenClearCheck {
  return recorded(facts.socialInsurance) ? have('insurance', facts.socialInsurance) : lack('insurance');
}

/** The nine person items of 十清 for a person in U on `asOf` (all but 就业去向 apply). */
export function unemployedChecks(facts: PersonFacts, asOf: string): TenClearCheck[] {
  const byItem: Record<TenClearPersonItem, () => TenClearCheck> = {
    duration: () => duration(facts, asOf),
    reason: () => reason(facts),
    family: () => family(facts),
    wish: () => wish(facts),
    training: () => training(facts),
    skill: () => skill(facts),
    destination: () => notApplicable('destination', TEN_CLEAR_LABEL.destination, '尚未就业'),
    policies: () => policies(facts),
    insurance: () => insurance(facts),
  };
  return TEN_CLEAR_PERSON_ITEMS.map((item) => byItem[item]());
}

/** The nine person items of 十清 for a re-employed person: only 就业去向 applies, read from the new spell. */
export function reemployedChecks(destination: DestinationFact): TenClearCheck[] {
  return TEN_CLEAR_PERSON_ITEMS.map((item) => {
    if (item !== 'destination') return notApplicable(item, TEN_CLEAR_LABEL[item], '已实现就业，只需登记就业去向');
    const text = destinationText(destination);
    return text !== null
      ? have('destination', text)
      : lack('destination', `${SPELL_KIND_LABEL[destination.kind]}（${destination.startDate} 起），未填单位或岗位`);
  });
}
