/**
 * Rows from open unemployment registrations on D: guidance due within n working days (registration day = day 0;
 * only a 职业指导 record counts) and registrations nearing one year (at 9 and 11 months by default).
 */
import type { WorkingCalendar } from '../calendar/working-days';
import { deadlineStatus, guidanceDeadline, registrationAnniversary, registrationMilestone } from './deadlines';
import type { OpenRegistration, RowDraft } from './inputs';
import type { WorklistKind } from './kinds';
import type { WorklistSettings } from './settings';
import { personSubject } from './subjects';

export function guidanceRow(
  r: OpenRegistration,
  asOf: string,
  calendar: WorkingCalendar,
  settings: Pick<WorklistSettings, 'guidanceWorkingDays'>,
): RowDraft | null {
  if (r.firstGuidanceOn !== null) return null;
  const n = settings.guidanceWorkingDays;
  const deadline = guidanceDeadline(calendar, r.registeredOn, n);
  const status = deadlineStatus(deadline.value, asOf);
  const when = status === 'overdue' ? `已于 ${deadline.value} 逾期，尚无职业指导记录` : `须在 ${deadline.value}（第 ${n} 个工作日）前完成职业指导`;
  const warning = deadline.certain ? '' : `（${deadline.warning}）`;
  return {
    rowId: `guidance:registration:${r.registrationId}`,
    kind: 'guidance',
    status,
    dueOn: deadline.value,
    communityId: r.person.communityId,
    subject: personSubject(r.person),
    detail: `${r.registeredOn} 登记失业，${when}${warning}`,
  };
}

export function milestoneRow(r: OpenRegistration, asOf: string, settings: Pick<WorklistSettings, 'registrationReminderMonths'>): RowDraft | null {
  const [first, second] = settings.registrationReminderMonths;
  const reached = registrationMilestone(r.registeredOn, asOf, [first, second]);
  if (reached === null) return null;
  const kind: WorklistKind = reached === second ? 'registration_11m' : 'registration_9m';
  const anniversary = registrationAnniversary(r.registeredOn);
  const status = deadlineStatus(anniversary, asOf);
  const detail =
    status === 'overdue'
      ? `${r.registeredOn} 登记失业，已于 ${anniversary} 满一年，属长期失业人员：请重点帮扶`
      : `${r.registeredOn} 登记失业，已满 ${reached} 个月，${anniversary} 满一年：请在此前帮助其就业`;
  return {
    rowId: `${kind}:registration:${r.registrationId}`,
    kind,
    status,
    dueOn: anniversary,
    communityId: r.person.communityId,
    subject: personSubject(r.person),
    detail,
  };
}

/**
 * Guidance and milestone rows of the open registrations, and the calendar's warnings for deadlines it could not be
 * sure of; a person's milestones count from the earliest open registration.
 */
export function registrationRows(
  registrations: readonly OpenRegistration[],
  asOf: string,
  calendar: WorkingCalendar,
  settings: Pick<WorklistSettings, 'guidanceWorkingDays' | 'registrationReminderMonths'>,
): { rows: RowDraft[]; warnings: string[] } {
  const earliest = new Map<number, OpenRegistration>();
  for (const r of registrations) {
    const known = earliest.get(r.person.id);
    if (!known || r.registeredOn < known.registeredOn) earliest.set(r.person.id, r);
  }
  const rows: RowDraft[] = [];
  const warnings = new Set<string>();
  for (const r of registrations) {
    if (r.firstGuidanceOn !== null) continue;
    const deadline = guidanceDeadline(calendar, r.registeredOn, settings.guidanceWorkingDays);
    if (!deadline.certain) warnings.add(deadline.warning);
    const guidance = guidanceRow(r, asOf, calendar, settings);
    if (guidance) rows.push(guidance);
  }
  for (const r of earliest.values()) {
    const milestone = milestoneRow(r, asOf, settings);
    if (milestone) rows.push(milestone);
  }
  return { rows, warnings: [...warnings] };
}
