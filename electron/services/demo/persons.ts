/** A resident's fixed attributes: identity, schooling, work ability, role at the as-of date, and ledger fields. */
import type { Education, PersonRecord, Relation } from '../../../shared/domain/workbook/records';
import { blankPerson } from '../../../shared/domain/workbook/blank-person';
import type { DemoContext, Member, Role } from './context';
import { addYearsToDay, isoOf, yearOfDay } from '../../../shared/domain/dates';
import { givenName, mobilePhone, SKILL_LEVELS, SKILLS, TRAINING_COURSES } from './names';
import type { WeightedTable } from './random';
import { weightedTable } from './random';
import { retirementDay, sixteenthBirthday } from './population-rules';

/** Age at which each level of schooling is completed. */
export const FINISH_AGE: Record<Education, number> = {
  primary: 16,
  junior: 16,
  senior: 19,
  secondary_vocational: 19,
  college: 21,
  bachelor: 22,
  postgraduate: 25,
};
export const TERTIARY: ReadonlySet<Education> = new Set<Education>(['college', 'bachelor', 'postgraduate']);

const EDUCATION_BY_COHORT: [number, WeightedTable<Education>][] = [
  [1960, weightedTable<Education>([['primary', 40], ['junior', 35], ['senior', 15], ['secondary_vocational', 5], ['college', 4], ['bachelor', 1]])],
  [1975, weightedTable<Education>([['primary', 15], ['junior', 40], ['senior', 22], ['secondary_vocational', 10], ['college', 8], ['bachelor', 5]])],
  [1990, weightedTable<Education>([['primary', 3], ['junior', 25], ['senior', 20], ['secondary_vocational', 14], ['college', 18], ['bachelor', 17], ['postgraduate', 3]])],
  [9999, weightedTable<Education>([['junior', 14], ['senior', 14], ['secondary_vocational', 19], ['college', 23], ['bachelor', 25], ['postgraduate', 5]])],
];

function educationTable(birthYear: number): WeightedTable<Education> {
  const row = EDUCATION_BY_COHORT.find(([before]) => birthYear < before);
  if (!row) throw new Error('no education table');
  return row[1];
}

const URBAN_INSURANCE = weightedTable<string>([['城镇职工养老保险', 70], ['灵活就业人员参保', 15], ['城乡居民养老保险', 10], ['未参保', 5]]);
const RURAL_INSURANCE = weightedTable<string>([['城镇职工养老保险', 30], ['灵活就业人员参保', 10], ['城乡居民养老保险', 50], ['未参保', 10]]);

/** The highest level completed by someone of `age` heading for `target`. */
function completedBy(age: number, target: Education): Education | null {
  if (age >= FINISH_AGE[target]) return target;
  if (age >= 22 && target === 'postgraduate') return 'bachelor';
  if (age >= 19) return 'senior';
  if (age >= 16) return 'junior';
  if (age >= 12) return 'primary';
  return null;
}

export interface NewPerson {
  idArea: string;
  birth: number;
  gender: 'M' | 'F';
  surname: string;
  relation: Relation;
  householdNumber: string;
  urban: boolean;
}

/** A PersonRecord with neutral defaults, for scenarios to adjust. */
export function basePerson(ctx: DemoContext, p: NewPerson): PersonRecord {
  const birthDate = isoOf(p.birth);
  const identity = { idNumber: ctx.ids.next(p.idArea, birthDate, p.gender), name: p.surname + givenName(ctx.rng, p.gender), gender: p.gender, birthDate, householdNumber: p.householdNumber, relation: p.relation };
  return { ...blankPerson(identity), hasWish: true };
}

function noWish(record: PersonRecord, reason: string): void {
  record.hasWish = false;
  record.noWishReason = reason;
}

/** Draws everything about a resident except their history. */
export function randomMember(ctx: DemoContext, p: NewPerson & { age: number }): Member {
  const { rng, asOf } = ctx;
  const record = basePerson(ctx, p);
  const age = p.age;
  const birthYear = yearOfDay(p.birth);
  const target = rng.weighted(educationTable(birthYear));
  const finishAge = FINISH_AGE[target];
  record.education = completedBy(age, target);
  if (p.gender === 'F' && birthYear >= 1955) {
    const r = rng.next();
    record.retirementBase = r < 0.12 ? 50 : r < 0.22 ? 55 : null;
  }
  const retire = retirementDay(p.gender, record.retirementBase, p.birth);
  const workingAge = sixteenthBirthday(p.birth) <= asOf && asOf < retire;

  let role: Role;
  if (age < 16) {
    role = 'child';
    record.isStudent = age >= 6;
    noWish(record, record.isStudent ? '在校' : '其他');
  } else if (workingAge && age < finishAge) {
    role = 'student';
    record.isStudent = true;
    noWish(record, '在校');
  } else if (workingAge) {
    if (rng.chance(0.011)) {
      role = 'disabled';
      record.workAbility = 'none';
      noWish(record, '丧失劳动能力');
    } else if (age >= 45 && rng.chance(0.015)) {
      role = 'retired';
      record.isRetired = true;
      noWish(record, '退休');
    } else {
      if (rng.chance(0.025)) record.workAbility = 'partial';
      if (rng.chance(0.016)) {
        role = 'homemaker';
        noWish(record, rng.chance(p.gender === 'F' ? 0.85 : 0.4) ? '料理家务' : '其他');
      } else role = 'labour';
    }
  } else if (asOf - retire < 730 && rng.chance(0.36)) {
    role = 'agedOut';
  } else {
    if (age >= 80 && rng.chance(0.25)) record.workAbility = 'none';
    record.isRetired = rng.chance(p.urban ? 0.92 : 0.45);
    role = record.isRetired ? 'retired' : 'elderly';
    noWish(record, record.isRetired ? '退休' : '其他');
  }

  const adult = age >= 18;
  if (adult && rng.chance(age >= 70 ? 0.65 : 0.93)) record.phone = mobilePhone(rng);
  if (role === 'labour' || role === 'homemaker' || role === 'agedOut') {
    record.migrantWorker = !p.urban && age >= 18 && age <= 58 && rng.chance(0.5);
    if (rng.chance(0.45)) {
      record.skills = rng.pick(SKILLS);
      if (rng.chance(0.6)) record.skillLevel = rng.pick(SKILL_LEVELS);
    }
    record.socialInsurance = rng.weighted(p.urban ? URBAN_INSURANCE : RURAL_INSURANCE);
  }
  if (age >= 20 && age <= 62) record.veteran = rng.chance(p.gender === 'M' ? 0.025 : 0.002);
  if (record.education !== null && TERTIARY.has(record.education) && !record.isStudent) {
    record.graduationYear = Math.min(yearOfDay(asOf), yearOfDay(addYearsToDay(p.birth, FINISH_AGE[record.education])));
  }
  return { record, birth: p.birth, retire, archived: null, role, finishAge, urban: p.urban, employed: false };
}

/** Fields the 十清 ledger asks of an unemployed person (some left empty, as real ledgers have gaps). */
export function fillUnemployedFields(ctx: DemoContext, m: Member): void {
  const { rng } = ctx;
  if (rng.chance(0.8)) m.record.trainingWanted = rng.chance(0.7) ? rng.pick(TRAINING_COURSES) : '暂无';
  if (rng.chance(0.85)) m.record.policiesEnjoyed = rng.chance(0.6) ? '无' : rng.pick(['灵活就业社保补贴', '求职创业补贴', '职业培训补贴', '就业困难人员社保补贴']);
}
