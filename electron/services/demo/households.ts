/**
 * A random household: its shape, members, flags (urban, 低保, business income), who is employed at the as-of date,
 * who moved away, and every member's history.
 */
import type { DemoContext, Member } from './context';
import type { Community } from './communities';
import { addressFor, nextHouseholdNumber } from './communities';
import { addYearsToDay, dayFromYmd, isoOf } from '../../../shared/domain/dates';
import { householdShape } from './household-shapes';
import { buildCareer } from './careers';
import { surname } from './names';
import { fillUnemployedFields, randomMember } from './persons';

const ARCHIVE_FROM = dayFromYmd(2022, 1, 1);

/** Probability that a labour resource with a wish is employed at the as-of date. */
function employmentChance(m: Member, age: number, dibao: boolean): number {
  let p = 0.936;
  if (m.record.workAbility === 'partial') p -= 0.2;
  if (dibao) p -= 0.3;
  if (age < 25) p -= 0.07;
  return p;
}

/** Adds one random household to `c`; returns the number of members. */
export function randomHousehold(ctx: DemoContext, c: Community): number {
  const { rng, asOf, builder, ids } = ctx;
  const urban = c.record.kind === 'village' ? rng.chance(0.12) : rng.chance(0.875);
  const number = nextHouseholdNumber(c);
  const specs = householdShape(rng);
  const head = specs[0];
  const familyName = surname(rng);
  const area = ids.areaFor(urban);
  const members: Member[] = specs.map((spec) => {
    const ownName = (spec.relation === 'spouse' && head?.gender === 'M') || (spec.relation === 'parent' && spec.gender === 'F');
    const headIsWife = head?.gender === 'F' && specs.some((s) => s.relation === 'spouse');
    const name = ownName || (spec.relation === 'head' && headIsWife) ? surname(rng) : familyName;
    const birth = addYearsToDay(asOf, -spec.age) - rng.int(365);
    return randomMember(ctx, {
      idArea: rng.chance(0.75) ? area : ids.areaFor(urban),
      birth,
      gender: spec.gender,
      surname: name,
      relation: spec.relation,
      householdNumber: number,
      urban,
      age: spec.age,
    });
  });

  const hard = members.some((m) => m.record.workAbility !== 'full') || members.length === 1;
  const dibao = rng.chance(0.022 + (urban ? 0 : 0.02) + (hard ? 0.025 : 0));
  const businessIncome = rng.chance(0.07);
  for (const m of members) {
    if (m.record.relation !== 'head' && rng.chance(0.009)) {
      m.archived = rng.range(Math.max(m.birth + 1, ARCHIVE_FROM), asOf);
      m.record.archivedOn = isoOf(m.archived);
    }
  }
  decideEmployment(ctx, members, urban, dibao, businessIncome);

  builder.households.push({ number, communityCode: c.record.code, address: addressFor(rng, c), urban, dibao, businessIncome });
  for (const m of members) {
    builder.addPerson(m.record, m.birth, m.archived);
    buildCareer(ctx, m);
  }
  return members.length;
}

/**
 * Who of the household's labour resources is employed. The campaign clears most zero-employment families, so a
 * household that would be one usually gets one member back into work.
 */
function decideEmployment(ctx: DemoContext, members: Member[], urban: boolean, dibao: boolean, businessIncome: boolean): void {
  const { rng, asOf } = ctx;
  const labour = members.filter((m) => m.role === 'labour');
  for (const m of labour) {
    const age = (asOf - m.birth) / 365.25;
    m.employed = rng.chance(employmentChance(m, age, dibao));
  }
  const active = labour.filter((m) => m.archived === null);
  if (urban && !businessIncome && active.length > 0 && active.every((m) => !m.employed) && rng.chance(0.6)) {
    rng.pick(active).employed = true;
  }
  for (const m of members) {
    if ((m.role === 'labour' && !m.employed) || m.role === 'agedOut') fillUnemployedFields(ctx, m);
  }
}
