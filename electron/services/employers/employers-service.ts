import { AppError } from '../../../shared/app-error';
import type { CreateEmployerInput, Employer, UpdateEmployerInput } from '../../../shared/contract/employers';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { findCommunityById } from '../../../db/repositories/communities/communities-repo';
import { findEmployer, findEmployerByName, insertEmployer, updateEmployer } from '../../../db/repositories/employers/employers-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { checkNotFuture, fieldError, foundById, RuleProblems } from '../registry/person-rules';

interface EmployerFields {
  name: string;
  contact: string | null;
  pairedCommunityId: number | null;
  pairedOn: string | null;
}

/** The name is the street's key for an employer; 结对 needs a community that exists, and its date no later than today. */
function checkEmployer(db: DeskDatabase, today: string, fields: EmployerFields, selfId: number | null): void {
  const clash = findEmployerByName(db, fields.name);
  if (clash && clash.id !== selfId) throw fieldError('CONFLICT', 'name', `用人单位“${fields.name}”已登记，请直接选用`);
  const problems = new RuleProblems();
  if (fields.pairedCommunityId !== null && !findCommunityById(db, fields.pairedCommunityId)) {
    problems.add('pairedCommunityId', '找不到该社区，请刷新后重试');
  }
  if (fields.pairedOn !== null) {
    if (fields.pairedCommunityId === null) problems.add('pairedOn', '填写结对日期时须选择结对社区');
    checkNotFuture(problems, today, 'pairedOn', fields.pairedOn, '结对日期');
  }
  problems.throwIfAny();
}

export function createEmployer(db: DeskDatabase, ctx: CallerContext, today: string, input: CreateEmployerInput): Employer {
  return inTransaction(db, () => {
    const fields: EmployerFields = {
      name: input.name,
      contact: input.contact ?? null,
      pairedCommunityId: input.pairedCommunityId ?? null,
      pairedOn: input.pairedOn ?? null,
    };
    checkEmployer(db, today, fields, null);
    const row = insertEmployer(db, fields);
    recordAudit(db, { username: ctx.username, action: 'create', entity: 'employer', entityKey: String(row.id), after: row });
    return row;
  });
}

/** Name, contact and 结对 (community and date), all at once; a stale version is a conflict. */
export function editEmployer(db: DeskDatabase, ctx: CallerContext, today: string, input: UpdateEmployerInput): Employer {
  return inTransaction(db, () => {
    const before = foundById(findEmployer(db, input.id), '找不到该用人单位，请刷新后重试');
    if (before.version !== input.version) {
      throw new AppError('CONFLICT', `用人单位“${before.name}”已被他人修改（当前版本 ${before.version}），请刷新后重试`);
    }
    const fields: EmployerFields = {
      name: input.name,
      contact: input.contact,
      pairedCommunityId: input.pairedCommunityId,
      pairedOn: input.pairedOn,
    };
    checkEmployer(db, today, fields, before.id);
    const after = updateEmployer(db, before.id, input.version, fields);
    if (!after) throw new AppError('CONFLICT', `用人单位“${before.name}”已被他人修改，请刷新后重试`);
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'employer', entityKey: String(after.id), before, after });
    return after;
  });
}
