/** The office's own column order per ledger, kept in the settings (`ledgers.layout.<kind>`), saved with an audit row. */
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { readSetting, writeSetting } from '../../../db/repositories/system/settings-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { LedgerKind } from '../../../shared/domain/ledgers/kinds';
import { DEFAULT_LAYOUT, normaliseLayout } from '../../../shared/domain/ledgers/layout';
import type { ColumnLayout } from '../../../shared/domain/ledgers/layout';
import type { CallerContext } from '../context';

const keyOf = (kind: LedgerKind) => `ledgers.layout.${kind}`;

export function readLayout(db: DeskDatabase, kind: LedgerKind): ColumnLayout {
  const text = readSetting(db, keyOf(kind));
  if (text === null) return DEFAULT_LAYOUT;
  try {
    const value = JSON.parse(text) as { order?: unknown; hidden?: unknown };
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    return normaliseLayout(kind, { order: strings(value.order), hidden: strings(value.hidden) });
  } catch {
    return DEFAULT_LAYOUT;
  }
}

export function saveLayout(db: DeskDatabase, ctx: CallerContext, kind: LedgerKind, layout: ColumnLayout): ColumnLayout {
  const clean = normaliseLayout(kind, layout);
  inTransaction(db, () => {
    const before = readLayout(db, kind);
    writeSetting(db, keyOf(kind), JSON.stringify(clean));
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'ledger-layout', entityKey: kind, before, after: clean });
  });
  return clean;
}
