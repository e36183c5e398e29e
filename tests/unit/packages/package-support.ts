/** Installs and the two halves of an exchange for the package tests. */
import { join } from 'node:path';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import { exportPackage } from '../../../electron/services/packages/export-package';
import type { ExportOutcome, ExportRequest } from '../../../electron/services/packages/export-package';
import { commitPackage, previewPackage } from '../../../electron/services/packages/import-package';
import type { PreparedPackage } from '../../../electron/services/packages/import-package';
import type { ImportedPackage } from '../../../shared/contract/packages';
import { tempRuntime } from '../support/temp-runtime';

export const TODAY = '2026-11-20';
export type Install = DeskRuntime & { dispose(): void };

/** A fresh install whose street is set up. */
export async function install(code = '321102001', name = '解放路街道'): Promise<Install> {
  const runtime = tempRuntime();
  const result = await runtime.call('system.setupStreet', { name, code });
  if (!result.ok) throw new Error(result.error.message);
  return runtime;
}

export async function addCommunities(runtime: Install, communities: { code: string; name: string; kind?: 'community' | 'village' }[]): Promise<void> {
  for (const c of communities) {
    const result = await runtime.call('communities.create', { code: c.code, name: c.name, kind: c.kind ?? 'community', contact: null });
    if (!result.ok) throw new Error(result.error.message);
  }
}

export async function exportFrom(runtime: Install, dir: string, name: string, request: Omit<ExportRequest, 'outPath' | 'fileName'>): Promise<ExportOutcome & { path: string }> {
  const path = join(dir, name);
  const outcome = await exportPackage(runtime.db, runtime.caller(), { ...request, outPath: path, fileName: name }, { tempDir: runtime.tempDir, today: TODAY });
  return { ...outcome, path };
}

export function preview(runtime: Install, path: string, passphrase?: string): Promise<PreparedPackage> {
  return previewPackage(runtime.db, path, path.split('/').pop() ?? '', { passphrase, tempDir: runtime.tempDir, today: TODAY });
}

/** Previews and commits; throws with the problems when the preview is not clean. */
export async function importInto(runtime: Install, path: string, passphrase?: string): Promise<{ prepared: PreparedPackage; imported: ImportedPackage }> {
  const prepared = await preview(runtime, path, passphrase);
  if (!prepared.preview.ok || prepared.preview.alreadyImported) throw new Error(`not importable: ${JSON.stringify(prepared.preview.errors.slice(0, 5))} ${JSON.stringify(prepared.preview.alreadyImported)}`);
  return { prepared, imported: commitPackage(runtime.db, runtime.caller(), prepared) };
}

export function rows<T>(runtime: Install, sql: string, ...params: unknown[]): T[] {
  return runtime.db.sqlite.prepare(sql).all(...params) as T[];
}
