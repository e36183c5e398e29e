import { z } from 'zod';
import { Empty, IsoDate, NonEmptyName, OptionalText, StreetCode } from './common';

export const Street = z.object({
  code: z.string(),
  name: z.string(),
  complaintPhone: z.string().nullable(),
  complaintMailbox: z.string().nullable(),
});
export type Street = z.infer<typeof Street>;

export const CallerInfo = z.object({
  username: z.string(),
  displayName: z.string(),
  role: z.enum(['admin', 'street_clerk', 'community_clerk', 'inspector']),
});

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
});
export type SystemStatus = z.infer<typeof SystemStatus>;

export const SetupStreetInput = z.strictObject({
  code: StreetCode,
  name: NonEmptyName('街道名称', 40),
  complaintPhone: OptionalText('举报电话', 40).optional(),
  complaintMailbox: OptionalText('举报信箱', 100).optional(),
});
export type SetupStreetInput = z.infer<typeof SetupStreetInput>;

export const systemContract = {
  'system.status': { input: Empty, output: SystemStatus, access: 'read' },
  'system.setupStreet': { input: SetupStreetInput, output: Street, access: 'admin' },
} as const;
