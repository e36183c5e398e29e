/**
 * Rows about the records themselves: missing 十清 items of the unemployed (and 就业去向 of the re-employed), missing
 * 五清 items of recognised difficult persons, a community without employers' demand in the window, and the yearly
 * re-check of communities whose latest saved assessment passed (seed 001: 对已达到充分就业社区标准的社区，每年进行1次复查).
 */
import type { ItemCheck } from '../completeness/items';
import { missingText } from '../completeness/items';
import { addMonthsClamped } from '../dates';
import { deadlineStatus, showsFrom } from './deadlines';
import type { LatestAssessment, PersonRef, RowDraft } from './inputs';
import type { WorklistKind } from './kinds';
import type { WorklistSettings } from './settings';
import { communitySubject, personSubject } from './subjects';

export function missingItemsRow<I extends string>(
  kind: Extract<WorklistKind, 'missing_ten_clear' | 'missing_five_clear'>,
  person: PersonRef,
  missingItems: readonly I[],
  labels: Readonly<Record<I, string>>,
  asOf: string,
): RowDraft | null {
  const summary = missingText(missingItems, labels);
  if (summary === '') return null;
  const what = kind === 'missing_ten_clear' ? '十清' : '五清';
  return {
    rowId: `${kind}:person:${person.id}`,
    kind,
    status: 'due',
    dueOn: asOf,
    communityId: person.communityId,
    subject: personSubject(person),
    detail: `${what}${summary}`,
  };
}

export function communityDemandRow(
  community: { id: number; code: string; name: string },
  check: ItemCheck,
  asOf: string,
): RowDraft | null {
  if (check.status !== 'missing') return null;
  return {
    rowId: `missing_ten_clear:community:${community.id}`,
    kind: 'missing_ten_clear',
    status: 'due',
    dueOn: asOf,
    communityId: community.id,
    subject: communitySubject(community),
    detail: `十清缺：${check.label}（${check.value ?? ''}）：${check.toRecord ?? ''}`,
  };
}

export function recheckRow(a: LatestAssessment, asOf: string, settings: Pick<WorklistSettings, 'recheckIntervalMonths' | 'recheckLeadDays'>): RowDraft | null {
  if (a.verdict !== 'pass') return null;
  const dueOn = addMonthsClamped(a.asOf, settings.recheckIntervalMonths);
  if (asOf < showsFrom(dueOn, settings.recheckLeadDays)) return null;
  const status = deadlineStatus(dueOn, asOf);
  return {
    rowId: `community_recheck:assessment:${a.assessmentId}`,
    kind: 'community_recheck',
    status,
    dueOn,
    communityId: a.communityId,
    subject: communitySubject({ id: a.communityId, code: a.communityCode, name: a.communityName }),
    detail: `${a.asOf} 考核达标（${a.standardName}），每 ${settings.recheckIntervalMonths} 个月复查一次，应于 ${dueOn} 前复查${status === 'overdue' ? '，已逾期' : ''}`,
  };
}
