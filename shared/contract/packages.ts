/**
 * Exchange packages (DOMAIN §7, issue #18, docs/packages.md): export, the two-step import (a verified dry run, then
 * one transaction), the exchange log with receipts, the annual submission (freeze, workbook, year-on-year diff),
 * the bureau's verdicts and the submissions received.
 */
import { z } from 'zod';
import { MIN_PASSPHRASE_CHARS } from '../domain/packages/format';
import { Comparison, SavedSummary } from './assessment';
import { CommunityCode, Id } from './common';
import { JobId, JobStarted } from './jobs';
import { Manifest, PackageKind, RecipientCode } from './package-format';
import { VerdictResult } from './package-records';
import { SnapshotCounts } from './population';
import { Download, FileRef } from './workbook';

export const Passphrase = z
  .string({ message: '请填写口令' })
  .min(MIN_PASSPHRASE_CHARS, { message: `口令至少 ${MIN_PASSPHRASE_CHARS} 个字符` })
  .max(200, { message: '口令不能超过 200 个字符' });

const Year = z.number({ message: '年份应为数字' }).int({ message: '年份应为整数' }).min(2000, { message: '年份不能早于 2000' }).max(2100, { message: '年份不能晚于 2100' });

export const ExportPackageInput = z.strictObject({
  kind: PackageKind,
  /** Annual submission, bureau verdicts, calendar: the year. */
  year: Year.optional(),
  /** Omitted: the kind's default (the bureau for a submission, `*` for the bureau's kinds); required for a transfer. */
  recipient: RecipientCode.optional(),
  /** Seals the package; required for the kinds that carry personal data. Never stored. */
  passphrase: Passphrase.optional(),
  /** Community transfer: the communities handed over. */
  communityCodes: z.array(CommunityCode).min(1, { message: '请选择要划转的社区' }).max(40).optional(),
  /** null: browser mode, a download. */
  file: FileRef.nullable(),
});
export type ExportPackageInput = z.infer<typeof ExportPackageInput>;

export const ExportedPackage = z.object({
  fileName: z.string(),
  kind: PackageKind,
  sha256: z.string(),
  contentSha256: z.string(),
  bytes: z.number().int(),
  sealed: z.boolean(),
  manifest: Manifest,
  /** The exchange log's row (its receipt). */
  logId: Id,
  download: Download.nullable(),
  notes: z.array(z.string()),
});
export type ExportedPackage = z.infer<typeof ExportedPackage>;

/** One thing wrong with a package, or one conflict with the database: where (data file, line, field), what. */
export const PackageProblem = z.object({
  file: z.string().nullable(),
  line: z.number().int().nullable(),
  field: z.string().nullable(),
  /** Set for a conflict: the entity and the record's key. */
  entity: z.string().nullable(),
  key: z.string().nullable(),
  message: z.string(),
});
export type PackageProblem = z.infer<typeof PackageProblem>;

export const EntityCounts = z.object({ new: z.number().int(), changed: z.number().int(), unchanged: z.number().int(), conflicts: z.number().int() });
export type EntityCounts = z.infer<typeof EntityCounts>;

export const AlreadyImported = z.object({ at: z.string(), by: z.string(), fileName: z.string(), logId: Id });
export type AlreadyImported = z.infer<typeof AlreadyImported>;

/** What reading a package file finds, before and after the database is asked: its kind, manifest, hash, seal and problems. */
const packageFindings = {
  ok: z.boolean(),
  kind: PackageKind.nullable(),
  manifest: Manifest.nullable(),
  sha256: z.string(),
  sealed: z.boolean(),
  /** Sealed and no passphrase given: ask for it. */
  needsPassphrase: z.boolean(),
  /** The list is capped; `omittedErrors` says how many more there were. */
  errors: z.array(PackageProblem),
  omittedErrors: z.number().int(),
};

/**
 * `ok`: the package may be committed: verified, for this install, no conflicts (or already imported: nothing to do).
 * `errors`: problems of the file, then conflicts with the database (entity and key set).
 */
export const PackagePreview = z.object({
  ...packageFindings,
  alreadyImported: AlreadyImported.nullable(),
  /** Per entity, what committing would do. */
  summary: z.record(z.string(), EntityCounts),
  /** Things worth knowing that do not stop the import. */
  notes: z.array(z.string()),
  fileName: z.string(),
});
export type PackagePreview = z.infer<typeof PackagePreview>;

/** What `packages.verify` finds (the CLI's verify-package): everything that needs no database. */
export const PackageVerification = z.object({
  ...packageFindings,
  contentSha256: z.string().nullable(),
  /** Rows per entity, as the manifest lists them. */
  rows: z.record(z.string(), z.number().int()),
});
export type PackageVerification = z.infer<typeof PackageVerification>;

export const ImportedPackage = z.object({
  fileName: z.string(),
  kind: PackageKind,
  summary: z.record(z.string(), EntityCounts),
  logId: Id,
  notes: z.array(z.string()),
});
export type ImportedPackage = z.infer<typeof ImportedPackage>;

export const PackageLogEntry = z.object({
  id: Id,
  direction: z.enum(['import', 'export']),
  kind: z.string(),
  /** A package of docs/packages.md (false: a workbook, a calendar file, the demo). */
  isPackage: z.boolean(),
  fileName: z.string(),
  sha256: z.string(),
  contentSha256: z.string().nullable(),
  issuer: z.string().nullable(),
  recipient: z.string().nullable(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  sealed: z.boolean(),
  fileBytes: z.number().int().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type PackageLogEntry = z.infer<typeof PackageLogEntry>;

export const PackageReceipt = z.object({
  entry: PackageLogEntry,
  manifest: Manifest,
  street: z.object({ code: z.string(), name: z.string() }),
  summary: z.record(z.string(), z.number().int()),
});
export type PackageReceipt = z.infer<typeof PackageReceipt>;

export const ExchangeSettings = z.strictObject({
  /** The bureau this street reports to: a 6-digit county code (or a 4-digit city, 2-digit province prefix). */
  bureauCode: z.string().regex(/^(\d{2}|\d{4}|\d{6})$/, { message: '上级单位代码应为 2、4 或 6 位区划代码' }),
  bureauName: z.string().trim().min(1, { message: '请填写上级单位名称' }).max(60, { message: '上级单位名称不能超过 60 个字' }),
});
export type ExchangeSettings = z.infer<typeof ExchangeSettings>;

export const FrozenYear = z.object({
  year: z.number().int(),
  assessmentId: Id,
  standard: z.object({ id: z.string(), version: z.string(), name: z.string() }),
  asOf: z.string(),
  recommended: z.array(z.object({ code: z.string(), name: z.string() })),
  note: z.string().nullable(),
  frozenBy: z.string(),
  frozenAt: z.string(),
  communities: z.object({ pass: z.number().int(), fail: z.number().int(), incomplete: z.number().int() }),
});
export type FrozenYear = z.infer<typeof FrozenYear>;

export const AnnualStatus = z.object({
  year: z.number().int(),
  frozen: FrozenYear.nullable(),
  /** Saved assessments of the year (as-of date in it) that can be frozen. */
  candidates: z.array(SavedSummary),
  /** The passing communities of each candidate, for picking those recommended as excellent. */
  passing: z.record(z.string(), z.array(z.object({ code: z.string(), name: z.string() }))),
  frozenYears: z.array(z.number().int()),
});
export type AnnualStatus = z.infer<typeof AnnualStatus>;

export const FreezeInput = z.strictObject({
  year: Year,
  assessmentId: Id,
  recommended: z.array(CommunityCode).max(40),
  note: z.string().trim().max(500, { message: '说明不能超过 500 个字' }).optional(),
});
export type FreezeInput = z.infer<typeof FreezeInput>;

export const AnnualDiff = z.object({
  year: z.number().int(),
  previousYear: z.number().int(),
  /** null with `message` when either year is not frozen. */
  comparison: Comparison.nullable(),
  recommended: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
  totals: z.object({ previous: SnapshotCounts, current: SnapshotCounts }).nullable(),
  message: z.string().nullable(),
});
export type AnnualDiff = z.infer<typeof AnnualDiff>;

export const BureauVerdictView = z.object({
  year: z.number().int(),
  communityId: Id,
  communityCode: z.string(),
  communityName: z.string(),
  result: VerdictResult,
  stars: z.number().int().nullable(),
  decidedOn: z.string(),
  decidedBy: z.string(),
  note: z.string().nullable(),
});
export type BureauVerdictView = z.infer<typeof BureauVerdictView>;

export const VerdictsList = z.object({ years: z.array(z.number().int()), year: z.number().int().nullable(), verdicts: z.array(BureauVerdictView) });
export type VerdictsList = z.infer<typeof VerdictsList>;

export const ReceivedSubmissionView = z.object({
  issuerCode: z.string(),
  issuerName: z.string(),
  year: z.number().int(),
  standardName: z.string(),
  asOf: z.string(),
  receivedAt: z.string(),
  communities: z.array(z.object({ code: z.string(), name: z.string(), verdict: z.string(), score: z.number().nullable(), stars: z.number().int().nullable(), recommendedExcellent: z.boolean() })),
});
export type ReceivedSubmissionView = z.infer<typeof ReceivedSubmissionView>;

export const packagesContract = {
  'exchange.settings': { input: z.strictObject({}), output: ExchangeSettings, access: 'read' },
  'exchange.setSettings': { input: ExchangeSettings, output: ExchangeSettings, access: 'admin' },
  'packages.export': { input: ExportPackageInput, output: JobStarted, access: 'admin' },
  'packages.preview': {
    input: z.strictObject({ file: FileRef, passphrase: z.string().max(200, { message: '口令不能超过 200 个字符' }).optional() }),
    output: JobStarted,
    access: 'admin',
  },
  'packages.commit': { input: z.strictObject({ previewJobId: JobId }), output: JobStarted, access: 'admin' },
  /** Verifies a package without a database (zip safety, manifest, hashes, counts, schemas, decryption): a job whose result is a PackageVerification. */
  'packages.verify': {
    input: z.strictObject({ file: FileRef, passphrase: z.string().max(200, { message: '口令不能超过 200 个字符' }).optional() }),
    output: JobStarted,
    access: 'read',
  },
  'packages.history': { input: z.strictObject({ limit: z.number().int().min(1).max(1000).optional() }), output: z.array(PackageLogEntry), access: 'read' },
  'packages.receipt': { input: z.strictObject({ id: Id }), output: PackageReceipt, access: 'read' },
  'annual.status': { input: z.strictObject({ year: Year }), output: AnnualStatus, access: 'read' },
  'annual.freeze': { input: FreezeInput, output: AnnualStatus, access: 'admin' },
  'annual.workbook': { input: z.strictObject({ year: Year, file: FileRef.nullable() }), output: z.object({ fileName: z.string(), download: Download.nullable() }), access: 'read' },
  'annual.diff': { input: z.strictObject({ year: Year }), output: AnnualDiff, access: 'read' },
  /** The frozen years and the saved run each rests on (the 考核 area marks them and locks them). */
  'annual.frozen': {
    input: z.strictObject({}),
    output: z.array(z.object({ year: z.number().int(), assessmentId: Id, frozenAt: z.string(), frozenBy: z.string() })),
    access: 'read',
  },
  'verdicts.list': { input: z.strictObject({ year: Year.optional() }), output: VerdictsList, access: 'read' },
  'submissions.received': { input: z.strictObject({}), output: z.array(ReceivedSubmissionView), access: 'read' },
} as const;
