/** The [admin] methods: sign-in, users, the audit trail, reveals, backups and restore, the admin's settings. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/app-error';
import { nowIso } from '../../../shared/clock';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import type { DeskDatabase } from '../../../db/open-database';
import type { FileRegistry } from '../files/file-registry';
import type { Handler } from '../handlers';
import { backupsDirOf, createBackup, listBackupFiles, rotateBackups, toBackupInfo } from '../backup/backup-service';
import type { BackupWriteIo } from '../backup/backup-file';
import { BACKUP_EXTENSION } from '../backup/backup-file';
import { restoreFromBackup } from '../backup/restore';
import { readAdminSettings, setAdminSettings } from '../settings/admin-settings';
import { listAuditTrail, personHistory } from './audit-service';
import { authStatus, changePassword, createFirstAdmin, signIn, signOut } from './auth-service';
import { revealPersonField } from './reveal-service';
import type { Sessions } from './sessions';
import { createUser, editUser, listUsers, resetPassword } from './users-service';

type AdminMethod =
  | 'auth.status'
  | 'auth.signIn'
  | 'auth.createFirstAdmin'
  | 'auth.signOut'
  | 'auth.changePassword'
  | 'users.list'
  | 'users.create'
  | 'users.update'
  | 'users.resetPassword'
  | 'audit.list'
  | 'audit.ofPerson'
  | 'persons.reveal'
  | 'backup.list'
  | 'backup.create'
  | 'backup.restore'
  | 'adminSettings.get'
  | 'adminSettings.set';

export type AdminHandlers = { [M in AdminMethod]: Handler<M> };

export interface AdminDeps {
  db: DeskDatabase;
  sessions: Sessions;
  clock(): number;
  files: FileRegistry;
  dataDir: string;
  tempDir: string;
  migrationsDir: string;
  /** Replaced in tests to simulate a full disk. */
  backupIo?: BackupWriteIo;
  /** The handlers serve the demo's own database: a manual backup's file name says 演示数据. */
  demo?: boolean;
}

function fileStamp(): string {
  return nowIso().replace(/[-:]/g, '').replace('T', '-').replace(/\..+$/, '');
}

export function adminHandlers(deps: AdminDeps): AdminHandlers {
  const { db } = deps;
  const auth = { db, sessions: deps.sessions, clock: deps.clock };
  const backupDeps = () => ({ db, backupsDir: backupsDirOf(deps.dataDir), tempDir: deps.tempDir, io: deps.backupIo });
  return {
    'auth.status': (ctx) => authStatus(auth, ctx),
    'auth.signIn': (ctx, input) => signIn(auth, ctx, input),
    'auth.createFirstAdmin': (ctx, input) => createFirstAdmin(auth, ctx, input),
    'auth.signOut': (ctx, input) => signOut(auth, ctx, input.idle === true),
    'auth.changePassword': (ctx, input) => changePassword(auth, ctx, input),
    'users.list': () => listUsers(db),
    'users.create': (ctx, input) => createUser(db, ctx, input),
    'users.update': (ctx, input) => editUser(db, ctx, input),
    'users.resetPassword': (ctx, input) => resetPassword(db, ctx, input),
    'audit.list': (_ctx, input) => listAuditTrail(db, input),
    'audit.ofPerson': (_ctx, input) => personHistory(db, input.personId),
    'persons.reveal': (ctx, input) => revealPersonField(db, ctx, input),
    'backup.list': () => {
      const folder = backupsDirOf(deps.dataDir);
      return { folder, keep: readAdminSettings(db).backupKeep, backups: listBackupFiles(folder).map((b) => toBackupInfo(b.path, b.info)) };
    },
    'backup.create': async (ctx, input) => {
      // A chosen file (a USB stick); in browser mode, a download prepared in this process's folder.
      let target: string;
      let download: { ref: string; name: string } | null = null;
      if (input.file !== null) {
        target = deps.files.resolve(input.file, 'output').path;
      } else {
        const dir = join(deps.tempDir, 'exports');
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        const name = `工作台备份-${deps.demo ? '演示数据-' : ''}${fileStamp()}.${BACKUP_EXTENSION}`;
        target = join(dir, name);
        download = { ref: deps.files.register({ path: target, name, direction: 'output' }), name };
      }
      const made = await createBackup(backupDeps(), 'manual', target);
      recordAudit(db, { username: ctx.username, action: 'backup', entity: 'database', entityKey: null, after: { file: download ? download.name : target, sha256: made.info.sha256, reason: 'manual' } });
      return { backup: toBackupInfo(made.path, made.info), download };
    },
    'backup.restore': async (ctx, input) => {
      let path: string;
      if (input.file !== null) path = deps.files.resolve(input.file, 'input').path;
      else if (input.fileName !== null && /^[^\\/]+$/.test(input.fileName) && input.fileName.endsWith(`.${BACKUP_EXTENSION}`)) path = join(backupsDirOf(deps.dataDir), input.fileName);
      else throw AppError.invalid('请选择要恢复的备份文件', [{ path: 'file', message: '请选择要恢复的备份文件' }]);
      return restoreFromBackup({ ...backupDeps(), migrationsDir: deps.migrationsDir, afterRestore: () => deps.sessions.signOutAll() }, path, ctx.username);
    },
    'adminSettings.get': () => readAdminSettings(db),
    'adminSettings.set': (ctx, input) => {
      const saved = setAdminSettings(db, ctx, input);
      rotateBackups(backupsDirOf(deps.dataDir), saved.backupKeep);
      return saved;
    },
  };
}
