/** The worklist methods (shared/contract/worklist.ts): the filtered list with counts, and the navigation's counts. */
import type { CountsByKind, ListWorklistInput, WorklistCounts, WorklistList } from '../../../shared/contract/worklist';
import { WORKLIST_KINDS } from '../../../shared/domain/worklist/kinds';
import type { WorklistRow } from '../../../shared/domain/worklist/kinds';
import { tallyWorklist } from '../../../shared/domain/worklist/tally';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { unsettledRows, withDispositions } from './dispositions';
import type { WorklistCache } from './worklist-cache';

function countByKind(rows: readonly Pick<WorklistRow, 'kind'>[]): CountsByKind {
  const counts = Object.fromEntries(WORKLIST_KINDS.map((k) => [k, 0])) as CountsByKind;
  for (const r of rows) counts[r.kind] += 1;
  return counts;
}

/**
 * The street's worklist is built once (and cached) and filtered here, so changing the filters costs nothing; a
 * community clerk's is built for the own community only. Rows marked 已处理 or 暂缓 on the date are left out unless
 * asked for.
 */
export function listWorklist(db: DeskDatabase, cache: WorklistCache, ctx: CallerContext, input: ListWorklistInput): WorklistList {
  const built = cache.get(input.asOf, ctx.communityId);
  const community = ctx.communityId ?? input.communityId ?? null;
  const inCommunity = community === null ? built.rows : built.rows.filter((r) => r.communityId === community);
  const clerks = [...new Set(inCommunity.flatMap((r) => (r.clerk === null ? [] : [r.clerk])))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const byClerk = input.clerk === undefined ? inCommunity : inCommunity.filter((r) => r.clerk === input.clerk);
  const considered = withDispositions(db, byClerk, input.asOf, input.settled === true);
  const kinds = input.kinds ? new Set(input.kinds) : null;
  const rows = kinds === null ? considered.rows : considered.rows.filter((r) => kinds.has(r.kind));
  return {
    asOf: built.asOf,
    rows,
    settled: considered.settled,
    countsByKind: countByKind(considered.rows),
    total: rows.length,
    clerks,
    warnings: built.warnings,
  };
}

export function worklistCounts(db: DeskDatabase, cache: WorklistCache, ctx: CallerContext, asOf: string): WorklistCounts {
  const built = cache.get(asOf, ctx.communityId);
  // The badge counts what the unfiltered page lists (shared/domain/worklist/tally.ts): upcoming rows included,
  // rows marked 已处理 or 暂缓 left out.
  const rows = unsettledRows(db, built.rows, asOf);
  const tally = tallyWorklist(rows);
  return { asOf, open: tally.total, overdue: tally.overdue, upcoming: tally.upcoming, countsByKind: countByKind(rows) };
}
