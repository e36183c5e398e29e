/**
 * The 导入本所台账 API as the ledger tests drive it: a fresh street for each test (clock pinned to 2026-11-20),
 * optionally with 金山社区, a CSV written and registered as an input file, a preview with the suggested mapping, and
 * the preview's rows by Excel row number.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { pinToday } from '../../../shared/clock';
import type { LedgerInspection, LedgerPreview, LedgerPreviewRow } from '../../../shared/contract/ledger-import';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import { untilJobEnds } from '../support/follow-job';
import { runtimeWithStreet, tempDir } from '../support/temp-runtime';

export interface LedgerApi {
  readonly runtime: DeskRuntime & { dispose(): void };
  /** 金山社区 (321102001001), when the street was made with it. */
  readonly communityId: number;
  call<T>(method: string, input: unknown): Promise<T>;
  /** Writes a UTF-8 CSV (with BOM, CRLF) into the test's folder; returns the registered file token. */
  csv(name: string, lines: readonly string[]): string;
  preview(file: string, kind: string, communityId: number | null): Promise<{ jobId: string; preview: LedgerPreview }>;
  rows(jobId: string): Promise<Map<number, LedgerPreviewRow>>;
}

/** Registers the hooks of the calling `describe` and returns the API of the test that runs. */
export function ledgerApi(folderPrefix: string, options: { community: boolean } = { community: true }): LedgerApi {
  let runtime: (DeskRuntime & { dispose(): void }) | null = null;
  let dir = '';
  let communityId: number | null = null;
  const current = (): DeskRuntime & { dispose(): void } => {
    if (!runtime) throw new Error('ledgerApi: used outside a test');
    return runtime;
  };

  beforeAll(() => pinToday('2026-11-20'));
  afterAll(() => pinToday(null));
  beforeEach(async () => {
    runtime = await runtimeWithStreet();
    dir = tempDir(folderPrefix);
    communityId = null;
    if (options.community) {
      const created = await runtime.call('communities.create', { code: '321102001001', name: '金山社区', kind: 'community', contact: null });
      if (!created.ok) throw new Error(created.error.message);
      communityId = (created.value as { id: number }).id;
    }
  });
  afterEach(() => {
    runtime?.dispose();
    runtime = null;
  });

  async function call<T>(method: string, input: unknown): Promise<T> {
    const result = await current().call(method, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  }

  return {
    get runtime() {
      return current();
    },
    get communityId() {
      if (communityId === null) throw new Error('ledgerApi: this street has no community');
      return communityId;
    },
    call,
    csv(name, lines) {
      const path = join(dir, name);
      writeFileSync(path, `\ufeff${lines.join('\r\n')}\r\n`);
      return current().files.register({ path, name, direction: 'input' });
    },
    async preview(file, kind, community) {
      const inspection = await call<LedgerInspection>('ledgerImport.inspect', { file, sheet: null });
      const mapping = inspection.suggestions[kind as keyof typeof inspection.suggestions] ?? {};
      const started = await call<{ jobId: string }>('ledgerImport.preview', { file, sheet: null, kind, communityId: community, mapping, saveAs: null });
      const status = await untilJobEnds(current(), started.jobId);
      if (status.error) throw new Error(status.error.message);
      return { jobId: started.jobId, preview: status.result as LedgerPreview };
    },
    async rows(jobId) {
      const page = await call<{ rows: LedgerPreviewRow[] }>('ledgerImport.rows', { previewJobId: jobId, filter: 'all', offset: 0, limit: 500 });
      return new Map(page.rows.map((r) => [r.row, r]));
    },
  };
}
