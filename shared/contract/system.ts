import { z } from 'zod';
import { UserName } from './admin';
import { Empty, IsoDate, NonEmptyName, OptionalText, StreetCode } from './common';

export const Street = z.object({
  code: z.string(),
  name: z.string(),
  complaintPhone: z.string().nullable(),
  complaintMailbox: z.string().nullable(),
});
export type Street = z.infer<typeof Street>;

export const CallerInfo = UserName;

export const SystemStatus = z.object({
  appVersion: z.string(),
  dataDir: z.string(),
  dbPath: z.string(),
  schemaVersion: z.number().int(),
  latestSchemaVersion: z.number().int(),
  street: Street.nullable(),
  caller: CallerInfo,
  transport: z.enum(['electron', 'browser']),
  /** The server's today (the pinned date when pinned). */
  today: IsoDate,
  /** The date DESK_TODAY / --today pinned the server's clock to; null on the real clock. */
  pinnedToday: IsoDate.nullable(),
  /** The app is on the demo's own database (demo.sqlite), not the office's: the shell says 演示数据. */
  demo: z.boolean(),
});
export type SystemStatus = z.infer<typeof SystemStatus>;

export const SetupStreetInput = z.strictObject({
  code: StreetCode,
  name: NonEmptyName('街道名称', 40),
  complaintPhone: OptionalText('举报电话', 40).optional(),
  complaintMailbox: OptionalText('举报信箱', 100).optional(),
});
export type SetupStreetInput = z.infer<typeof SetupStreetInput>;

/** The database as the CLI's `info` shows it: versions, the street, and the rows of every table (by table name). */
export const SystemInfo = SystemStatus.pick({ appVersion: true, dbPath: true, schemaVersion: true, latestSchemaVersion: true, street: true }).extend({
  counts: z.record(z.string(), z.number().int()),
});
export type SystemInfo = z.infer<typeof SystemInfo>;

export const IntegrityProblem = z.object({
  message: z.string(),
  /** The table the problem is in (an index's table), when SQLite names one. */
  table: z.string().nullable(),
  index: z.string().nullable(),
});
export type IntegrityProblem = z.infer<typeof IntegrityProblem>;

export const ForeignKeyProblem = z.object({ table: z.string(), rowid: z.number().int().nullable(), parent: z.string() });

/** The full check (integrity_check: every page, every row against every index) and the foreign keys; empty lists: sound. */
export const IntegrityCheck = z.object({ integrity: z.array(IntegrityProblem), foreignKeys: z.array(ForeignKeyProblem) });
export type IntegrityCheck = z.infer<typeof IntegrityCheck>;

export const systemContract = {
  'system.status': { input: Empty, output: SystemStatus, access: 'read' },
  'system.setupStreet': { input: SetupStreetInput, output: Street, access: 'admin' },
  'system.info': { input: Empty, output: SystemInfo, access: 'read' },
  'system.check': { input: Empty, output: IntegrityCheck, access: 'read' },
} as const;
