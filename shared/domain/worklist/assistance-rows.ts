/**
 * Rows of the assistance work (seed 001, seed 003): zero-employment families to eliminate within a month of
 * appearing, the 72-hour commitment to especially difficult persons, and follow-up visits to recognised difficult
 * persons and zero-employment families at the interval in the settings.
 */
import { addDays, addMonthsClamped } from '../dates';
import { deadlineStatus, followUpDueOn, showsFrom } from './deadlines';
import type { RecognisedPerson, RowDraft, ZeroFamily } from './inputs';
import { commitmentDays } from './settings';
import type { WorklistSettings } from './settings';
import { householdSubject, personSubject } from './subjects';

export function zeroFamilyRow(f: ZeroFamily, asOf: string, settings: Pick<WorklistSettings, 'zeroFamilyMonths'>): RowDraft {
  const dueOn = addMonthsClamped(f.appeared, settings.zeroFamilyMonths);
  const status = deadlineStatus(dueOn, asOf);
  const when = status === 'overdue' ? `已超过 ${settings.zeroFamilyMonths} 个月（期限 ${dueOn}）` : `须在 ${dueOn} 前消除`;
  return {
    rowId: `zero_employment_family:household:${f.household.id}:${f.appeared}`,
    kind: 'zero_employment_family',
    status,
    dueOn,
    communityId: f.household.communityId,
    subject: householdSubject(f.household),
    detail: `零就业家庭，${f.appeared} 出现，${when}：帮助至少一名成员就业`,
  };
}

export function commitmentRow(p: RecognisedPerson, asOf: string, settings: Pick<WorklistSettings, 'commitmentHours'>): RowDraft | null {
  if (!p.especiallyDifficult || p.commitmentOn !== null || p.employed) return null;
  const dueOn = addDays(p.recognisedOn, commitmentDays(settings));
  const status = deadlineStatus(dueOn, asOf);
  return {
    rowId: `commitment:recognition:${p.recognitionId}`,
    kind: 'commitment',
    status,
    dueOn,
    communityId: p.person.communityId,
    subject: personSubject(p.person),
    detail: `特别困难人员，${p.recognisedOn} 认定，须在 ${settings.commitmentHours} 小时内（${dueOn} 前）作出即时就业承诺${status === 'overdue' ? '，已逾期' : ''}`,
  };
}

function visitText(lastFollowUpOn: string | null, since: string): string {
  return lastFollowUpOn !== null && lastFollowUpOn >= since ? `上次回访 ${lastFollowUpOn}` : '尚无回访记录';
}

function followUpStatus(dueOn: string, asOf: string, leadDays: number): ReturnType<typeof deadlineStatus> | null {
  return asOf < showsFrom(dueOn, leadDays) ? null : deadlineStatus(dueOn, asOf);
}

type FollowUpSettings = Pick<WorklistSettings, 'followUpIntervalMonths' | 'followUpLeadDays'>;

/**
 * The follow-up visit of a subject followed since `since` (a recognition, a family's appearance), due one interval
 * after the latest visit (or after `since`); shown from the lead days before it. `what` names the subject in the row.
 */
function followUpRow(
  since: string,
  lastFollowUpOn: string | null,
  asOf: string,
  settings: FollowUpSettings,
  row: Pick<RowDraft, 'rowId' | 'communityId' | 'subject'>,
  what: string,
): RowDraft | null {
  const dueOn = followUpDueOn(since, lastFollowUpOn, settings.followUpIntervalMonths);
  const status = followUpStatus(dueOn, asOf, settings.followUpLeadDays);
  if (status === null) return null;
  return {
    rowId: row.rowId,
    kind: 'follow_up',
    status,
    dueOn,
    communityId: row.communityId,
    subject: row.subject,
    detail: `${what}，${visitText(lastFollowUpOn, since)}，每 ${settings.followUpIntervalMonths} 个月回访一次，应于 ${dueOn} 前回访`,
  };
}

export function personFollowUpRow(p: RecognisedPerson, asOf: string, settings: FollowUpSettings): RowDraft | null {
  const row = { rowId: `follow_up:recognition:${p.recognitionId}`, communityId: p.person.communityId, subject: personSubject(p.person) };
  return followUpRow(p.recognisedOn, p.lastFollowUpOn, asOf, settings, row, `就业困难人员（${p.recognisedOn} 认定）`);
}

export function familyFollowUpRow(f: ZeroFamily, asOf: string, settings: FollowUpSettings): RowDraft | null {
  const row = { rowId: `follow_up:household:${f.household.id}:${f.appeared}`, communityId: f.household.communityId, subject: householdSubject(f.household) };
  return followUpRow(f.appeared, f.lastFollowUpOn, asOf, settings, row, `零就业家庭（${f.appeared} 出现）`);
}

export function assistanceRows(
  families: readonly ZeroFamily[],
  recognised: readonly RecognisedPerson[],
  asOf: string,
  settings: WorklistSettings,
): RowDraft[] {
  const rows: RowDraft[] = [];
  for (const f of families) {
    rows.push(zeroFamilyRow(f, asOf, settings));
    const visit = familyFollowUpRow(f, asOf, settings);
    if (visit) rows.push(visit);
  }
  for (const p of recognised) {
    const commitment = commitmentRow(p, asOf, settings);
    if (commitment) rows.push(commitment);
    const visit = personFollowUpRow(p, asOf, settings);
    if (visit) rows.push(visit);
  }
  return rows;
}
