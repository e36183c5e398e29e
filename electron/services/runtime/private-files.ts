/**
 * What the desk writes holds personal data: on POSIX systems the data folder is the user's alone (0700) and every
 * file in it too (0600) — the database and its -wal/-shm, backups, uploads and prepared downloads. Windows keeps
 * the per-user ACL of %APPDATA%.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;
const OWNER_ONLY_UMASK = 0o077;

/**
 * New files and folders of this process get no group or other bits, whoever creates them (SQLite's side files,
 * VACUUM INTO backups, temp files, exports). A stricter umask already in force is kept.
 */
export function restrictNewFilesToOwner(platform: NodeJS.Platform = process.platform): void {
  if (platform === 'win32') return;
  try {
    const previous = process.umask(OWNER_ONLY_UMASK);
    if ((previous | OWNER_ONLY_UMASK) !== OWNER_ONLY_UMASK) process.umask(previous | OWNER_ONLY_UMASK);
  } catch {
    // Worker threads cannot set the umask; the explicit modes where files are created still apply.
  }
}
