import { z } from 'zod';
import { IsoDate } from './common';
import { JobId, JobStarted } from './jobs';

/** An opaque reference to a file the user picked (open/save dialog, upload); null = the service picks a download. */
export const FileRef = z.string().regex(/^[a-f0-9]{24}$/, { message: '文件引用无效，请重新选择文件' });

export const ImportProblem = z.object({
  sheet: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
});
export type ImportProblemDto = z.infer<typeof ImportProblem>;

export const SheetCounts = z.object({ new: z.number().int(), changed: z.number().int(), unchanged: z.number().int() });
export type SheetCounts = z.infer<typeof SheetCounts>;

export const ImportPreview = z.object({
  ok: z.boolean(),
  fileName: z.string(),
  sha256: z.string(),
  counts: z.record(z.string(), SheetCounts),
  errors: z.array(ImportProblem),
  /** Problems beyond the listed ones (the list is capped). */
  omittedErrors: z.number().int(),
  ignoredSheets: z.array(z.string()),
  /** What was read but not imported, without stopping the import (a sheet the standard workbook has no place for). */
  warnings: z.array(ImportProblem),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.object({ fileName: z.string(), counts: z.record(z.string(), SheetCounts) });
export type ImportResult = z.infer<typeof ImportResult>;

export const Download = z.object({ ref: z.string(), name: z.string() });
export type Download = z.infer<typeof Download>;

export const ExportResult = z.object({
  fileName: z.string(),
  counts: z.record(z.string(), z.number().int()),
  /** Set in browser mode: the file to download. */
  download: Download.nullable(),
  /** Services to a household left out of the file: 0 since version 2 (家庭服务记录); kept for the CLI's --json shape. */
  householdServicesLeftOut: z.number().int(),
  /** The written file's SHA-256 (as logged in the exchange log). */
  sha256: z.string(),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const DemoLoaded = z.object({ street: z.string(), counts: z.record(z.string(), z.number().int()) });
export type DemoLoaded = z.infer<typeof DemoLoaded>;

/** Which demo street: its size, the seed (the same seed always gives the same street) and the date it describes. */
const DemoOptions = {
  size: z.enum(['small', 'large']),
  /** Omitted: the app's fixed seed. */
  seed: z.number().int({ message: '随机种子应为非负整数' }).min(0, { message: '随机种子应为非负整数' }).max(Number.MAX_SAFE_INTEGER).optional(),
  /** Omitted: today (the demo.load of the app, so its deadlines are current); never after today. */
  asOf: IsoDate.optional(),
};

export const DemoWorkbookWritten = z.object({ counts: z.record(z.string(), z.number().int()) });
export type DemoWorkbookWritten = z.infer<typeof DemoWorkbookWritten>;

export const workbookContract = {
  'workbook.preview': { input: z.strictObject({ file: FileRef }), output: JobStarted, access: 'write' },
  'workbook.commit': { input: z.strictObject({ previewJobId: JobId }), output: JobStarted, access: 'write' },
  'workbook.export': { input: z.strictObject({ file: FileRef.nullable() }), output: JobStarted, access: 'export' },
  'workbook.errorReport': {
    input: z.strictObject({ previewJobId: JobId, file: FileRef.nullable() }),
    output: z.object({ download: Download.nullable() }),
    access: 'read',
  },
  /** The blank template (下载空白模板): every sheet's header, 填表说明, Excel dropdowns and formats; no data. */
  'workbook.template': { input: z.strictObject({ file: FileRef.nullable() }), output: z.object({ download: Download.nullable() }), access: 'read' },
  'demo.load': { input: z.strictObject(DemoOptions), output: JobStarted, access: 'admin' },
  /** The demo street written straight to a workbook file, no database involved. */
  'demo.workbook': { input: z.strictObject({ ...DemoOptions, file: FileRef }), output: JobStarted, access: 'read' },
} as const;
