/**
 * 十清 of one person on a date D (seed 001, DOMAIN.md §5), from the records only:
 * - 失业时间: the open registration's date, else the day after the last employment ended, else a registration dated
 *   after that end;
 * - 失业原因: the reason of that registration (the only place a reason is recorded);
 * - 家庭状况: the household has a 户主 and all three dated flags in force;
 * - 就业愿望: a wish is recorded (the wished job is shown when there is one; the standard workbook carries it since version 2);
 * - 培训要求: the wish in force records the training wanted ("无" counts);
 * - 技能水平: skills or skill level recorded ("无" counts);
 * - 就业去向: for the re-employed only — the open spell names its employer or post (灵活就业 and 自主创业 need neither);
 * - 政策享受: recorded on the person even if none ("无"), or a policy-benefit service;
 * - 社会保险关系: recorded on the person.
 * An unemployed person is checked on every item but 就业去向; a re-employed person on 就业去向 only.
 * `unemployedMissing` / `reemployedMissing` give only the missing items (street-wide, cheap); the `…Checks` functions
 * describe every item (the person page). Both use the same tests.
 */
import { addDays, daysBetween } from '../dates';
import { REGISTRATION_REASON_LABEL, SPELL_KIND_LABEL } from '../workbook/vocabulary';
import type { DestinationFact, PersonFacts, RegistrationFact } from './facts';
import type { ItemCheck, TenClearPersonItem } from './items';
import { missing, notApplicable, present, recorded, TEN_CLEAR_LABEL, TEN_CLEAR_TO_RECORD } from './items';

export type TenClearCheck = ItemCheck<TenClearPersonItem>;

/** The registration that tells since when and why the person is out of work, if any. */
export function currentRegistration(facts: PersonFacts): RegistrationFact | null {
  if (facts.openRegistration) return facts.openRegistration;
  const latest = facts.latestRegistration;
  if (latest && (facts.lastSpellEnd === null || latest.registeredOn > facts.lastSpellEnd)) return latest;
  return null;
}

/** Since when the person is out of work, when the records tell. */
function unemployedSince(facts: PersonFacts): string | null {
  if (facts.openRegistration) return facts.openRegistration.registeredOn;
  if (facts.lastSpellEnd !== null) return addDays(facts.lastSpellEnd, 1);
  return currentRegistration(facts)?.registeredOn ?? null;
}

/** Whether each item the unemployed are checked on is clear (就业去向 does not apply to them). */
const CLEAR: Readonly<Record<Exclude<TenClearPersonItem, 'destination'>, (facts: PersonFacts) => boolean>> = {
  duration: (f) => f.openRegistration !== null || f.lastSpellEnd !== null || currentRegistration(f) !== null,
  reason: (f) => currentRegistration(f) !== null,
  family: (f) => f.household.hasHead && f.household.flagsRecorded >= 3,
  wish: (f) => f.wish !== null,
  training: (f) => recorded(f.wish?.trainingWanted),
  skill: (f) => recorded(f.skills) || recorded(f.skillLevel),
  policies: (f) => recorded(f.policiesEnjoyed) || f.latestPolicyBenefit !== null,
  insurance: (f) => recorded(f.socialInsurance),
};

const UNEMPLOYED_ITEMS = ['duration', 'reason', 'family', 'wish', 'training', 'skill', 'policies', 'insurance'] as const;

/** The missing items of a person in U (in the order of seed 001). */
export function unemployedMissing(facts: PersonFacts): TenClearPersonItem[] {
  return UNEMPLOYED_ITEMS.filter((item) => !CLEAR[item](facts));
}

function lack(item: TenClearPersonItem, value: string | null = null): TenClearCheck {
  return missing(item, TEN_CLEAR_LABEL[item], TEN_CLEAR_TO_RECORD[item], value);
}

function have(item: TenClearPersonItem, value: string): TenClearCheck {
  return present(item, TEN_CLEAR_LABEL[item], value);
}

/** What each clear item says (the person page). */
function describe(item: (typeof UNEMPLOYED_ITEMS)[number], f: PersonFacts, asOf: string): string {
  switch (item) {
    case 'duration': {
      const since = unemployedSince(f) ?? asOf;
      const how = f.openRegistration ? '登记失业' : f.lastSpellEnd !== null ? '上一份工作结束后' : '失业登记';
      return `自 ${since} 起（${how}），至今 ${daysBetween(since, asOf) + 1} 天`;
    }
    case 'reason': {
      const r = currentRegistration(f);
      if (!r) return '';
      return `${REGISTRATION_REASON_LABEL[r.reason]}${r.cancelledOn !== null ? `（登记已于 ${r.cancelledOn} 注销）` : ''}`;
    }
    case 'family':
      return '户主及低保、户籍、经营收入标志已登记';
    case 'wish':
      if (!f.wish) return '';
      if (!f.wish.hasWish) return `无就业意愿（${f.wish.noWishReason ?? '原因未填'}）`;
      return recorded(f.wish.wishedJob) ? `有，意愿工种：${f.wish.wishedJob}` : '有就业意愿';
    case 'training':
      return f.wish?.trainingWanted ?? '';
    case 'skill':
      return [f.skills, f.skillLevel].filter(recorded).join('，');
    case 'policies':
      if (recorded(f.policiesEnjoyed)) return f.policiesEnjoyed;
      return f.latestPolicyBenefit ? `${f.latestPolicyBenefit.what ?? '政策落实'}（${f.latestPolicyBenefit.date}）` : '';
    case 'insurance':
      return f.socialInsurance ?? '';
  }
}

/** Why a missing item is missing, where the records say more than its absence. */
function whyMissing(item: (typeof UNEMPLOYED_ITEMS)[number], f: PersonFacts): string | null {
  if (item === 'duration') return '没有失业登记，也没有以前的就业记录';
  if (item === 'reason') return f.latestRegistration ? '最近的失业登记早于上一份工作结束' : '没有失业登记';
  if (item === 'family') {
    const gaps = [...(f.household.hasHead ? [] : ['未登记户主']), ...(f.household.flagsRecorded >= 3 ? [] : [`户标志只登记了 ${f.household.flagsRecorded} 项`])];
    return gaps.join('；');
  }
  return null;
}

const NOT_EMPLOYED_YET: TenClearCheck = Object.freeze(notApplicable('destination', TEN_CLEAR_LABEL.destination, '尚未就业'));

/** The nine person items of 十清 for a person in U on `asOf` (all but 就业去向 apply), in the order of seed 001. */
export function unemployedChecks(facts: PersonFacts, asOf: string): TenClearCheck[] {
  const check = (item: (typeof UNEMPLOYED_ITEMS)[number]) => (CLEAR[item](facts) ? have(item, describe(item, facts, asOf)) : lack(item, whyMissing(item, facts)));
  return [check('duration'), check('reason'), check('family'), check('wish'), check('training'), check('skill'), NOT_EMPLOYED_YET, check('policies'), check('insurance')];
}

/** 灵活就业 and 自主创业 are themselves the destination; other kinds name the employer or the post. */
export function destinationText(d: DestinationFact): string | null {
  const where = [d.employerName, d.post].filter(recorded).join('，');
  if (where !== '') return `${SPELL_KIND_LABEL[d.kind]}：${where}（${d.startDate} 起）`;
  if (d.kind === 'flexible' || d.kind === 'self_employed') return `${SPELL_KIND_LABEL[d.kind]}（${d.startDate} 起）`;
  return null;
}

/** The missing items of a re-employed person: 就业去向 or nothing. */
export function reemployedMissing(destination: DestinationFact): TenClearPersonItem[] {
  return destinationText(destination) === null ? ['destination'] : [];
}

const REEMPLOYED_ORDER = ['duration', 'reason', 'family', 'wish', 'training', 'skill', 'destination', 'policies', 'insurance'] as const;

/** The nine person items of 十清 for a re-employed person: only 就业去向 applies, read from the new spell. */
export function reemployedChecks(destination: DestinationFact): TenClearCheck[] {
  return REEMPLOYED_ORDER.map((item) => {
    if (item !== 'destination') return notApplicable(item, TEN_CLEAR_LABEL[item], '已实现就业，只需登记就业去向');
    const text = destinationText(destination);
    return text !== null
      ? have('destination', text)
      : lack('destination', `${SPELL_KIND_LABEL[destination.kind]}（${destination.startDate} 起），未填单位或岗位`);
  });
}
