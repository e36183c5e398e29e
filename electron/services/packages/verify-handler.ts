/**
 * `packages.verify`: everything about a package that needs no database — zip safety, the manifest, every hash and
 * row count, every record's schema and the checks across records, decryption — as a job. Served by the runtime and
 * by the offline door (the CLI's verify-package opens no database).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PackageVerification } from '../../../shared/contract/packages';
import type { FileRegistry } from '../files/file-registry';
import type { Handler } from '../handlers';
import type { JobRegistry } from '../jobs/job-registry';
import { readPackage } from './package-reader';

export interface VerifyDeps {
  files: FileRegistry;
  jobs: JobRegistry;
  /** The folder a private working folder is made in (removed when the job ends). */
  tempDir: string;
  today(): string;
}

const NEEDS_PASSPHRASE = '这个交换包已加密：请给出口令';

export function verifyPackageHandler(deps: VerifyDeps): Handler<'packages.verify'> {
  return (_ctx, input) => {
    const file = deps.files.resolve(input.file, 'input');
    const jobId = deps.jobs.start('packages.verify', async (report) => {
      const work = mkdtempSync(join(deps.tempDir, 'desk-verify-'));
      try {
        const read = await readPackage(file.path, file.name, { passphrase: input.passphrase, tempDir: work, today: deps.today(), onProgress: report });
        const result: PackageVerification = {
          ok: read.ok,
          kind: read.manifest?.kind ?? read.header?.kind ?? null,
          sealed: read.sealed,
          needsPassphrase: read.needsPassphrase,
          sha256: read.sha256,
          contentSha256: read.contentSha256,
          manifest: read.manifest,
          rows: Object.fromEntries((read.manifest?.files ?? []).map((f) => [f.entity, f.rows])),
          errors: read.needsPassphrase ? [{ file: null, line: null, field: null, entity: null, key: null, message: NEEDS_PASSPHRASE }] : read.problems,
          omittedErrors: read.omittedProblems,
        };
        return { result };
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
    return { jobId };
  };
}
