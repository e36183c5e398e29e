import { AppError } from '../../../shared/app-error';
import type {
  CreateVacancyInput,
  FillVacancyInput,
  UpdateVacancyInput,
  Vacancy,
} from '../../../shared/contract/employers';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { findCommunityById } from '../../../db/repositories/communities/communities-repo';
import { fillVacancy, findVacancy, insertVacancy, listVacancies, updateVacancy } from '../../../db/repositories/employers/vacancies-repo';
import { findEmployer } from '../../../db/repositories/employers/employers-repo';
import type { VacancyRow } from '../../../db/repositories/employers/vacancies-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { checkNotFuture, fieldError, foundById, RuleProblems } from '../registry/person-rules';

function reloadVacancy(db: DeskDatabase, id: number): VacancyRow {
  return foundById(findVacancy(db, id), '找不到该岗位，可能已被他人修改，请刷新后重试');
}

function checkCommunity(db: DeskDatabase, problems: RuleProblems, communityId: number | null): void {
  if (communityId !== null && !findCommunityById(db, communityId)) problems.add('communityId', '找不到该社区，请刷新后重试');
}

/** The standard workbook names a vacancy by its employer, title and opening day: two may not share them. */
function checkSameDay(db: DeskDatabase, problems: RuleProblems, employerId: number, title: string, openedOn: string, selfId: number | null): void {
  const clash = listVacancies(db, { status: 'all', query: null, employerId, limit: 10_000 }).find((v) => v.id !== selfId && v.title === title && v.openedOn === openedOn);
  if (clash) problems.add('openedOn', `该单位在 ${openedOn} 已发布过“${title}”岗位；同名岗位同一天只能发布一次，请修改发布日期或岗位名称`);
}

function requireVersion(before: VacancyRow, version: number): void {
  if (before.version !== version) {
    throw new AppError('CONFLICT', `岗位“${before.title}”已被他人修改（当前版本 ${before.version}），请刷新后重试`);
  }
}

export function createVacancy(db: DeskDatabase, ctx: CallerContext, today: string, input: CreateVacancyInput): Vacancy {
  return inTransaction(db, () => {
    const problems = new RuleProblems();
    if (!findEmployer(db, input.employerId)) problems.add('employerId', '找不到该用人单位，请刷新后重试');
    const communityId = input.communityId ?? null;
    checkCommunity(db, problems, communityId);
    checkNotFuture(problems, today, 'openedOn', input.openedOn, '发布日期');
    checkSameDay(db, problems, input.employerId, input.title, input.openedOn, null);
    problems.throwIfAny();
    const id = insertVacancy(db, {
      employerId: input.employerId,
      communityId,
      title: input.title,
      posts: input.posts,
      skills: input.skills ?? null,
      wage: input.wage ?? null,
      openedOn: input.openedOn,
      publicWelfare: input.publicWelfare,
      developedByCommunity: input.developedByCommunity,
    });
    const row = reloadVacancy(db, id);
    recordAudit(db, { username: ctx.username, action: 'create', entity: 'vacancy', entityKey: String(id), after: row });
    return row;
  });
}

/** Everything but the employer and the 招满日期; a stale version is a conflict. */
export function editVacancy(db: DeskDatabase, ctx: CallerContext, today: string, input: UpdateVacancyInput): Vacancy {
  return inTransaction(db, () => {
    const before = reloadVacancy(db, input.id);
    requireVersion(before, input.version);
    const problems = new RuleProblems();
    checkCommunity(db, problems, input.communityId);
    checkNotFuture(problems, today, 'openedOn', input.openedOn, '发布日期');
    if (before.filledOn !== null && input.openedOn > before.filledOn) {
      problems.add('openedOn', `发布日期不能晚于招满日期（${before.filledOn}）`);
    }
    checkSameDay(db, problems, before.employerId, input.title, input.openedOn, before.id);
    problems.throwIfAny();
    const { id: _id, version: _version, ...values } = input;
    if (!updateVacancy(db, before.id, input.version, values)) {
      throw new AppError('CONFLICT', `岗位“${before.title}”已被他人修改，请刷新后重试`);
    }
    const after = reloadVacancy(db, before.id);
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'vacancy', entityKey: String(after.id), before, after });
    return after;
  });
}

export function fillVacancyOn(db: DeskDatabase, ctx: CallerContext, today: string, input: FillVacancyInput): Vacancy {
  return inTransaction(db, () => {
    const before = reloadVacancy(db, input.id);
    requireVersion(before, input.version);
    if (before.filledOn !== null) throw fieldError('CONFLICT', 'filledOn', `岗位“${before.title}”已于 ${before.filledOn} 招满`);
    const problems = new RuleProblems();
    checkNotFuture(problems, today, 'filledOn', input.filledOn, '招满日期');
    if (input.filledOn < before.openedOn) problems.add('filledOn', `招满日期不能早于发布日期（${before.openedOn}）`);
    problems.throwIfAny();
    if (!fillVacancy(db, before.id, input.version, input.filledOn)) {
      throw new AppError('CONFLICT', `岗位“${before.title}”已被他人修改，请刷新后重试`);
    }
    const after = reloadVacancy(db, before.id);
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'vacancy', entityKey: String(after.id), before, after });
    return after;
  });
}
