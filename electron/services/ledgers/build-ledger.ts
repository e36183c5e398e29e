/**
 * Builds a ledger for a date and a scope (DOMAIN §7), and keeps the last few built while nothing in the database has
 * changed (the page asks for one screenful at a time; printing and exporting ask again): any write on this
 * connection (total_changes) or a commit by another (data_version) builds it afresh.
 */
import { communityNames } from '../../../db/repositories/communities/communities-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { AppError } from '../../../shared/app-error';
import type { LedgerKind } from '../../../shared/domain/ledgers/kinds';
import { ledgerPeriod } from '../../../shared/domain/ledgers/membership';
import type { LedgerRow } from '../../../shared/domain/ledgers/rows';
import type { BuildScope, BuiltLedger, LedgerSource } from './built-ledger';
import { readySource } from './built-ledger';
import { buildDoubleUnemployedLedger } from './family-ledger';
import { personLedgerSource } from './person-ledgers';
import { recordLedgerSource, buildVacancyLedger } from './record-ledgers';

function sourceOf(db: DeskDatabase, kind: LedgerKind, scope: BuildScope): LedgerSource {
  switch (kind) {
    case 'training':
    case 'services':
    case 'policies':
      return recordLedgerSource(db, kind, scope);
    case 'vacancies':
      return readySource(buildVacancyLedger(db, scope));
    case 'double-unemployed-families':
      return readySource(buildDoubleUnemployedLedger(db, scope));
    default:
      return personLedgerSource(db, kind, scope);
  }
}

export function buildLedgerUncached(db: DeskDatabase, kind: LedgerKind, asOf: string, communityId: number | null): BuiltLedger {
  const communities = communityNames(db);
  if (communityId !== null && !communities.some((c) => c.id === communityId)) {
    throw new AppError('NOT_FOUND', '找不到该社区（不在本街道），请刷新后重新选择');
  }
  const scope: BuildScope = { asOf, period: ledgerPeriod(asOf), communityId, communities };
  const source = sourceOf(db, kind, scope);
  let all: readonly LedgerRow[] | null = null;
  return {
    kind,
    asOf,
    period: scope.period,
    communityId,
    communities,
    entries: Object.freeze(source.entries),
    materialise: (entries) => source.materialise(entries),
    all() {
      if (all === null) all = Object.freeze(source.materialise(source.entries));
      return all;
    },
  };
}

interface Entry {
  key: string;
  stamp: string;
  ledger: BuiltLedger;
}

const KEEP = 4;
const caches = new WeakMap<object, Entry[]>();

function stampOf(db: DeskDatabase): string {
  const changes = db.sqlite.prepare('SELECT total_changes()').pluck().get() as number;
  const version = db.sqlite.pragma('data_version', { simple: true }) as number;
  return `${changes}/${version}`;
}

/** The ledger, from the kept ones when the database has not changed since it was built. */
export function buildLedger(db: DeskDatabase, kind: LedgerKind, asOf: string, communityId: number | null): BuiltLedger {
  const key = `${kind}|${asOf}|${communityId ?? ''}`;
  const entries = caches.get(db.sqlite) ?? [];
  const stamp = stampOf(db);
  const hit = entries.find((e) => e.key === key && e.stamp === stamp);
  if (hit) return hit.ledger;
  const ledger = buildLedgerUncached(db, kind, asOf, communityId);
  // Reads may tidy the read memo's temporary tables: the stamp after building is what the next request compares.
  const kept = [{ key, stamp: stampOf(db), ledger }, ...entries.filter((e) => e.key !== key)].slice(0, KEEP);
  caches.set(db.sqlite, kept);
  return ledger;
}
