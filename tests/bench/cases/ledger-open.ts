import type { LedgerPage } from '../../../shared/contract/ledgers';
import { LEDGER_KINDS } from '../../../shared/domain/ledgers/kinds';
import type { BenchCase } from '../bench-case';
import { LARGE_AS_OF, openRuntimeAt } from '../large-street';
import { timed } from '../latency';
import { prepareLargeCopy } from '../population-bench';

/**
 * Opening a ledger on screen, as the 台账 page asks for it: `ledgers.page` for the whole street, the first screenful
 * (200 rows), through the API. Measured for every kind: right after the app opened the database (nothing read yet:
 * the first kind pays for the street population), then each kind once more with the street's shared reads warm but
 * the ledger itself never built before, and scrolling (the next screenful of a ledger just opened).
 */
export const ledgerOpen: BenchCase = {
  name: 'ledger-open',
  description: `Open each ledger on screen (ledgers.page, whole large street, first 200 rows) on ${LARGE_AS_OF}: the slowest kind, shared reads warm`,
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const open = async (kind: string, asOf: string, offset = 0) => {
        const result = await runtime.call('ledgers.page', { kind, asOf, communityId: null, offset, limit: 200 });
        if (!result.ok) throw new Error(`${kind}: ${result.error.message}`);
        return result.value as LedgerPage;
      };
      const [, firstMs] = await timed(() => open('labour-resources', LARGE_AS_OF));
      ctx.note(`first ledger after opening the database (劳动力资源, street population read cold): ${firstMs.toFixed(0)} ms`);
      const warm: string[] = [];
      let worst = 0;
      // A date of its own for each round, so that no ledger is kept from before; the street's reads for the
      // date are made once by the first kind.
      const asOf = '2026-11-19';
      await open('labour-resources', asOf);
      for (const kind of LEDGER_KINDS) {
        const [page, wall, cpu] = await timed(() => open(kind, asOf));
        worst = Math.max(worst, wall);
        warm.push(`${kind} ${wall.toFixed(0)}/${cpu.toFixed(0)} (${page.total.toLocaleString('en')})`);
      }
      ctx.note(`each kind, wall/cpu ms (rows): ${warm.join(', ')}`);
      const [, scrollMs] = await timed(() => open('labour-resources', asOf, 400));
      ctx.note(`next screenful of 劳动力资源 (rows 401–600): ${scrollMs.toFixed(0)} ms`);
      return { wallMs: worst };
    } finally {
      runtime.close();
    }
  },
};
