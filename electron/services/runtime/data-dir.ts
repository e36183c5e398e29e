import { homedir } from 'node:os';
import { join } from 'node:path';

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
