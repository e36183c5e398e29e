/**
 * The ledgers (台账, DOMAIN §7): a page of a ledger on screen, its print document, its Excel export, and the
 * office's own column order per ledger.
 */
import { z } from 'zod';
import { LEDGER_KINDS } from '../domain/ledgers/kinds';
import { ORIENTATIONS } from '../print/page-setup';
import { Id, IsoDate } from './common';
import { JobStarted } from './jobs';
import { Download, FileRef } from './workbook';

export const LedgerKind = z.enum(LEDGER_KINDS, { message: `台账类别应为：${LEDGER_KINDS.join('、')}` });

const Cell = z.union([z.string(), z.number(), z.null()]);

/** Which ledger, on which date, for one community (its id) or the whole street (null). */
export const LedgerScope = z.strictObject({
  kind: LedgerKind,
  asOf: IsoDate,
  communityId: Id.nullable(),
});

const Filters = z
  .record(z.string().max(40), z.string().max(100))
  .refine((f) => Object.keys(f).length <= 20, { message: '筛选条件过多' });

/** The scope with the screen's filters and sort (print and Excel take them too: what is shown is what is printed). */
export const LedgerQuery = LedgerScope.extend({
  query: z.string().trim().max(60, { message: '查找内容不能超过 60 个字' }).default(''),
  filters: Filters.default({}),
  sort: z.strictObject({ key: z.string().max(40), descending: z.boolean() }).nullable().default(null),
});
export type LedgerQuery = z.infer<typeof LedgerQuery>;

export const LedgerPageInput = LedgerQuery.extend({
  offset: z.number().int().nonnegative().default(0),
  /** Rows of the page; the CLI asks for all of them. */
  limit: z.number().int().positive().max(500_000).default(200),
  /** 身份证号码 masked (first 6 and last 4 shown; lists, prints) or in full (the CLI's --json; audited). */
  idNumbers: z.enum(['masked', 'full']).default('masked'),
});
export type LedgerPageInput = z.input<typeof LedgerPageInput>;

export const LedgerColumnInfo = z.object({
  key: z.string(),
  label: z.string(),
  width: z.number(),
  align: z.enum(['left', 'center', 'right']),
  idNumber: z.boolean(),
  sum: z.boolean(),
  /** Hidden by the office's column layout (not shown, printed or exported). */
  hidden: z.boolean(),
});
export type LedgerColumnInfo = z.infer<typeof LedgerColumnInfo>;

export const LedgerPageRow = z.object({
  communityName: z.string(),
  section: z.string().nullable(),
  values: z.record(z.string(), Cell),
});
export type LedgerPageRow = z.infer<typeof LedgerPageRow>;

export const LedgerPage = z.object({
  kind: LedgerKind,
  title: z.string(),
  /** Who is in it, in one line. */
  rule: z.string(),
  asOf: z.string(),
  /** 1 January … D: the period of the record ledgers. */
  period: z.object({ from: z.string(), to: z.string() }),
  street: z.object({ name: z.string(), code: z.string() }),
  scope: z.object({ communityId: Id.nullable(), name: z.string() }),
  unit: z.string(),
  /** Every column, in the office's order (hidden ones flagged). */
  columns: z.array(LedgerColumnInfo),
  /** The filterable columns and their values in the ledger. */
  facets: z.array(z.object({ key: z.string(), label: z.string(), values: z.array(z.string()) })),
  /** Rows in the ledger before filters. */
  ledgerTotal: z.number().int(),
  /** Rows matching the filters. */
  total: z.number().int(),
  /** The totals row over the rows matching the filters: summed columns' sums. */
  totals: z.record(z.string(), z.number().nullable()),
  /** Rows per community (matching the filters), in the order printed; 未分配 last. */
  communities: z.array(z.object({ communityId: Id.nullable(), name: z.string(), count: z.number().int() })),
  /** 就业困难群体: rows per section (matching the filters). */
  sections: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int() })),
  offset: z.number().int(),
  rows: z.array(LedgerPageRow),
});
export type LedgerPage = z.infer<typeof LedgerPage>;

export const LedgerPrintInput = LedgerQuery.extend({ orientation: z.enum(ORIENTATIONS).default('landscape') });
export type LedgerPrintInput = z.input<typeof LedgerPrintInput>;

export const LedgerPrint = z.object({
  title: z.string(),
  html: z.string(),
  /** Proposed file name for a PDF, e.g. 劳动力资源台账-七星岗社区-20261120.pdf. */
  pdfName: z.string(),
  rowCount: z.number().int(),
});
export type LedgerPrint = z.infer<typeof LedgerPrint>;

export const LedgerExportInput = LedgerQuery.extend({ file: FileRef.nullable() });

export const LedgerExportResult = z.object({ fileName: z.string(), rowCount: z.number().int(), download: Download.nullable() });
export type LedgerExportResult = z.infer<typeof LedgerExportResult>;

export const ColumnLayoutInput = z.strictObject({
  kind: LedgerKind,
  /** Column keys in the office's order; empty = the default order. */
  order: z.array(z.string().max(40)).max(60),
  hidden: z.array(z.string().max(40)).max(60),
});

export const ledgersContract = {
  'ledgers.page': { input: LedgerPageInput, output: LedgerPage, access: 'read' },
  'ledgers.print': { input: LedgerPrintInput, output: LedgerPrint, access: 'read' },
  /** The ledger as an Excel workbook: a job whose result is a LedgerExportResult. */
  'ledgers.exportXlsx': { input: LedgerExportInput, output: JobStarted, access: 'export' },
  /** The ledger's print document as a PDF file, rendered in a headless Chromium found on the machine (the CLI's export-ledger --format pdf). */
  'ledgers.exportPdf': { input: LedgerPrintInput.extend({ file: FileRef.nullable() }), output: LedgerExportResult, access: 'export' },
  'ledgers.saveLayout': { input: ColumnLayoutInput, output: z.object({ order: z.array(z.string()), hidden: z.array(z.string()) }), access: 'write' },
} as const;
