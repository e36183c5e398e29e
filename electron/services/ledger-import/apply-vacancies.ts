/**
 * 岗位台账 (kind `vacancies`): each row is a vacancy of an employer, written through the employers' and vacancies'
 * own services under the rules of 用工单位's forms. The employer is named by its name (the street's key for an
 * employer; no other code is stored): a name not in the database is a new employer, shown as new; an employer
 * whose 联系人及电话 the row gives differently is updated, shown field by field. A vacancy is named by its employer,
 * title and 发布日期 (as the standard workbook names it): the same one in the database is unchanged, or updated
 * with what the row gives differently; what the row leaves empty stays as it is.
 */
import { CreateEmployerInput, CreateVacancyInput, FillVacancyInput, UpdateEmployerInput, UpdateVacancyInput } from '../../../shared/contract/employers';
import type { ColumnsByField } from '../../../shared/domain/ledger-import/check-row';
import type { VacancyValues } from '../../../shared/domain/ledger-import/check-vacancy-row';
import type { DeskDatabase } from '../../../db/open-database';
import { findEmployerByName } from '../../../db/repositories/employers/employers-repo';
import { listVacancies } from '../../../db/repositories/employers/vacancies-repo';
import type { CallerContext } from '../context';
import { createEmployer, editEmployer } from '../employers/employers-service';
import { createVacancy, editVacancy, fillVacancyOn } from '../employers/vacancies-service';
import { fieldError } from '../registry/person-rules';
import { applyRow, headerOf, markKeyDuplicates, serviceInput } from './apply-rows';
import type { ApplyMode, RowOutcome } from './apply-rows';
import type { Difference, PlannedRow } from './plan-ledger';

export interface VacancyCounts {
  employers: { new: number; changed: number };
  vacancies: { new: number; changed: number };
}

type Complete = VacancyValues & { employer: string; title: string; posts: number; openedOn: string };

function vacancyOf(row: PlannedRow): Complete | null {
  const v = row.values.vacancy;
  if (row.status !== 'valid' || v === null || v.employer === null || v.title === null || v.posts === null || v.openedOn === null) return null;
  return { ...v, employer: v.employer, title: v.title, posts: v.posts, openedOn: v.openedOn };
}

/** The same employer, title and 发布日期 twice in the file: the later row is the duplicate. */
export function markVacancyDuplicates(rows: PlannedRow[], columns: ColumnsByField): void {
  markKeyDuplicates(
    rows,
    (row) => {
      const v = vacancyOf(row);
      return v === null ? null : `${v.employer}|${v.title}|${v.openedOn}`;
    },
    headerOf(columns, 'vacancyTitle'),
    '岗位（同一单位、同一岗位名称、同一发布日期）',
  );
}

const PATH_FIELD = {
  name: 'employer',
  employerId: 'employer',
  contact: 'employerContact',
  title: 'vacancyTitle',
  posts: 'posts',
  skills: 'vacancySkills',
  wage: 'wage',
  openedOn: 'openedOn',
  filledOn: 'filledOn',
  publicWelfare: 'publicWelfare',
  developedByCommunity: 'developedByCommunity',
} as const;

function columnOf(columns: ColumnsByField): (path: string) => string {
  return (path) => headerOf(columns, path in PATH_FIELD ? PATH_FIELD[path as keyof typeof PATH_FIELD] : 'vacancyTitle');
}

const yesNo = (v: boolean) => (v ? '是' : '否');
const shown = (v: string | number | null) => (v === null ? null : String(v));

interface Outcomes {
  employer: 'new' | 'update' | null;
  vacancy: 'new' | 'update' | null;
}

function applyVacancyRow(db: DeskDatabase, ctx: CallerContext, today: string, v: Complete, seen: Outcomes): RowOutcome {
  const differences: Difference[] = [];
  let employer = findEmployerByName(db, v.employer);
  if (!employer) {
    employer = createEmployer(db, ctx, today, serviceInput(db, ctx, 'employers.create', CreateEmployerInput, { name: v.employer, contact: v.contact ?? undefined }));
    seen.employer = 'new';
    differences.push({ field: '用工单位', before: null, after: `新建：${v.employer}${v.contact === null ? '' : `（${v.contact}）`}` });
  } else if (v.contact !== null && v.contact !== employer.contact) {
    const input = serviceInput(db, ctx, 'employers.update', UpdateEmployerInput, { id: employer.id, version: employer.version, name: employer.name, contact: v.contact, pairedCommunityId: employer.pairedCommunityId, pairedOn: employer.pairedOn });
    differences.push({ field: '单位联系人及电话', before: employer.contact, after: v.contact });
    employer = editEmployer(db, ctx, today, input);
    seen.employer = 'update';
  }
  const existing = listVacancies(db, { status: 'all', query: null, employerId: employer.id, limit: 10_000 }).find((x) => x.title === v.title && x.openedOn === v.openedOn);
  let vacancy: { id: number; version: number; filledOn: string | null };
  if (!existing) {
    // A community clerk's vacancies are the own community's (as 用工单位's form gives them); the street's are 不限.
    const input = { employerId: employer.id, communityId: ctx.role === 'community_clerk' ? ctx.communityId : null, title: v.title, posts: v.posts, skills: v.skills ?? undefined, wage: v.wage, openedOn: v.openedOn, publicWelfare: v.publicWelfare ?? false, developedByCommunity: v.developedByCommunity ?? false };
    vacancy = createVacancy(db, ctx, today, serviceInput(db, ctx, 'vacancies.create', CreateVacancyInput, input));
    seen.vacancy = 'new';
    differences.push({ field: '岗位', before: null, after: `新增：${v.title}（${v.posts} 人，${v.openedOn} 发布）` });
  } else {
    const next = { posts: v.posts, skills: v.skills ?? existing.skills, wage: v.wage ?? existing.wage, publicWelfare: v.publicWelfare ?? existing.publicWelfare, developedByCommunity: v.developedByCommunity ?? existing.developedByCommunity };
    const changed: Difference[] = [];
    if (next.posts !== existing.posts) changed.push({ field: '招聘人数', before: shown(existing.posts), after: shown(next.posts) });
    if (next.skills !== existing.skills) changed.push({ field: '岗位要求', before: existing.skills, after: next.skills });
    if (next.wage !== existing.wage) changed.push({ field: '薪资', before: shown(existing.wage), after: shown(next.wage) });
    if (next.publicWelfare !== existing.publicWelfare) changed.push({ field: '公益性岗位', before: yesNo(existing.publicWelfare), after: yesNo(next.publicWelfare) });
    if (next.developedByCommunity !== existing.developedByCommunity) changed.push({ field: '社区开发岗位', before: yesNo(existing.developedByCommunity), after: yesNo(next.developedByCommunity) });
    vacancy = existing;
    if (changed.length > 0) {
      const input = serviceInput(db, ctx, 'vacancies.update', UpdateVacancyInput, { id: existing.id, version: existing.version, communityId: existing.communityId, title: existing.title, openedOn: existing.openedOn, ...next });
      vacancy = editVacancy(db, ctx, today, input);
      differences.push(...changed);
      seen.vacancy = 'update';
    }
  }
  if (v.filledOn !== null) {
    if (vacancy.filledOn === null) {
      fillVacancyOn(db, ctx, today, serviceInput(db, ctx, 'vacancies.fill', FillVacancyInput, { id: vacancy.id, version: vacancy.version, filledOn: v.filledOn }));
      differences.push({ field: '招满日期', before: null, after: v.filledOn });
      if (seen.vacancy === null) seen.vacancy = 'update';
    } else if (vacancy.filledOn !== v.filledOn) {
      throw fieldError('CONFLICT', 'filledOn', `库中此岗位已于 ${vacancy.filledOn} 招满，与本行的招满日期 ${v.filledOn} 不同；导入不改，请在“用工单位”页核对`);
    }
  }
  const change = seen.vacancy === 'new' ? 'new' : seen.vacancy === 'update' || seen.employer !== null ? 'update' : 'unchanged';
  return { change, differences, warnings: [] };
}

/** Applies the valid rows in file order, each in a savepoint; returns the employers and vacancies added and changed. */
export function applyVacancyRows(db: DeskDatabase, ctx: CallerContext, today: string, rows: PlannedRow[], columns: ColumnsByField, mode: ApplyMode): VacancyCounts {
  const counts: VacancyCounts = { employers: { new: 0, changed: 0 }, vacancies: { new: 0, changed: 0 } };
  for (const row of rows) {
    const v = vacancyOf(row);
    if (v === null) continue;
    const seen: Outcomes = { employer: null, vacancy: null };
    const outcome = applyRow(db, row, mode, columnOf(columns), () => {
      seen.employer = null;
      seen.vacancy = null;
      return applyVacancyRow(db, ctx, today, v, seen);
    });
    if (outcome === null) continue;
    if (seen.employer === 'new') counts.employers.new += 1;
    else if (seen.employer === 'update') counts.employers.changed += 1;
    if (seen.vacancy === 'new') counts.vacancies.new += 1;
    else if (seen.vacancy === 'update') counts.vacancies.changed += 1;
  }
  return counts;
}
