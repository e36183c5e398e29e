/**
 * 导入本所台账: an office's own Excel/WPS/CSV ledger, in its own layout, read through a mapping the clerk confirms,
 * previewed row by row and committed in one transaction (issue 15).
 */
import { z } from 'zod';
import { LEDGER_FIELDS, LEDGER_KINDS } from '../domain/ledger-import/ledger-fields';
import { Id, pageOf } from './common';
import { JobId, JobStarted } from './jobs';
import { Download, FileRef } from './workbook';

export const LedgerKindSchema = z.enum(LEDGER_KINDS, {
  message: '台账类型应为 labour（劳动力资源）、unemployed（失业人员）、services（服务记录）、training（培训）、difficult（就业困难人员）或 vacancies（岗位）',
});
export const LedgerFieldSchema = z.enum(LEDGER_FIELDS, { message: '不认识的字段' });

/** Header text (as shown) → field, or null for a column left out. */
export const LedgerMapping = z.record(z.string().max(200), LedgerFieldSchema.nullable());
export type LedgerMapping = z.infer<typeof LedgerMapping>;

const SheetName = z.string().max(100).nullable();

export const LedgerColumnDto = z.object({ key: z.string(), letter: z.string() });

export const LedgerTemplate = z.object({
  name: z.string(),
  kind: LedgerKindSchema,
  /** The header it was saved for (reapplied to files whose header reads the same). */
  headers: z.array(z.string()),
  mapping: LedgerMapping,
  savedAt: z.string(),
});
export type LedgerTemplate = z.infer<typeof LedgerTemplate>;

export const LedgerInspection = z.object({
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv', 'xls']),
  encoding: z.string().nullable(),
  sheets: z.array(z.string()),
  sheet: z.string(),
  /** Null: no row with two recognisable column names among the first rows. */
  header: z.object({ first: z.number().int(), last: z.number().int(), columns: z.array(LedgerColumnDto) }).nullable(),
  /** The first data rows, as text per column (for the mapping step). */
  sample: z.array(z.array(z.string().nullable())),
  /** Suggested mapping per kind of ledger. */
  suggestions: z.record(LedgerKindSchema, LedgerMapping),
  /** A saved template whose header reads the same: applied instead of the suggestions. */
  template: LedgerTemplate.nullable(),
});
export type LedgerInspection = z.infer<typeof LedgerInspection>;

export const LedgerSummary = z.object({
  valid: z.number().int(),
  rejected: z.number().int(),
  duplicates: z.number().int(),
  /** Valid rows with warnings (they are imported). */
  warnings: z.number().int(),
  new: z.number().int(),
  updates: z.number().int(),
  unchanged: z.number().int(),
  newHouseholds: z.number().int(),
});
export type LedgerSummary = z.infer<typeof LedgerSummary>;

export const LedgerPreview = z.object({
  ok: z.boolean(),
  fileName: z.string(),
  sheet: z.string(),
  kind: LedgerKindSchema,
  headerRows: z.tuple([z.number().int(), z.number().int()]),
  /** Only the mapped columns. */
  mapping: z.record(z.string(), LedgerFieldSchema),
  dataRows: z.number().int(),
  /** Rows after the data taken as its footer (制表人/审核人/合计 …), and blank rows skipped inside the data. */
  footerRows: z.array(z.number().int()),
  blankRows: z.number().int(),
  summary: LedgerSummary,
});
export type LedgerPreview = z.infer<typeof LedgerPreview>;

export const RowIssueDto = z.object({ column: z.string(), severity: z.enum(['error', 'warning']), message: z.string() });

export const LedgerRowFilter = z.enum(['all', 'valid', 'warning', 'rejected', 'duplicate', 'update', 'new']);
export type LedgerRowFilter = z.infer<typeof LedgerRowFilter>;

export const LedgerPreviewRow = z.object({
  row: z.number().int(),
  status: z.enum(['valid', 'rejected', 'duplicate']),
  change: z.enum(['new', 'update', 'unchanged']).nullable(),
  name: z.string().nullable(),
  maskedIdNumber: z.string().nullable(),
  /** A legacy 15-digit number converted, masked. */
  convertedFrom: z.string().nullable(),
  household: z.string().nullable(),
  newHousehold: z.boolean(),
  issues: z.array(RowIssueDto),
  differences: z.array(z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() })),
});
export type LedgerPreviewRow = z.infer<typeof LedgerPreviewRow>;

/** The CLI's --json document (issue 15 §7), field names exactly. */
export const LedgerDocument = z.object({
  ok: z.boolean(),
  sheet: z.string(),
  headerRows: z.tuple([z.number().int(), z.number().int()]),
  mapping: z.record(z.string(), z.string()),
  dataRows: z.number().int(),
  rows: z.array(
    z.object({
      row: z.number().int(),
      status: z.enum(['valid', 'rejected', 'duplicate']),
      id: z.string().nullable(),
      convertedFrom: z.string().nullable(),
      issues: z.array(RowIssueDto),
    }),
  ),
  summary: z.object({ valid: z.number().int(), rejected: z.number().int(), duplicates: z.number().int(), warnings: z.number().int() }),
});
export type LedgerDocument = z.infer<typeof LedgerDocument>;

const NewChanged = z.object({ new: z.number().int(), changed: z.number().int() });

export const LedgerCommitted = z.object({
  fileName: z.string(),
  persons: z.object({ new: z.number().int(), changed: z.number().int() }),
  households: z.number().int(),
  registrations: z.number().int(),
  /** 服务记录 written (new or changed). */
  services: z.number().int(),
  /** 就业困难人员台账: recognitions added, and taken further (reviewed, exited). */
  recognitions: NewChanged.optional(),
  /** 岗位台账: employers and vacancies added and changed. */
  employers: NewChanged.optional(),
  vacancies: NewChanged.optional(),
});
export type LedgerCommitted = z.infer<typeof LedgerCommitted>;

const TemplateName = z.string().trim().min(1, { message: '模板名称不能为空' }).max(40, { message: '模板名称不能超过 40 个字' });

export const ledgerImportContract = {
  /** Opens the file, lists its sheets, finds the header of `sheet` (null: the first with a header) and suggests a mapping. */
  'ledgerImport.inspect': { input: z.strictObject({ file: FileRef, sheet: SheetName }), output: LedgerInspection, access: 'write' },
  /**
   * Reads every row through the confirmed mapping and plans the import (a job); `saveAs` saves the mapping as a
   * template. `communityId`: where new persons are placed — required by the kinds that add persons (labour,
   * unemployed), null for the others.
   */
  'ledgerImport.preview': {
    input: z.strictObject({ file: FileRef, sheet: SheetName, kind: LedgerKindSchema, communityId: Id.nullable(), mapping: LedgerMapping, saveAs: TemplateName.nullable() }),
    output: JobStarted,
    access: 'write',
  },
  'ledgerImport.rows': {
    input: z.strictObject({
      previewJobId: JobId,
      filter: LedgerRowFilter,
      offset: z.number().int().nonnegative(),
      limit: z.number().int().min(1).max(500),
    }),
    output: pageOf(LedgerPreviewRow),
    access: 'write',
  },
  /** The preview as the CLI prints it (the file's own numbers, in full). */
  'ledgerImport.document': { input: z.strictObject({ previewJobId: JobId }), output: LedgerDocument, access: 'write' },
  'ledgerImport.commit': { input: z.strictObject({ previewJobId: JobId }), output: JobStarted, access: 'write' },
  /** The rejected and duplicate rows with a 问题说明 column, to fix and import again. */
  'ledgerImport.errorReport': { input: z.strictObject({ previewJobId: JobId, file: FileRef.nullable() }), output: z.object({ download: Download.nullable() }), access: 'write' },
  'ledgerImport.templates': { input: z.strictObject({}), output: z.array(LedgerTemplate), access: 'read' },
  'ledgerImport.deleteTemplate': { input: z.strictObject({ name: TemplateName }), output: z.array(LedgerTemplate), access: 'write' },
} as const;
