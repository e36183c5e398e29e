/**
 * The demo street (演示街道): a deterministic, fictional street for demonstrations, manual testing and
 * benchmarks. `small` is three communities with a few hundred residents and a hand-made case for every indicator
 * (see scenarios.ts); `large` is DOMAIN §9's street: 40 communities, about 150,000 residents, 400,000 services.
 * The same options always give exactly the same data; nothing depends on the clock or Math.random.
 */
import type { StreetData, StreetRecord } from '../../../shared/domain/workbook/records';
import type { DemoContext } from './context';
import { makeCommunities, randomComplaints } from './communities';
import { dayFromYmd, dayOf } from '../../../shared/domain/dates';
import { randomHousehold } from './households';
import { IdAllocator } from './id-allocator';
import { addClerkRecords } from './clerk-records';
import { addMoves } from './moves';
import { makeEmployers } from './names';
import { Rng } from './random';
import { addScenarios } from './scenarios';
import { StreetBuilder } from './street-builder';

export interface DemoOptions {
  size: 'small' | 'large';
  seed: number;
  /** The date the data describe; nothing is dated after it. Default 2026-11-20. */
  asOf?: string;
}

export const DEFAULT_DEMO_AS_OF = '2026-11-20';

export const DEMO_STREET: StreetRecord = {
  code: '321102001',
  name: '江滨街道（演示）',
  complaintPhone: '0511-85012345',
  complaintMailbox: '江滨街道办事处一楼举报信箱',
};

/** Services (and the random complaints) are recorded from this day on. */
const RECORDS_FROM = dayFromYmd(2022, 1, 1);

const SIZES = {
  small: { communities: 3, persons: 300, isVillage: (i: number) => i === 2 },
  large: { communities: 40, persons: 150_000, isVillage: (i: number) => i % 7 === 6 || i === 39 },
} as const;

export function generateDemoStreet(options: DemoOptions): StreetData {
  const asOf = dayOf(options.asOf ?? DEFAULT_DEMO_AS_OF);
  const size = SIZES[options.size];
  const root = new Rng(options.seed);
  const builder = new StreetBuilder(DEMO_STREET, asOf, RECORDS_FROM);
  const ctx: DemoContext = {
    rng: root.fork(1),
    asOf,
    builder,
    ids: new IdAllocator(root.fork(2)),
    employers: makeEmployers(root.fork(3), 120),
  };
  const communities = makeCommunities(root.fork(4), DEMO_STREET.code, size.communities, size.persons, size.isVillage);
  builder.communities.push(...communities.map((c) => c.record));
  for (const c of communities) {
    for (let persons = 0; persons < c.targetPersons; ) persons += randomHousehold(ctx, c);
  }
  addMoves({ ...ctx, rng: root.fork(6) });
  if (options.size === 'small') addScenarios({ ...ctx, rng: root.fork(5) }, communities);
  else randomComplaints({ ...ctx, rng: root.fork(5) }, communities, 2022);
  // Everything else a clerk records (version 2 of the workbook), from a stream of its own: the above stays as it was.
  addClerkRecords({ ...ctx, rng: root.fork(7) }, communities);
  return builder.finish();
}
