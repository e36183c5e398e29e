/** What printing and exporting a ledger start from: its rows for the query, the office's columns, the heading. */
import type { DeskDatabase } from '../../../db/open-database';
import type { LedgerQuery } from '../../../shared/contract/ledgers';
import { formatChineseDate } from '../../../shared/domain/dates';
import { LEDGER_TITLE } from '../../../shared/domain/ledgers/kinds';
import { visibleColumns } from '../../../shared/domain/ledgers/layout';
import type { Orientation } from '../../../shared/print/page-setup';
import type { CallerContext } from '../context';
import { defaultPreparer, streetForPrint } from '../prints/print-context';
import { buildLedger } from './build-ledger';
import { communityOrder } from './community-order';
import { readLayout } from './ledger-layout';
import type { LedgerPrintSpec } from './ledger-print';
import { maskingRules } from '../street/print-settings';
import { filterNote, queriedRows } from './ledger-view';

export interface OutputRequest extends LedgerQuery {
  orientation: Orientation;
}

export function ledgerOutputSpec(db: DeskDatabase, ctx: CallerContext, input: OutputRequest, today: string): LedgerPrintSpec {
  const built = buildLedger(db, input.kind, input.asOf, input.communityId);
  const rows = queriedRows(built, input) ?? built.all();
  const scopeName = input.communityId === null ? '全街道' : communityOrder(built.communities).name(input.communityId);
  return {
    kind: input.kind,
    asOf: input.asOf,
    period: built.period,
    street: streetForPrint(db).name,
    scopeName,
    communities: built.communities,
    columns: visibleColumns(input.kind, readLayout(db, input.kind)),
    rows,
    preparedBy: defaultPreparer(db, ctx),
    preparedOn: today,
    page: { size: 'A4', orientation: input.orientation },
    note: filterNote(input.kind, input),
    idMask: maskingRules(db).idNumber,
  };
}

/** 劳动力资源台账-七星岗社区-20261120.pdf: the ledger, scope and date, without characters file systems refuse. */
export function outputFileName(spec: Pick<LedgerPrintSpec, 'kind' | 'scopeName' | 'asOf'>, extension: 'pdf' | 'xlsx'): string {
  const base = `${LEDGER_TITLE[spec.kind]}-${spec.scopeName}-${spec.asOf.replace(/-/g, '')}`.replace(/[\\/:*?"<>|]/g, '');
  return `${base}.${extension}`;
}

export function printTitle(spec: Pick<LedgerPrintSpec, 'kind' | 'scopeName' | 'asOf'>): string {
  return `${LEDGER_TITLE[spec.kind]}（${spec.scopeName}，截至${formatChineseDate(spec.asOf)}）`;
}
