/** The street's own details (the 街道信息 page): read, and saved audited in one transaction with a version check. */
import { AppError } from '../../../shared/app-error';
import type { SaveStreetDetailsInput, StreetDetails } from '../../../shared/contract/street';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { getStreetDetails, updateStreetDetails } from '../../../db/repositories/system/street-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';

function notSetUp(): AppError {
  return new AppError('NOT_READY', '街道尚未设置，请先完成首次设置（街道名称和代码）');
}

export function streetDetails(db: DeskDatabase): StreetDetails {
  const row = getStreetDetails(db);
  if (!row) throw notSetUp();
  return row;
}

export function saveStreetDetails(db: DeskDatabase, ctx: CallerContext, input: SaveStreetDetailsInput): StreetDetails {
  return inTransaction(db, () => {
    const before = getStreetDetails(db);
    if (!before) throw notSetUp();
    if (before.version !== input.version) {
      throw new AppError('CONFLICT', `街道信息已被他人修改（当前版本 ${before.version}），请刷新后重新编辑`);
    }
    const value = { name: input.name, complaintPhone: input.complaintPhone, complaintMailbox: input.complaintMailbox, preparer: input.preparer, address: input.address };
    if (!updateStreetDetails(db, input.version, value)) {
      throw new AppError('CONFLICT', '街道信息已被他人修改，请刷新后重新编辑');
    }
    const after = streetDetails(db);
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'street', entityKey: before.code, before, after });
    return after;
  });
}
