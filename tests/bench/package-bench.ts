/**
 * Preparation for the package cases (issue #18 benchmark): the large street with its 2026 assessment saved and
 * frozen, and a community-transfer package of at least 10,000 of its persons — both built once and cached beside
 * the large street (a folder of their own, keyed by the large street's seed, the workbook's version and the transfer's
 * data files: a cache built for older records is not reused).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportPackage } from '../../electron/services/packages/export-package';
import { KIND_ENTITIES } from '../../shared/domain/packages/kinds';
import { WORKBOOK_FORMAT_VERSION } from '../../shared/domain/workbook/sheets';
import type { DeskRuntime } from '../../electron/services/runtime/desk-runtime';
import { BENCH_TODAY, LARGE_AS_OF, LARGE_SEED, openRuntimeAt } from './large-street';
import { prepareLargeCopy } from './population-bench';

export const BENCH_PASSPHRASE = 'bench-passphrase-2026';
export const TRANSFER_PERSONS = 10_000;
const RECORDS_KEY = createHash('sha256').update(KIND_ENTITIES['community-transfer'].join(',')).digest('hex').slice(0, 8);
const CACHE = join(tmpdir(), 'desk-bench-cache', `packages-${LARGE_SEED}-wb${WORKBOOK_FORMAT_VERSION}-${RECORDS_KEY}`);
export const frozenDbPath = join(CACHE, 'frozen', 'desk.sqlite');
export const transferPath = join(CACHE, 'transfer-10k.cfjy');

async function ok(runtime: DeskRuntime, method: string, input: unknown): Promise<unknown> {
  const result = await runtime.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/**
 * Communities holding at least `persons` residents between them, as few over it as a choice of up to four of them
 * allows (the demo's communities hold about 3,750 each).
 */
function communitiesFor(runtime: DeskRuntime, persons: number): { codes: string[]; persons: number } {
  const rows = runtime.db.sqlite
    .prepare(
      `SELECT c.code, COUNT(p.id) AS n FROM communities c JOIN households h ON h.community_id = c.id JOIN persons p ON p.household_id = h.id
        GROUP BY c.id ORDER BY c.code`,
    )
    .all() as { code: string; n: number }[];
  let best: { codes: string[]; persons: number } | null = null;
  const consider = (picked: number[]) => {
    const total = picked.reduce((sum, i) => sum + (rows[i]?.n ?? 0), 0);
    if (total >= persons && (best === null || total < best.persons)) best = { codes: picked.map((i) => rows[i]?.code ?? ''), persons: total };
  };
  for (let a = 0; a < rows.length; a += 1) {
    consider([a]);
    for (let b = a + 1; b < rows.length; b += 1) {
      consider([a, b]);
      for (let c = b + 1; c < rows.length; c += 1) {
        consider([a, b, c]);
        for (let d = c + 1; d < rows.length; d += 1) consider([a, b, c, d]);
      }
    }
  }
  if (best === null) throw new Error(`no four communities hold ${persons} persons`);
  return best;
}

/** The cached large street with its 2026 assessment frozen, and the cached 10,000-person transfer package. */
export async function ensurePackageFixtures(): Promise<void> {
  if (existsSync(frozenDbPath) && existsSync(transferPath)) return;
  rmSync(CACHE, { recursive: true, force: true });
  const building = `${CACHE}.building`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(join(building, 'frozen'), { recursive: true });
  await prepareLargeCopy(join(building, 'frozen'));
  const runtime = openRuntimeAt(join(building, 'frozen'));
  try {
    process.stderr.write('bench: saving and freezing the large street’s 2026 assessment (cached for later runs)…\n');
    const saved = (await ok(runtime, 'assessment.save', { standardId: 'chongqing-2007', asOf: LARGE_AS_OF })) as { id: number };
    const status = (await ok(runtime, 'annual.status', { year: 2026 })) as { passing: Record<string, { code: string }[]> };
    await ok(runtime, 'annual.freeze', { year: 2026, assessmentId: saved.id, recommended: (status.passing[String(saved.id)] ?? []).slice(0, 3).map((p) => p.code) });
    const { codes, persons } = communitiesFor(runtime, TRANSFER_PERSONS);
    process.stderr.write(`bench: exporting a transfer of ${codes.length} communities, ${persons} persons (cached)…\n`);
    await exportPackage(
      runtime.db,
      runtime.caller(),
      { kind: 'community-transfer', recipient: '321102002', communityCodes: codes, passphrase: BENCH_PASSPHRASE, outPath: join(building, 'transfer-10k.cfjy'), fileName: 'transfer-10k.cfjy' },
      { tempDir: runtime.tempDir, today: BENCH_TODAY },
    );
  } finally {
    runtime.close();
  }
  renameSync(building, CACHE);
}

export function copyFrozenStreet(workDir: string): void {
  copyFileSync(frozenDbPath, join(workDir, 'desk.sqlite'));
}
