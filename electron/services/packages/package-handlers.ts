/** The exchange API (shared/contract/packages.ts): exports, previews and commits run as jobs the page follows. */
import { AppError } from '../../../shared/app-error';
import { Manifest } from '../../../shared/contract/package-format';
import type { CommunityResultRecord, SubmissionRecord } from '../../../shared/contract/package-records';
import type { ExportedPackage, ImportedPackage, PackageLogEntry, PackagePreview, ReceivedSubmissionView } from '../../../shared/contract/packages';
import { PACKAGE_EXTENSION } from '../../../shared/domain/packages/format';
import { PACKAGE_KIND_LABEL, PACKAGE_KINDS } from '../../../shared/domain/packages/kinds';
import type { PackageKind } from '../../../shared/domain/packages/kinds';
import type { DeskDatabase } from '../../../db/open-database';
import { listAnnualSubmissions } from '../../../db/repositories/packages/annual-submissions-repo';
import { listBureauVerdicts, verdictYears } from '../../../db/repositories/packages/bureau-verdicts-repo';
import { listReceivedSubmissions } from '../../../db/repositories/packages/received-submissions-repo';
import { findPackageLog, listPackageLog } from '../../../db/repositories/system/packages-repo';
import type { PackageLogRow } from '../../../db/repositories/system/packages-repo';
import type { FileRegistry } from '../files/file-registry';
import type { HandlersOf } from '../handlers';
import type { JobRegistry } from '../jobs/job-registry';
import { annualDiff, annualStatus, freezeYear, frozenSubmission } from './annual/annual-service';
import { writeAnnualWorkbook } from './annual/annual-workbook';
import { readExchangeSettings, requireStreet, setExchangeSettings } from './exchange-settings';
import { exportPackage } from './export-package';
import { outputFile } from '../prints/output-file';
import { WorkerImport } from '../workers/worker-import';
import { WorkerRun } from '../workers/worker-run';
import type { PackageImportInput } from './package-import-worker';
import { verifyPackageHandler } from './verify-handler';

export interface PackageDeps {
  db: DeskDatabase;
  files: FileRegistry;
  jobs: JobRegistry;
  /** This process's private temporary folder. */
  tempDir: string;
  /** Where browser-mode downloads are written before they are fetched. */
  outputDir: string;
  today(): string;
}

/** “年度上报-321102001-2026.cfjy”, “考核标准-321102001-20261120.cfjy”. */
export function packageFileName(kind: PackageKind, issuer: string, year: number | undefined, today: string): string {
  return `${PACKAGE_KIND_LABEL[kind]}-${issuer}-${year ?? today.replace(/-/g, '')}.${PACKAGE_EXTENSION}`;
}

export function logEntryView(row: PackageLogRow): PackageLogEntry {
  return {
    id: row.id,
    direction: row.direction,
    kind: row.kind,
    isPackage: row.contentSha256 !== null && (PACKAGE_KINDS as readonly string[]).includes(row.kind),
    fileName: row.fileName,
    sha256: row.sha256,
    contentSha256: row.contentSha256,
    issuer: row.issuer,
    recipient: row.recipient,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    sealed: row.sealed,
    fileBytes: row.fileBytes,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}

function receivedView(row: ReturnType<typeof listReceivedSubmissions>[number]): ReceivedSubmissionView {
  const head = JSON.parse(row.header) as SubmissionRecord;
  const units = JSON.parse(row.communities) as CommunityResultRecord[];
  return {
    issuerCode: row.issuerCode,
    issuerName: row.issuerName,
    year: row.year,
    standardName: head.standard.name,
    asOf: head.asOf,
    receivedAt: row.updatedAt,
    communities: units.map((u) => ({ code: u.code, name: u.name, verdict: u.result.verdict, score: u.result.score, stars: u.result.stars, recommendedExcellent: u.recommendedExcellent })),
  };
}

export function packageHandlers(deps: PackageDeps): HandlersOf<'exchange' | 'packages' | 'annual' | 'verdicts' | 'submissions'> {
  const { db } = deps;
  const imports = new WorkerImport<PackagePreview, ImportedPackage>(deps.jobs, { preview: 'packages.preview', commit: 'packages.commit', writing: '正在导入交换包' });
  return {
    'exchange.settings': () => readExchangeSettings(db),
    'exchange.setSettings': (ctx, input) => setExchangeSettings(db, ctx, input),
    'packages.export': (ctx, input) => {
      const street = requireStreet(db);
      const today = deps.today();
      const name = packageFileName(input.kind, street.code, input.year, today);
      const target = outputFile(deps, input.file, name);
      const jobId = deps.jobs.start('packages.export', async (report) => {
        const outcome = await exportPackage(
          db,
          ctx,
          { kind: input.kind, year: input.year, recipient: input.recipient, passphrase: input.passphrase, communityCodes: input.communityCodes, outPath: target.path, fileName: target.name },
          { tempDir: deps.tempDir, today },
          report,
        );
        const result: ExportedPackage = {
          fileName: target.name,
          kind: input.kind,
          sha256: outcome.sha256,
          contentSha256: outcome.contentSha256,
          bytes: outcome.bytes,
          sealed: outcome.sealed,
          manifest: outcome.manifest,
          logId: outcome.logId,
          download: target.download,
          notes: outcome.notes,
        };
        return { result };
      });
      return { jobId };
    },
    'packages.preview': (ctx, input) => {
      const file = deps.files.resolve(input.file, 'input');
      const workerInput: PackageImportInput = { path: file.path, fileName: file.name, passphrase: input.passphrase, tempDir: deps.tempDir, today: deps.today() };
      return imports.preview(() => new WorkerRun('package-import', db.path, ctx, workerInput));
    },
    'packages.commit': (_ctx, input) => imports.commit(input.previewJobId),
    'packages.verify': verifyPackageHandler(deps),
    'packages.history': (_ctx, input) => listPackageLog(db, input.limit ?? 200).map(logEntryView),
    'packages.receipt': (_ctx, input) => {
      const row = findPackageLog(db, input.id);
      const entry = row ? logEntryView(row) : null;
      if (!row || !entry || row.direction !== 'export' || !entry.isPackage || row.manifest === null) {
        throw new AppError('NOT_FOUND', '找不到这次导出的交换包记录，无法打印回执', { fields: [{ path: 'id', message: '找不到该记录' }] });
      }
      const manifest = Manifest.parse(JSON.parse(row.manifest));
      const street = requireStreet(db);
      const summary = Object.fromEntries(manifest.files.map((f) => [f.entity, f.rows]));
      return { entry, manifest, street, summary };
    },
    'annual.status': (_ctx, input) => annualStatus(db, input.year),
    'annual.freeze': (ctx, input) => freezeYear(db, ctx, input),
    'annual.workbook': async (_ctx, input) => {
      const street = requireStreet(db);
      const frozen = frozenSubmission(db, input.year);
      if (!frozen) throw new AppError('REJECTED', `${input.year} 年度考核尚未冻结，没有年度上报工作簿`);
      const name = `年度上报-${street.code}-${input.year}.xlsx`;
      const target = outputFile(deps, input.file, name);
      await writeAnnualWorkbook(target.path, frozen, street);
      return { fileName: target.name, download: target.download };
    },
    'annual.diff': (_ctx, input) => annualDiff(db, input.year),
    'annual.frozen': () => listAnnualSubmissions(db).map((r) => ({ year: r.year, assessmentId: r.assessmentId, frozenAt: r.frozenAt, frozenBy: r.frozenBy })),
    'verdicts.list': (_ctx, input) => {
      const years = verdictYears(db);
      const year = input.year ?? years[0] ?? null;
      const verdicts = year === null ? [] : listBureauVerdicts(db, year).map(({ year: y, communityId, communityCode, communityName, result, stars, decidedOn, decidedBy, note }) => ({
        year: y,
        communityId,
        communityCode,
        communityName,
        result,
        stars,
        decidedOn,
        decidedBy,
        note,
      }));
      return { years, year, verdicts };
    },
    'submissions.received': () => listReceivedSubmissions(db).map(receivedView),
  };
}
