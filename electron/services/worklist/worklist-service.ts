/** The worklist methods (shared/contract/worklist.ts): the filtered list with counts, and the navigation's counts. */
import type { CountsByKind, ListWorklistInput, WorklistCounts, WorklistList } from '../../../shared/contract/worklist';
import { WORKLIST_KINDS } from '../../../shared/domain/worklist/kinds';
import type { WorklistRow } from '../../../shared/domain/worklist/kinds';
import { tallyWorklist } from '../../../shared/domain/worklist/tally';
import type { CallerContext } from '../context';
import type { WorklistCache } from './worklist-cache';

function countByKind(rows: readonly WorklistRow[]): CountsByKind {
  const counts = Object.fromEntries(WORKLIST_KINDS.map((k) => [k, 0])) as CountsByKind;
  for (const r of rows) counts[r.kind] += 1;
  return counts;
}

/**
 * The street's worklist is built once (and cached) and filtered here, so changing the filters costs nothing; a
 * community clerk's is built for the own community only.
 */
export function listWorklist(cache: WorklistCache, ctx: CallerContext, input: ListWorklistInput): WorklistList {
  const built = cache.get(input.asOf, ctx.communityId);
  const community = ctx.communityId ?? input.communityId ?? null;
  const inCommunity = community === null ? built.rows : built.rows.filter((r) => r.communityId === community);
  const clerks = [...new Set(inCommunity.flatMap((r) => (r.clerk === null ? [] : [r.clerk])))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const byClerk = input.clerk === undefined ? inCommunity : inCommunity.filter((r) => r.clerk === input.clerk);
  const kinds = input.kinds ? new Set(input.kinds) : null;
  const rows = kinds === null ? byClerk : byClerk.filter((r) => kinds.has(r.kind));
  return { asOf: built.asOf, rows, countsByKind: countByKind(byClerk), total: rows.length, clerks, warnings: built.warnings };
}

export function worklistCounts(cache: WorklistCache, ctx: CallerContext, asOf: string): WorklistCounts {
  const built = cache.get(asOf, ctx.communityId);
  // The badge counts what the unfiltered page lists (shared/domain/worklist/tally.ts): upcoming rows included.
  const tally = tallyWorklist(built.rows);
  return { asOf, open: tally.total, overdue: tally.overdue, upcoming: tally.upcoming, countsByKind: countByKind(built.rows) };
}
