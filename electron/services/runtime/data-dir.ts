import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { PRIVATE_DIR_MODE } from './private-files';

/** Folder name under the OS's per-user application-data folder; Electron's userData is set to the same path. */
export const APP_FOLDER = 'community-employment-desk';
export const DB_FILE = 'desk.sqlite';

/** The per-user data folder, computed the way Electron computes appData, without Electron. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.DESK_DATA_DIR) return env.DESK_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}

export function dbPathIn(dataDir: string): string {
  return join(dataDir, DB_FILE);
}

/**
 * Creates the data folder for the user alone (0700 on POSIX). The app's own folder, when an older version left it
 * readable by others, is tightened; a folder of another name (a `--db` file's folder, a `--data-dir`) is not.
 */
export function ensurePrivateDataDir(dataDir: string, platform: NodeJS.Platform = process.platform): void {
  mkdirSync(dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (platform === 'win32' || basename(dataDir) !== APP_FOLDER) return;
  const info = statSync(dataDir);
  if ((info.mode & 0o077) !== 0 && info.uid === process.getuid?.()) chmodSync(dataDir, PRIVATE_DIR_MODE);
}
