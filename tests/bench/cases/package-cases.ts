/**
 * Exchange packages at DOMAIN §9 scale (issue #18): the annual submission of the large street exported (sealed
 * package and workbook); a community-transfer package of 10,000 persons verified (no database) and imported into a
 * freshly set-up receiving street.
 */
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { frozenSubmission } from '../../../electron/services/packages/annual/annual-service';
import { writeAnnualWorkbook } from '../../../electron/services/packages/annual/annual-workbook';
import { exportPackage } from '../../../electron/services/packages/export-package';
import { commitPackage, previewPackage } from '../../../electron/services/packages/import-package';
import { readPackage } from '../../../electron/services/packages/package-reader';
import type { BenchCase } from '../bench-case';
import { BENCH_TODAY, openRuntimeAt } from '../large-street';
import { BENCH_PASSPHRASE, copyFrozenStreet, ensurePackageFixtures, transferPath } from '../package-bench';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const annualExportLarge: BenchCase = {
  name: 'annual-export-large',
  description: 'Annual submission of the large street (40 communities, frozen 2026 run): the sealed package (scrypt N=2^17) and the workbook',
  async setup(ctx) {
    await ensurePackageFixtures();
    copyFrozenStreet(ctx.workDir);
    openRuntimeAt(ctx.workDir).close();
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const started = performance.now();
      const out = join(ctx.workDir, 'annual.cfjy');
      const outcome = await exportPackage(runtime.db, runtime.caller(), { kind: 'annual-submission', year: 2026, passphrase: BENCH_PASSPHRASE, outPath: out, fileName: 'annual.cfjy' }, { tempDir: runtime.tempDir, today: BENCH_TODAY });
      const packageMs = performance.now() - started;
      const frozen = frozenSubmission(runtime.db, 2026);
      if (!frozen) throw new Error('2026 not frozen');
      const book = join(ctx.workDir, 'annual.xlsx');
      await writeAnnualWorkbook(book, frozen, { code: '321102001', name: 'bench' });
      const rows = outcome.manifest.files.map((f) => `${f.entity} ${f.rows}`).join(', ');
      ctx.note(`package ${mb(outcome.bytes)} (${rows}) in ${(packageMs / 1000).toFixed(1)} s; workbook ${mb(statSync(book).size)} in ${((performance.now() - started - packageMs) / 1000).toFixed(1)} s`);
    } finally {
      runtime.close();
    }
  },
};

export const transferVerify10k: BenchCase = {
  name: 'transfer-verify-10k',
  description: 'verify-package of a sealed community-transfer package of ≥10,000 persons (decrypt, zip limits, hashes, every record, workbook checks); no database',
  async setup() {
    await ensurePackageFixtures();
  },
  async run(ctx) {
    const started = performance.now();
    const read = await readPackage(transferPath, 'transfer-10k.cfjy', { passphrase: BENCH_PASSPHRASE, tempDir: ctx.workDir, today: BENCH_TODAY });
    if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems.slice(0, 3))}`);
    const rows = read.manifest?.files.map((f) => `${f.entity} ${f.rows}`).join(', ');
    ctx.note(`${mb(read.fileBytes)} sealed; ${rows}; ${((performance.now() - started) / 1000).toFixed(2)} s`);
  },
};

export const transferImport10k: BenchCase = {
  name: 'transfer-import-10k',
  description: 'import-package of the ≥10,000-person transfer into a newly set-up street: verify, dry run, one transaction, derived state',
  async setup(ctx) {
    await ensurePackageFixtures();
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const result = await runtime.call('system.setupStreet', { name: '谏壁街道', code: '321102002' });
      if (!result.ok) throw new Error(result.error.message);
    } finally {
      runtime.close();
    }
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const started = performance.now();
      const prepared = await previewPackage(runtime.db, transferPath, 'transfer-10k.cfjy', { passphrase: BENCH_PASSPHRASE, tempDir: runtime.tempDir, today: BENCH_TODAY });
      if (!prepared.preview.ok) throw new Error(`refused: ${JSON.stringify(prepared.preview.errors.slice(0, 3))}`);
      const previewMs = performance.now() - started;
      const imported = commitPackage(runtime.db, runtime.caller(), prepared);
      const persons = imported.summary.persons?.new ?? 0;
      ctx.note(`${persons.toLocaleString('en')} persons; verify + dry run ${(previewMs / 1000).toFixed(1)} s, commit + derived state ${((performance.now() - started - previewMs) / 1000).toFixed(1)} s`);
    } finally {
      runtime.close();
    }
  },
};
