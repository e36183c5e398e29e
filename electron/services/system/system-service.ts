import { AppError } from '../../../shared/app-error';
import { pinnedToday } from '../../../shared/clock';
import type { IntegrityCheck, SetupStreetInput, Street, SystemInfo, SystemStatus } from '../../../shared/contract/system';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { checkIntegrity, tableCounts } from '../../../db/repositories/system/maintenance-repo';
import { listCommunitiesWithCounts } from '../../../db/repositories/communities/communities-repo';
import { getStreet, saveStreet } from '../../../db/repositories/system/street-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';

export interface RuntimeInfo {
  appVersion: string;
  dataDir: string;
  transport: 'electron' | 'browser';
  /** The handler table serves the demo's own database. */
  demo?: boolean;
}

export function systemStatus(db: DeskDatabase, info: RuntimeInfo, ctx: CallerContext, today: string): SystemStatus {
  return {
    appVersion: info.appVersion,
    dataDir: info.dataDir,
    dbPath: db.path,
    schemaVersion: db.schemaVersion,
    latestSchemaVersion: db.latestSchemaVersion,
    street: getStreet(db),
    caller: { username: ctx.username, displayName: ctx.displayName, role: ctx.role },
    transport: info.transport,
    today,
    pinnedToday: pinnedToday(),
    demo: info.demo === true,
  };
}

/** Versions, the street and the rows of every table. */
export function systemInfo(db: DeskDatabase, info: RuntimeInfo): SystemInfo {
  const counts = tableCounts(db);
  const street = getStreet(db);
  return {
    appVersion: info.appVersion,
    dbPath: db.path,
    schemaVersion: db.schemaVersion,
    latestSchemaVersion: db.latestSchemaVersion,
    street,
    counts,
  };
}

/** The full check of the open database (integrity_check and foreign_key_check), naming tables and indexes. */
export function checkDatabase(db: DeskDatabase): IntegrityCheck {
  return checkIntegrity(db.sqlite);
}

export function setupStreet(db: DeskDatabase, ctx: CallerContext, input: SetupStreetInput): Street {
  return inTransaction(db, () => {
    const before = getStreet(db);
    if (before && before.code !== input.code) {
      const mismatched = listCommunitiesWithCounts(db).filter((c) => !c.code.startsWith(input.code));
      if (mismatched.length > 0) {
        throw AppError.invalid(
          `已有 ${mismatched.length} 个社区的代码不以 ${input.code} 开头（如 ${mismatched[0]?.name}），不能改为该街道代码`,
          [{ path: 'code', message: '与现有社区代码不一致' }],
        );
      }
    }
    const value: Street = {
      code: input.code,
      name: input.name,
      complaintPhone: input.complaintPhone ?? before?.complaintPhone ?? null,
      complaintMailbox: input.complaintMailbox ?? before?.complaintMailbox ?? null,
    };
    saveStreet(db, value);
    recordAudit(db, { username: ctx.username, action: 'setup', entity: 'street', entityKey: value.code, before, after: value });
    return value;
  });
}
