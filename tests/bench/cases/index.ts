import type { BenchCase } from '../bench-case';

/**
 * Every benchmark case by name, loaded only when run (so a case's child process holds only its own imports).
 * To add a case: a file in this folder exporting a BenchCase, and one line here.
 */
export const benchCases: Record<string, () => Promise<BenchCase>> = {
  baseline: () => import('./baseline').then((m) => m.baseline),
  'db-open-migrate': () => import('./db-open-migrate').then((m) => m.dbOpenMigrate),
  'db-open-existing': () => import('./db-open-existing').then((m) => m.dbOpenExisting),
  'browser-cold-start': () => import('./browser-cold-start').then((m) => m.browserColdStart),
  'demo-large-load': () => import('./demo-large-load').then((m) => m.demoLargeLoad),
  'exceljs-write-baseline': () => import('./exceljs-write-baseline').then((m) => m.exceljsWriteBaseline),
  'workbook-export-large': () => import('./workbook-export-large').then((m) => m.workbookExportLarge),
  'exceljs-read-baseline': () => import('./exceljs-read-baseline').then((m) => m.exceljsReadBaseline),
  'workbook-read-large': () => import('./workbook-read-large').then((m) => m.workbookReadLarge),
  'workbook-import-large': () => import('./workbook-import-large').then((m) => m.workbookImportLarge),
  'workbook-import-worker-large': () => import('./workbook-import-worker-large').then((m) => m.workbookImportWorkerLarge),
  'population-snapshot-large': () => import('./population-snapshot-large').then((m) => m.populationSnapshotLarge),
  'family-recompute-one': () => import('./family-recompute-one').then((m) => m.familyRecomputeOne),
  'population-recompute-all': () => import('./population-recompute-all').then((m) => m.populationRecomputeAll),
  'population-recompute-4050': () => import('./population-recompute-4050').then((m) => m.populationRecompute4050),
  'registry-search-large': () => import('./registry-search-large').then((m) => m.registrySearchLarge),
  'person-page-large': () => import('./person-page-large').then((m) => m.personPageLarge),
  'family-recompute-after-change': () => import('./family-recompute-after-change').then((m) => m.familyRecomputeAfterChange),
  'assessment-trend-large': () => import('./assessment-trend-large').then((m) => m.assessmentTrendLarge),
  'assess-large': () => import('./assess-large').then((m) => m.assessLarge),
  'worklist-large': () => import('./worklist-large').then((m) => m.worklistLarge),
  'zip-bomb-refusal': () => import('./zip-bomb-refusal').then((m) => m.zipBombRefusal),
  'annual-export-large': () => import('./package-cases').then((m) => m.annualExportLarge),
  'transfer-verify-10k': () => import('./package-cases').then((m) => m.transferVerify10k),
  'transfer-import-10k': () => import('./package-cases').then((m) => m.transferImport10k),
  'prints-docs-large': () => import('./prints-docs-large').then((m) => m.printsDocsLarge),
  'ledger-open': () => import('./ledger-open').then((m) => m.ledgerOpen),
  'ledger-xlsx': () => import('./ledger-xlsx').then((m) => m.ledgerXlsx),
  'ledger-pdf': () => import('./ledger-pdf').then((m) => m.ledgerPdf),
  'ledger-import-10k': () => import('./ledger-import-10k').then((m) => m.ledgerImport10k),
  'ledger-import-100k-preview': () => import('./ledger-import-100k-preview').then((m) => m.ledgerImport100kPreview),
  'ledger-import-services-10k': () => import('./ledger-import-services-10k').then((m) => m.ledgerImportServices10k),
  'ledger-import-difficult-2k': () => import('./ledger-import-difficult-2k').then((m) => m.ledgerImportDifficult2k),
};
