/**
 * Rows about a person's situation changing: entering 4050 (women from the 4050 age for women, men from the men's,
 * population settings) or reaching the statutory retirement date in the next n days, D … D + n − 1 (30 days: D … D + 29);
 * and two refused referrals since the wish in force (the clerk may record "deemed no wish" — never automatic).
 */
import { addYears, monthsBetweenMonths } from '../dates';
import type { PopulationSettings } from '../population/settings';
import { eventStatus, withinNextDays } from './deadlines';
import type { AgeSubject, RefusalSubject, RowDraft } from './inputs';
import type { WorklistSettings } from './settings';
import { personSubject } from './subjects';

export function entering4050Row(
  s: AgeSubject,
  asOf: string,
  settings: Pick<WorklistSettings, 'upcomingDays'>,
  population: Pick<PopulationSettings, 'age4050'>,
): RowDraft | null {
  const age = s.gender === 'F' ? population.age4050.women : population.age4050.men;
  const on = addYears(s.birthDate, age);
  if (!withinNextDays(on, asOf, settings.upcomingDays) || on >= s.retirementOn) return null;
  return {
    rowId: `entering_4050:person:${s.person.id}`,
    kind: 'entering_4050',
    status: eventStatus(on, asOf),
    dueOn: on,
    communityId: s.person.communityId,
    subject: personSubject(s.person),
    detail: `${on} 满 ${age} 周岁，进入“4050”人员范围：请更新台账，未就业的可申请就业困难人员认定`,
  };
}

/** "60 岁 2 个月" from the birth date and the retirement date (months counted as the retirement rule adds them). */
export function retirementAgeText(birthDate: string, retirementOn: string): string {
  const months = monthsBetweenMonths(birthDate, retirementOn);
  const years = Math.floor(months / 12);
  const rest = months - years * 12;
  return rest === 0 ? `${years} 岁` : `${years} 岁 ${rest} 个月`;
}

export function retirementRow(s: AgeSubject, asOf: string, settings: Pick<WorklistSettings, 'upcomingDays'>): RowDraft | null {
  if (!withinNextDays(s.retirementOn, asOf, settings.upcomingDays)) return null;
  return {
    rowId: `retirement:person:${s.person.id}`,
    kind: 'retirement',
    status: eventStatus(s.retirementOn, asOf),
    dueOn: s.retirementOn,
    communityId: s.person.communityId,
    subject: personSubject(s.person),
    detail: `${s.retirementOn} 达到法定退休年龄（${retirementAgeText(s.birthDate, s.retirementOn)}），退出劳动年龄：请更新台账，登记失业的办理注销`,
  };
}

/** Two or more refused referrals dated from the wish in force (inclusive) to D. */
export function refusedReferralsRow(s: RefusalSubject, asOf: string): RowDraft | null {
  const since = s.wishRecordedOn;
  const counted = s.refusalDates.filter((d) => d <= asOf && (since === null || d >= since));
  if (counted.length < 2) return null;
  const latest = counted[counted.length - 1] ?? asOf;
  return {
    rowId: `refused_referrals:person:${s.person.id}`,
    kind: 'refused_referrals',
    status: 'due',
    dueOn: latest,
    communityId: s.person.communityId,
    subject: personSubject(s.person),
    detail: `${since === null ? '' : `自 ${since} 记录就业意愿以来`}${counted.length} 次拒绝职业介绍（${counted.join('、')}）：经办人可确认“视为无就业意愿”`,
  };
}

export function ageRows(
  subjects: readonly AgeSubject[],
  asOf: string,
  settings: WorklistSettings,
  population: Pick<PopulationSettings, 'age4050'>,
): RowDraft[] {
  const rows: RowDraft[] = [];
  for (const s of subjects) {
    const entering = entering4050Row(s, asOf, settings, population);
    if (entering) rows.push(entering);
    const retiring = retirementRow(s, asOf, settings);
    if (retiring) rows.push(retiring);
  }
  return rows;
}
