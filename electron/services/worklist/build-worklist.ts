/**
 * The worklist on a date D (DOMAIN.md §6), for the street or one community: the inputs read set-based
 * (load-inputs.ts), the rules applied (shared/domain/worklist), then each row given its community, the clerk who
 * last served the subject and its link; sorted overdue first.
 */
import { FIVE_CLEAR_LABEL, TEN_CLEAR_LABEL } from '../../../shared/domain/completeness/items';
import { assistanceRows } from '../../../shared/domain/worklist/assistance-rows';
import type { RowDraft } from '../../../shared/domain/worklist/inputs';
import { sortRows, subjectLink } from '../../../shared/domain/worklist/kinds';
import type { WorklistRow } from '../../../shared/domain/worklist/kinds';
import { ageRows, refusedReferralsRow } from '../../../shared/domain/worklist/person-event-rows';
import { communityDemandRow, missingItemsRow, recheckRow } from '../../../shared/domain/worklist/record-rows';
import { registrationRows } from '../../../shared/domain/worklist/registration-rows';
import { communityNames } from '../../../db/repositories/communities/communities-repo';
import type { CommunityName } from '../../../db/repositories/communities/communities-repo';
import { lastClerksOf } from '../../../db/repositories/services/service-digests-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { loadWorkingCalendar } from '../calendar/load-calendar';
import { readPopulationSettings } from '../settings/population-settings';
import type { WorklistInputs } from './load-inputs';
import { loadWorklistInputs } from './load-inputs';
import { readWorklistSettings } from '../settings/worklist-settings';

export interface BuiltWorklist {
  asOf: string;
  rows: WorklistRow[];
  /** Calendar warnings: guidance deadlines in years whose holidays are not known. */
  warnings: string[];
}

function recordDrafts(inputs: WorklistInputs, communities: readonly CommunityName[], asOf: string): RowDraft[] {
  const { completeness } = inputs;
  const rows: RowDraft[] = [];
  for (const r of completeness.tenClear) {
    const row = missingItemsRow('missing_ten_clear', r.person, r.missing, TEN_CLEAR_LABEL, asOf);
    if (row) rows.push(row);
  }
  for (const r of completeness.fiveClear) {
    const row = missingItemsRow('missing_five_clear', r.person, r.missing, FIVE_CLEAR_LABEL, asOf);
    if (row) rows.push(row);
  }
  for (const c of communities) {
    const check = completeness.demand.get(c.id);
    const row = check ? communityDemandRow(c, check, asOf) : null;
    if (row) rows.push(row);
  }
  for (const r of inputs.refusals) {
    const row = refusedReferralsRow(r, asOf);
    if (row) rows.push(row);
  }
  return rows;
}

/** The clerk of each row's subject: from the digests read, else looked up now; households from theirs. */
function clerksOf(db: DeskDatabase, drafts: readonly RowDraft[], inputs: WorklistInputs, asOf: string): (d: RowDraft) => string | null {
  const unread = [...new Set(drafts.filter((d) => d.subject.kind === 'person' && !inputs.digests.has(d.subject.id)).map((d) => d.subject.id))];
  const looked = lastClerksOf(db, unread, asOf);
  return (d) => {
    if (d.subject.kind === 'person') return inputs.digests.get(d.subject.id)?.lastClerk?.clerk ?? looked.get(d.subject.id) ?? null;
    if (d.subject.kind === 'household') return inputs.householdClerks.get(d.subject.id) ?? null;
    return null;
  };
}

/** Every row on `asOf` (of one community when given), before any clerk or kind filter. */
export function buildWorklist(db: DeskDatabase, asOf: string, communityId: number | null): BuiltWorklist {
  const settings = readWorklistSettings(db);
  const population = readPopulationSettings(db);
  const communities = communityNames(db);
  const byId = new Map(communities.map((c) => [c.id, c]));
  const inputs = loadWorklistInputs(db, { asOf, communityId, communities: byId }, settings, population);
  const registrations = registrationRows(inputs.registrations, asOf, loadWorkingCalendar(db), settings);
  const drafts: RowDraft[] = [
    ...registrations.rows,
    ...assistanceRows(inputs.families, inputs.recognised, asOf, settings),
    ...ageRows(inputs.ageSubjects, asOf, settings, population),
    ...recordDrafts(inputs, communities, asOf),
    ...inputs.assessments.flatMap((a) => recheckRow(a, asOf, settings) ?? []),
  ].filter((d) => communityId === null || d.communityId === communityId);

  const clerkOf = clerksOf(db, drafts, inputs, asOf);
  const rows: WorklistRow[] = drafts.map((d) => {
    const c = byId.get(d.communityId);
    return {
      rowId: d.rowId,
      kind: d.kind,
      status: d.status,
      dueOn: d.dueOn,
      communityId: d.communityId,
      communityName: c?.name ?? '',
      communityCode: c?.code ?? '',
      clerk: clerkOf(d),
      subject: d.subject,
      detail: d.detail,
      link: subjectLink(d.subject),
    };
  });
  return { asOf, rows: sortRows(rows), warnings: registrations.warnings };
}
