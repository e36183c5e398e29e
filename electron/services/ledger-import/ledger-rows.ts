/** The preview's rows as the page lists them (filtered, a page at a time, 身份证 masked) and as the CLI prints them. */
import type { LedgerDocument, LedgerPreviewRow, LedgerRowFilter } from '../../../shared/contract/ledger-import';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { LEDGER_FIELD_LABEL } from '../../../shared/domain/ledger-import/ledger-fields';
import { maskPhoneWith } from '../../../shared/domain/privacy/masking';
import type { PlannedRow } from './plan-ledger';
import type { PreparedLedger } from './preview-ledger';

/** ID numbers quoted in a message (a converted or truncated number), masked as the list masks them. */
function maskedText(message: string): string {
  return message.replace(/\d{15,17}[\dXx]?/g, (id) => maskIdNumber(id, 6, id.length >= 18 ? 4 : 3));
}

function matches(row: PlannedRow, filter: LedgerRowFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'valid':
      return row.status === 'valid' && row.issues.length === 0;
    case 'warning':
      return row.status === 'valid' && row.issues.length > 0;
    case 'update':
      return row.status === 'valid' && row.change === 'update';
    case 'new':
      return row.status === 'valid' && row.change === 'new';
    default:
      return row.status === filter;
  }
}

export function pageRows(prepared: PreparedLedger, filter: LedgerRowFilter, offset: number, limit: number): { total: number; rows: LedgerPreviewRow[] } {
  const selected = filter === 'all' ? prepared.rows : prepared.rows.filter((r) => matches(r, filter));
  return {
    total: selected.length,
    rows: selected.slice(offset, offset + limit).map((r) => ({
      row: r.row,
      status: r.status,
      change: r.change,
      // A 岗位台账's row names its employer and vacancy instead of a person.
      name: r.values.vacancy ? [r.values.vacancy.employer, r.values.vacancy.title].filter((t) => t !== null).join(' · ') || null : r.values.name,
      maskedIdNumber: r.idNumber === null ? null : maskIdNumber(r.idNumber),
      convertedFrom: r.convertedFrom === null ? null : maskIdNumber(r.convertedFrom, 6, 3),
      household: r.household,
      newHousehold: r.newHousehold,
      issues: r.issues.map((i) => ({ ...i, message: maskedText(i.message) })),
      // Phone numbers masked as the person page masks them (the full ones are in the file the clerk chose).
      differences: r.differences.map((d) => (d.field === LEDGER_FIELD_LABEL.phone ? { ...d, before: d.before && maskPhoneWith(d.before), after: d.after && maskPhoneWith(d.after) } : d)),
    })),
  };
}

export function ledgerDocument(prepared: PreparedLedger): LedgerDocument {
  const { preview } = prepared;
  return {
    ok: preview.ok,
    sheet: preview.sheet,
    headerRows: preview.headerRows,
    mapping: preview.mapping,
    dataRows: preview.dataRows,
    rows: prepared.rows.map((r) => ({ row: r.row, status: r.status, id: r.idNumber, convertedFrom: r.convertedFrom, issues: r.issues })),
    summary: { valid: preview.summary.valid, rejected: preview.summary.rejected, duplicates: preview.summary.duplicates, warnings: preview.summary.warnings },
  };
}
