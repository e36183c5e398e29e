import { fileURLToPath } from 'node:url';

/** db/migrations when running from source (CLI, browser mode, tests). The Electron shell passes its own path. */
export function migrationsDir(): string {
  return fileURLToPath(new URL('./migrations', import.meta.url));
}
