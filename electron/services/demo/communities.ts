/** The street's communities and villages, their household numbering and addresses, and random complaints. */
import type { CommunityRecord } from '../../../shared/domain/workbook/records';
import type { DemoContext } from './context';
import { dayFromYmd, yearOfDay } from '../../../shared/domain/dates';
import { COMMUNITY_NAMES, COMPLAINTS, ROADS, VILLAGE_NAMES } from './names';
import type { Rng } from './random';

export interface Community {
  record: CommunityRecord;
  /** Roads of an urban community, or the village name. */
  roads: string[];
  /** Persons the random part of the generator puts here. */
  targetPersons: number;
  nextHousehold: number;
}

/** `villageAt(i)` says which of `count` communities are villages. */
export function makeCommunities(rng: Rng, streetCode: string, count: number, totalPersons: number, villageAt: (i: number) => boolean): Community[] {
  const weights: number[] = [];
  const list: Community[] = [];
  let villages = 0;
  for (let i = 0; i < count; i += 1) {
    const village = villageAt(i);
    const code = `${streetCode}${String(i + 1).padStart(3, '0')}`;
    const name = village ? `${VILLAGE_NAMES[villages % VILLAGE_NAMES.length] ?? '新民'}村` : `${COMMUNITY_NAMES[i % COMMUNITY_NAMES.length] ?? '江滨'}社区`;
    if (village) villages += 1;
    const road = (i * 3) % ROADS.length;
    const roads = village ? [name] : [ROADS[road] ?? '江滨路', ROADS[(road + 7) % ROADS.length] ?? '中山东路'];
    weights.push(village ? rng.range(50, 80) : rng.range(80, 130));
    list.push({ record: { code, name, kind: village ? 'village' : 'community', contact: null, platform: null }, roads, targetPersons: 0, nextHousehold: 1 });
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  list.forEach((c, i) => {
    c.targetPersons = Math.round(((weights[i] ?? 0) / sum) * totalPersons);
  });
  return list;
}

export function nextHouseholdNumber(c: Community): string {
  const n = c.nextHousehold;
  c.nextHousehold += 1;
  if (n > 9999) throw new Error(`too many households in ${c.record.code}`);
  return `${c.record.code}${String(n).padStart(4, '0')}`;
}

export function addressFor(rng: Rng, c: Community): string {
  const place = rng.pick(c.roads);
  if (c.record.kind === 'village') return `${place}${rng.range(1, 12)}组${rng.range(1, 80)}号`;
  return `${place}${rng.range(1, 300)}号${rng.range(1, 24)}幢${rng.range(1, 4)}单元${rng.range(1, 18)}0${rng.range(1, 4)}室`;
}

/** A few complaints a year per community, about a third found valid. */
export function randomComplaints(ctx: DemoContext, communities: Community[], fromYear: number): void {
  const { rng, asOf, builder } = ctx;
  const seen = new Set<string>();
  for (const c of communities) {
    for (let year = fromYear; year <= yearOfDay(asOf); year += 1) {
      const count = rng.int(3);
      for (let k = 0; k < count; k += 1) {
        const day = rng.range(dayFromYmd(year, 1, 1), Math.min(asOf, dayFromYmd(year, 12, 31)));
        const content = rng.pick(COMPLAINTS);
        const key = `${c.record.code}|${day}|${content}`;
        if (seen.has(key)) continue;
        seen.add(key);
        builder.addComplaint(c.record.code, day, content, rng.chance(0.3));
      }
    }
  }
}
