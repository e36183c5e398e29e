/** Words and short descriptions of spells, registrations and wishes on the person page. */
import type { Registration, Spell, Wish } from '../../../shared/contract/employment';
import { addYears, daysBetween } from '../../../shared/domain/dates';
import { NO_WISH_REASONS, REGISTRATION_REASON_LABEL, SPELL_KIND_LABEL } from '../../../shared/domain/workbook/vocabulary';
import { chineseDate } from '../registry/labels';

export { REGISTRATION_REASON_LABEL, SPELL_KIND_LABEL };
export type SpellKind = Spell['kind'];
export type RegistrationReason = Registration['reason'];

/** The reasons a clerk picks for “no wish”; the deemed one is recorded only through its own confirmation. */
export const PICKABLE_NO_WISH_REASONS = NO_WISH_REASONS.filter((r) => r !== '两次拒绝介绍视为无意愿');
export type PickableNoWishReason = (typeof PICKABLE_NO_WISH_REASONS)[number];

export const CANCEL_REASONS = ['已就业', '灵活就业', '自主创业', '超过法定劳动年龄', '已退休', '迁出', '死亡', '本人申请注销', '其他'];

const yesNo = (v: boolean | null): string => (v === null ? '未填' : v ? '是' : '否');

/** 是 / 否 / 未填 for a yes-or-no fact that may not be known (劳动合同, 社会保险). */
export const YES_NO_UNKNOWN = { unknown: '未填', yes: '是', no: '否' };
export type YesNoUnknown = keyof typeof YES_NO_UNKNOWN;

export function knownYesNo(v: YesNoUnknown): boolean | null {
  return v === 'unknown' ? null : v === 'yes';
}

/** 单位就业 · 金山物业 · 保安 */
export function spellTitle(s: Spell): string {
  return [SPELL_KIND_LABEL[s.kind], s.employerName, s.post].filter(Boolean).join(' · ');
}

export function spellPeriod(s: Spell): string {
  return s.endDate === null ? `${chineseDate(s.startDate)}起` : `${chineseDate(s.startDate)}至${chineseDate(s.endDate)}`;
}

export function spellTerms(s: Spell): string {
  return `劳动合同：${yesNo(s.contractSigned)} · 社会保险：${yesNo(s.socialInsurancePaid)}`;
}

/** 已登记 123 天; past the first anniversary the registration counts as long-term unemployment (DOMAIN §3). */
export function registeredFor(r: Registration, today: string): string {
  const days = daysBetween(r.registeredOn, today);
  return `已登记 ${days} 天${today > addYears(r.registeredOn, 1) ? '（已满一年，属长期失业）' : ''}`;
}

export function wishDetail(w: Wish): string {
  if (!w.hasWish) return `原因：${w.noWishReason ?? '未填'}${w.deemedByRefusals ? '（经办人确认）' : ''}`;
  const parts = [
    w.wishedJob && `意愿工种：${w.wishedJob}`,
    w.wishedWage !== null && `期望工资：${w.wishedWage} 元/月`,
    w.trainingWanted && `培训意愿：${w.trainingWanted}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('；') : '未填意愿工种';
}

export function wishDate(w: Wish): string {
  return w.recordedOn === null ? '记录日期未注明' : `${chineseDate(w.recordedOn)}记录`;
}
