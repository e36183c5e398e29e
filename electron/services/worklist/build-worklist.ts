/**
 * The worklist on a date D (DOMAIN.md §6), for the street or one community: the inputs read set-based
 * (load-inputs.ts), the rules applied (shared/domain/worklist), then each row given its community, the clerk who
 * last served the subject and its link; sorted overdue first.
 *
 * The built worklist is kept (db/read-memo.ts patchedRead) with its rows grouped by subject: after a clerk's write
 * that touched some persons' records (a service, a job, a wish, a registration, a recognition, the person's fields)
 * only those persons' rows are derived again — from their own records, read person by person — and the rows of
 * households and communities (zero-employment families, employers' demand, re-checks) are re-derived from their
 * kept reads. A change to the street's layout (communities, households, memberships, household flags), the
 * settings or the calendar, another connection's commit, or many persons at once build it afresh.
 */
import { FIVE_CLEAR_LABEL, TEN_CLEAR_LABEL } from '../../../shared/domain/completeness/items';
import { assistanceRows } from '../../../shared/domain/worklist/assistance-rows';
import type { OpenRegistration, RowDraft } from '../../../shared/domain/worklist/inputs';
import { rowOrderKey, sortRows, subjectLink } from '../../../shared/domain/worklist/kinds';
import type { WorklistRow } from '../../../shared/domain/worklist/kinds';
import { ageRows, refusedReferralsRow } from '../../../shared/domain/worklist/person-event-rows';
import { communityDemandRow, missingItemsRow, recheckRow } from '../../../shared/domain/worklist/record-rows';
import { registrationRows } from '../../../shared/domain/worklist/registration-rows';
import type { WorklistSettings } from '../../../shared/domain/worklist/settings';
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-days';
import { communityNames } from '../../../db/repositories/communities/communities-repo';
import type { CommunityName } from '../../../db/repositories/communities/communities-repo';
import { lastClerksOf } from '../../../db/repositories/services/service-digests-repo';
import type { ServiceDigest } from '../../../db/repositories/services/service-digests-repo';
import { patchedRead } from '../../../db/read-memo';
import type { DeskDatabase } from '../../../db/open-database';
import { loadWorkingCalendar } from '../calendar/load-calendar';
import { readPopulationSettings } from '../settings/population-settings';
import type { WorklistInputs, WorklistScope } from './load-inputs';
import { loadPersonsWorklistInputs, loadSharedWorklistInputs, loadWorklistInputs } from './load-inputs';
import { readWorklistSettings } from '../settings/worklist-settings';

export interface BuiltWorklist {
  asOf: string;
  rows: WorklistRow[];
  /** Calendar warnings: guidance deadlines in years whose holidays are not known. */
  warnings: string[];
}

interface Context {
  scope: WorklistScope;
  communities: readonly CommunityName[];
  settings: WorklistSettings;
  population: PopulationSettings;
  calendar: WorkingCalendar;
}

function contextOf(db: DeskDatabase, asOf: string, communityId: number | null): Context {
  const communities = communityNames(db);
  return {
    scope: { asOf, communityId, communities: new Map(communities.map((c) => [c.id, c])) },
    communities,
    settings: readWorklistSettings(db),
    population: readPopulationSettings(db),
    calendar: loadWorkingCalendar(db),
  };
}

function inScope(ctx: Context): (d: RowDraft) => boolean {
  const { communityId } = ctx.scope;
  return (d) => communityId === null || d.communityId === communityId;
}

/** Rows whose subject is a person, and each person's calendar warnings (guidance deadlines in unknown years). */
function personDrafts(inputs: WorklistInputs, ctx: Context): { drafts: RowDraft[]; warnings: Map<number, string[]> } {
  const { asOf } = ctx.scope;
  const drafts: RowDraft[] = [];
  const warnings = new Map<number, string[]>();
  const byPerson = new Map<number, OpenRegistration[]>();
  for (const r of inputs.registrations) {
    const list = byPerson.get(r.person.id);
    if (list) list.push(r);
    else byPerson.set(r.person.id, [r]);
  }
  for (const [personId, registrations] of byPerson) {
    const made = registrationRows(registrations, asOf, ctx.calendar, ctx.settings);
    drafts.push(...made.rows);
    if (made.warnings.length > 0) warnings.set(personId, made.warnings);
  }
  drafts.push(...assistanceRows([], inputs.recognised, asOf, ctx.settings), ...ageRows(inputs.ageSubjects, asOf, ctx.settings, ctx.population));
  for (const r of inputs.completeness.tenClear) {
    const row = missingItemsRow('missing_ten_clear', r.person, r.missing, TEN_CLEAR_LABEL, asOf);
    if (row) drafts.push(row);
  }
  for (const r of inputs.completeness.fiveClear) {
    const row = missingItemsRow('missing_five_clear', r.person, r.missing, FIVE_CLEAR_LABEL, asOf);
    if (row) drafts.push(row);
  }
  for (const r of inputs.refusals) {
    const row = refusedReferralsRow(r, asOf);
    if (row) drafts.push(row);
  }
  return { drafts: drafts.filter(inScope(ctx)), warnings };
}

/** Rows whose subject is a household or a community: zero-employment families, employers' demand, re-checks. */
function sharedDrafts(inputs: Pick<WorklistInputs, 'families' | 'assessments'> & { demand: WorklistInputs['completeness']['demand'] }, ctx: Context): RowDraft[] {
  const { asOf } = ctx.scope;
  const drafts = [...assistanceRows(inputs.families, [], asOf, ctx.settings), ...inputs.assessments.flatMap((a) => recheckRow(a, asOf, ctx.settings) ?? [])];
  for (const c of ctx.communities) {
    const check = inputs.demand.get(c.id);
    const row = check ? communityDemandRow(c, check, asOf) : null;
    if (row) drafts.push(row);
  }
  return drafts.filter(inScope(ctx));
}

/**
 * The finished rows: community, link and the clerk of the subject — for a person the clerk of the latest record
 * naming one (from the digest when read, else looked up: both give the same clerk), for a household its family's.
 */
function finishRows(db: DeskDatabase, drafts: readonly RowDraft[], known: { digests: ReadonlyMap<number, ServiceDigest>; householdClerks: ReadonlyMap<number, string> }, ctx: Context): WorklistRow[] {
  const { asOf, communities } = ctx.scope;
  const unread = [...new Set(drafts.filter((d) => d.subject.kind === 'person' && !known.digests.has(d.subject.id)).map((d) => d.subject.id))];
  const looked = lastClerksOf(db, unread, asOf);
  const clerkOf = (d: RowDraft): string | null => {
    if (d.subject.kind === 'person') return known.digests.get(d.subject.id)?.lastClerk?.clerk ?? looked.get(d.subject.id) ?? null;
    if (d.subject.kind === 'household') return known.householdClerks.get(d.subject.id) ?? null;
    return null;
  };
  return drafts.map((d) => {
    const c = communities.get(d.communityId);
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
}

function allWarnings(byPerson: ReadonlyMap<number, readonly string[]>): string[] {
  return [...new Set([...byPerson.values()].flat())].sort();
}

/** Every row on `asOf` (of one community when given), before any clerk or kind filter, read afresh. */
export function buildWorklistAfresh(db: DeskDatabase, asOf: string, communityId: number | null): BuiltWorklist {
  return keptFrom(buildAfresh(db, contextOf(db, asOf, communityId))).built;
}

/** A worklist kept with its rows' order keys and each person's calendar warnings. */
interface KeptWorklist {
  built: BuiltWorklist;
  keys: string[];
  warnings: Map<number, string[]>;
}

function buildAfresh(db: DeskDatabase, ctx: Context): { rows: WorklistRow[]; warnings: Map<number, string[]>; asOf: string } {
  const inputs = loadWorklistInputs(db, ctx.scope, ctx.settings, ctx.population);
  const person = personDrafts(inputs, ctx);
  const shared = sharedDrafts({ families: inputs.families, assessments: inputs.assessments, demand: inputs.completeness.demand }, ctx);
  return { rows: finishRows(db, [...person.drafts, ...shared], inputs, ctx), warnings: person.warnings, asOf: ctx.scope.asOf };
}

function keptFrom(made: { rows: WorklistRow[]; warnings: Map<number, string[]>; asOf: string }): KeptWorklist {
  const rows = sortRows(made.rows);
  return { built: { asOf: made.asOf, rows, warnings: allWarnings(made.warnings) }, keys: rows.map(rowOrderKey), warnings: made.warnings };
}

/** The kept worklist with the rows of the `changed` persons, and every household's and community's, derived again. */
function patchWorklist(db: DeskDatabase, ctx: Context, kept: KeptWorklist, changed: ReadonlySet<number>): KeptWorklist {
  const ids = [...changed];
  const inputs = loadPersonsWorklistInputs(db, ctx.scope, ctx.settings, ctx.population, ids);
  const person = personDrafts(inputs, ctx);
  const shared = loadSharedWorklistInputs(db, ctx.scope);
  const fresh = sortRows([...finishRows(db, person.drafts, inputs, ctx), ...finishRows(db, sharedDrafts(shared, ctx), { digests: new Map(), householdClerks: shared.householdClerks }, ctx)]);
  const freshKeys = fresh.map(rowOrderKey);
  // Merge the kept rows that still hold (other persons') with the fresh ones, both in order.
  const rows: WorklistRow[] = [];
  const keys: string[] = [];
  let f = 0;
  const { rows: keptRows } = kept.built;
  for (let k = 0; k < keptRows.length; k += 1) {
    const row = keptRows[k] as WorklistRow;
    if (row.subject.kind !== 'person' || changed.has(row.subject.id)) continue;
    const key = kept.keys[k] ?? '';
    while (f < fresh.length && (freshKeys[f] ?? '') < key) {
      rows.push(fresh[f] as WorklistRow);
      keys.push(freshKeys[f] ?? '');
      f += 1;
    }
    rows.push(row);
    keys.push(key);
  }
  for (; f < fresh.length; f += 1) {
    rows.push(fresh[f] as WorklistRow);
    keys.push(freshKeys[f] ?? '');
  }
  const warnings = new Map(kept.warnings);
  for (const id of ids) warnings.delete(id);
  for (const [id, list] of person.warnings) warnings.set(id, list);
  return { built: { asOf: ctx.scope.asOf, rows, warnings: allWarnings(warnings) }, keys, warnings };
}

/**
 * Every row on `asOf` (of one community when given), before any clerk or kind filter: kept between requests and
 * patched after a write (see above). The rows are shared between callers and must not be changed.
 */
export function buildWorklist(db: DeskDatabase, asOf: string, communityId: number | null): BuiltWorklist {
  const kept = patchedRead<KeptWorklist>(
    db.sqlite,
    {
      name: 'worklist',
      keyed: [
        ['service_records', 'person_id'],
        ['employment_spells', 'person_id'],
        ['employment_wishes', 'person_id'],
        ['unemployment_registrations', 'person_id'],
        ['difficulty_recognitions', 'person_id'],
        ['persons', 'id'],
      ],
      patchedOn: ['family_episodes', 'assessments', 'standards', 'vacancies', 'employers'],
      whole: ['communities', 'households', 'household_memberships', 'household_flags', 'settings', 'calendar_days'],
      params: JSON.stringify([asOf, communityId]),
    },
    () => keptFrom(buildAfresh(db, contextOf(db, asOf, communityId))),
    (previous, changed) => patchWorklist(db, contextOf(db, asOf, communityId), previous, changed),
  );
  return kept.built;
}
