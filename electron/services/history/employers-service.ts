import { AppError } from '../../../shared/app-error';
import type {
  CreateEmployerInput,
  CreateVacancyInput,
  Employer,
  FillVacancyInput,
  Vacancy,
} from '../../../shared/contract/history';
import { recordAudit } from '../../../db/repositories/audit-repo';
import { findCommunityById } from '../../../db/repositories/communities-repo';
import {
  fillVacancy,
  findEmployer,
  findEmployerByName,
  findVacancy,
  insertEmployer,
  insertVacancy,
} from '../../../db/repositories/history-employers-repo';
import type { VacancyRow } from '../../../db/repositories/history-employers-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { checkNotFuture, fieldError, RuleProblems } from './rules';

export function createEmployer(db: DeskDatabase, ctx: CallerContext, today: string, input: CreateEmployerInput): Employer {
  return inTransaction(db, () => {
    const clash = findEmployerByName(db, input.name);
    if (clash) throw fieldError('CONFLICT', 'name', `用人单位“${input.name}”已登记，请直接选用`);
    const pairedCommunityId = input.pairedCommunityId ?? null;
    const pairedOn = input.pairedOn ?? null;
    const problems = new RuleProblems();
    if (pairedCommunityId !== null && !findCommunityById(db, pairedCommunityId)) {
      problems.add('pairedCommunityId', '找不到该社区，请刷新后重试');
    }
    if (pairedOn !== null) {
      if (pairedCommunityId === null) problems.add('pairedOn', '填写结对日期时须选择结对社区');
      checkNotFuture(problems, today, 'pairedOn', pairedOn, '结对日期');
    }
    problems.throwIfAny();
    const row = insertEmployer(db, { name: input.name, contact: input.contact ?? null, pairedCommunityId, pairedOn });
    recordAudit(db, { username: ctx.username, action: 'create', entity: 'employer', entityKey: String(row.id), after: row });
    return row;
  });
}

function reloadVacancy(db: DeskDatabase, id: number): VacancyRow {
  const row = findVacancy(db, id);
  if (!row) throw fieldError('NOT_FOUND', 'id', '找不到该岗位，可能已被他人修改，请刷新后重试');
  return row;
}

export function createVacancy(db: DeskDatabase, ctx: CallerContext, today: string, input: CreateVacancyInput): Vacancy {
  return inTransaction(db, () => {
    const problems = new RuleProblems();
    if (!findEmployer(db, input.employerId)) problems.add('employerId', '找不到该用人单位，请刷新后重试');
    const communityId = input.communityId ?? null;
    if (communityId !== null && !findCommunityById(db, communityId)) problems.add('communityId', '找不到该社区，请刷新后重试');
    checkNotFuture(problems, today, 'openedOn', input.openedOn, '发布日期');
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

export function fillVacancyOn(db: DeskDatabase, ctx: CallerContext, today: string, input: FillVacancyInput): Vacancy {
  return inTransaction(db, () => {
    const before = reloadVacancy(db, input.id);
    if (before.version !== input.version) {
      throw new AppError('CONFLICT', `岗位“${before.title}”已被他人修改（当前版本 ${before.version}），请刷新后重试`);
    }
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
