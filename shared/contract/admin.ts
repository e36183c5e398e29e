/** [admin] Users and sign-in, the audit trail, reveals, backups and restore, and the admin's own settings. */
import { z } from 'zod';
import { Empty, Id, IsoDate } from './common';
import { Download, FileRef } from './workbook';

export const RoleName = z.enum(['admin', 'street_clerk', 'community_clerk', 'inspector'], { message: '角色应为街道管理员、街道经办人、社区经办人或检查人员' });

/** Password rules (issue #13): at least 10 characters; at most 128 (a hash of a book is no password). */
export const Password = z
  .string()
  .min(10, { message: '密码至少 10 个字符' })
  .max(128, { message: '密码不能超过 128 个字符' });

export const Username = z
  .string()
  .trim()
  .min(2, { message: '用户名至少 2 个字符' })
  .max(32, { message: '用户名不能超过 32 个字符' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: '用户名只能用字母、数字和 . _ -，并以字母或数字开头' });

export const DisplayName = z.string().trim().min(1, { message: '姓名不能为空' }).max(30, { message: '姓名不能超过 30 个字' });

/** Who a user is, as the shell and the API's caller show them. */
export const UserName = z.object({ username: z.string(), displayName: z.string(), role: RoleName });

/** A user's account as it reads: the community (a community clerk's) and whether the password must change. */
const userAccount = {
  ...UserName.shape,
  communityId: z.number().int().nullable(),
  communityName: z.string().nullable(),
  mustChangePassword: z.boolean(),
};

export const SignedInUser = z.object(userAccount);
export type SignedInUser = z.infer<typeof SignedInUser>;

export const AuthStatus = z.object({
  /** False until the street admin has been created (the first start). */
  hasAdmin: z.boolean(),
  user: SignedInUser.nullable(),
  /** Minutes without use after which the screen locks (a setting). */
  autoLockMinutes: z.number().int(),
  /** Why the last session ended, shown on the sign-in screen: locked for being idle. */
  lockedForIdle: z.boolean(),
});
export type AuthStatus = z.infer<typeof AuthStatus>;

export const SignInInput = z.strictObject({ username: z.string().trim().min(1, { message: '请输入用户名' }).max(64), password: z.string().min(1, { message: '请输入密码' }).max(256) });
export const CreateFirstAdminInput = z.strictObject({ username: Username, displayName: DisplayName, password: Password });
export const ChangePasswordInput = z.strictObject({ current: z.string().min(1, { message: '请输入当前密码' }).max(256), next: Password });

export const UserSummary = z.object({
  id: Id,
  ...userAccount,
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastSignInAt: z.string().nullable(),
});
export type UserSummary = z.infer<typeof UserSummary>;

/** What the admin sets of a user, on 新增 and on 修改. */
const userAccess = { displayName: DisplayName, role: RoleName, communityId: Id.nullable() };

export const CreateUserInput = z.strictObject({ username: Username, ...userAccess, password: Password });
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const UpdateUserInput = z.strictObject({ id: Id, ...userAccess, active: z.boolean() });
export type UpdateUserInput = z.infer<typeof UpdateUserInput>;

export const ResetPasswordInput = z.strictObject({ id: Id, password: Password });

export const AuditAction = z.enum([
  'create',
  'update',
  'archive',
  'import',
  'export',
  'setup',
  'reveal',
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'locked',
  'refused',
  'password',
  'backup',
  'restore',
]);

export const AuditQuery = z.strictObject({
  username: z.string().trim().max(64).nullish(),
  entity: z.string().trim().max(64).nullish(),
  entityKey: z.string().trim().max(64).nullish(),
  action: z.string().trim().max(32).nullish(),
  from: IsoDate.nullish(),
  to: IsoDate.nullish(),
  limit: z.number().int().min(1).max(5000).default(500),
  /** Rows older than this id (paging back). */
  beforeId: z.number().int().positive().nullish(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditRow = z.object({
  id: z.number().int(),
  at: z.string(),
  username: z.string(),
  action: z.string(),
  entity: z.string(),
  entityKey: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditRow = z.infer<typeof AuditRow>;

export const AuditPage = z.object({ rows: z.array(AuditRow), more: z.boolean() });
export type AuditPage = z.infer<typeof AuditPage>;

export const RevealInput = z.strictObject({ personId: Id, field: z.enum(['idNumber', 'phone']) });
export const Revealed = z.object({ value: z.string().nullable() });

export const BackupInfo = z.object({
  fileName: z.string(),
  street: z.string(),
  schemaVersion: z.number().int(),
  createdAt: z.string(),
  sha256: z.string(),
  bytes: z.number().int(),
  reason: z.string(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const BackupList = z.object({ folder: z.string(), keep: z.number().int(), backups: z.array(BackupInfo) });

export const ManualBackupInput = z.strictObject({ file: FileRef.nullable() });
export const ManualBackupResult = z.object({ backup: BackupInfo, download: Download.nullable() });

/** Restore from a file the user picked, or from one of the backups folder's files by name. */
export const RestoreInput = z.strictObject({ file: FileRef.nullable(), fileName: z.string().max(200).nullable() });
export const RestoreResult = z.object({ restored: BackupInfo, safetyBackup: z.string() });

export const AdminSettings = z.object({
  autoLockMinutes: z.number().int().min(1, { message: '自动锁定时间至少 1 分钟' }).max(240, { message: '自动锁定时间不能超过 240 分钟' }),
  backupKeep: z.number().int().min(1, { message: '至少保留 1 个备份' }).max(100, { message: '最多保留 100 个备份' }),
});
export type AdminSettings = z.infer<typeof AdminSettings>;

export const adminContract = {
  'auth.status': { input: Empty, output: AuthStatus, access: 'public' },
  'auth.signIn': { input: SignInInput, output: AuthStatus, access: 'public' },
  'auth.createFirstAdmin': { input: CreateFirstAdminInput, output: AuthStatus, access: 'public' },
  'auth.signOut': { input: z.strictObject({ idle: z.boolean().optional() }), output: AuthStatus, access: 'public' },
  'auth.changePassword': { input: ChangePasswordInput, output: AuthStatus, access: 'self' },
  'users.list': { input: Empty, output: z.array(UserSummary), access: 'admin' },
  'users.create': { input: CreateUserInput, output: UserSummary, access: 'admin' },
  'users.update': { input: UpdateUserInput, output: UserSummary, access: 'admin' },
  'users.resetPassword': { input: ResetPasswordInput, output: UserSummary, access: 'admin' },
  'audit.list': { input: AuditQuery, output: AuditPage, access: 'admin' },
  'audit.ofPerson': { input: z.strictObject({ personId: Id }), output: z.array(AuditRow), access: 'read' },
  'persons.reveal': { input: RevealInput, output: Revealed, access: 'reveal' },
  'backup.list': { input: Empty, output: BackupList, access: 'admin' },
  'backup.create': { input: ManualBackupInput, output: ManualBackupResult, access: 'admin' },
  'backup.restore': { input: RestoreInput, output: RestoreResult, access: 'admin' },
  'adminSettings.get': { input: Empty, output: AdminSettings, access: 'read' },
  'adminSettings.set': { input: AdminSettings.strict(), output: AdminSettings, access: 'admin' },
} as const;
