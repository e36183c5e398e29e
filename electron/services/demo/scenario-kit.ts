/**
 * Small helpers for writing the small street's hand-made cases: households and members with chosen ages and
 * flags, and their spells, registrations and services, all with dates counted back from the as-of date.
 */
import type { Education, PersonRecord, Relation, RegistrationReason, ServiceKind, SpellKind } from '../../../shared/domain/workbook/records';
import type { Community } from './communities';
import { addressFor, nextHouseholdNumber } from './communities';
import type { DemoContext } from './context';
import { addYearsToDay, dayOf, isoOf, weekdayOfDay, yearStart, ymdOf } from '../../../shared/domain/dates';
import { HOME_AREA } from './id-allocator';
import { mobilePhone, surname } from './names';
import { basePerson } from './persons';
import { retirementDay } from './population-rules';
import { serviceContent } from './services';
import type { ReferralResult } from './street-builder';

/** Days around long public holidays, when "three working days" can stretch past a week. */
function nearLongHoliday(day: number): boolean {
  const { m, d } = ymdOf(day);
  return m <= 2 || (m === 3 && d <= 5) || (m === 4 && d >= 22) || (m === 5 && d <= 8) || (m === 9 && d >= 22) || (m === 10 && d <= 10) || (m === 12 && d >= 24);
}

function educationForAge(age: number): Education {
  if (age < 19) return 'junior';
  if (age < 40) return age % 3 === 0 ? 'bachelor' : age % 3 === 1 ? 'college' : 'senior';
  return age % 2 === 0 ? 'senior' : 'junior';
}

export type Patch = Partial<Omit<PersonRecord, 'idNumber' | 'gender' | 'birthDate' | 'householdNumber' | 'relation'>>;

export class ScenarioHousehold {
  private readonly family: string;

  constructor(
    private readonly kit: ScenarioKit,
    readonly number: string,
    readonly urban: boolean,
  ) {
    this.family = surname(kit.ctx.rng);
  }

  /** Adds a member born on `birth`; `archived` is the day they moved away. Returns the ID number. */
  person(relation: Relation, gender: 'M' | 'F', birth: number, patch: Patch = {}, archived: number | null = null): string {
    const { ctx } = this.kit;
    const ownSurname = relation === 'spouse' || relation === 'parent';
    const record = basePerson(ctx, {
      idArea: this.urban ? HOME_AREA : '321181',
      birth,
      gender,
      surname: ownSurname ? surname(ctx.rng) : this.family,
      relation,
      householdNumber: this.number,
      urban: this.urban,
    });
    const age = ymdOf(this.kit.asOf).y - ymdOf(birth).y;
    if (age >= 18) record.phone = mobilePhone(ctx.rng);
    if (age >= 7) record.education = educationForAge(age);
    Object.assign(record, patch, archived === null ? {} : { archivedOn: isoOf(archived) });
    ctx.builder.addPerson(record, birth, archived);
    return record.idNumber;
  }

  /** A labour resource with an employment wish. */
  worker(relation: Relation, gender: 'M' | 'F', age: number, patch: Patch = {}): string {
    return this.person(relation, gender, this.kit.born(age), { socialInsurance: this.urban ? '城镇职工养老保险' : '城乡居民养老保险', ...patch });
  }

  /** A pupil or student (under 6: a small child). */
  student(relation: Relation, gender: 'M' | 'F', age: number, patch: Patch = {}): string {
    return this.person(relation, gender, this.kit.born(age), { isStudent: age >= 6, hasWish: false, noWishReason: age >= 6 ? '在校' : '其他', ...patch });
  }

  retiree(relation: Relation, gender: 'M' | 'F', age: number, patch: Patch = {}): string {
    return this.person(relation, gender, this.kit.born(age), { isRetired: true, hasWish: false, noWishReason: '退休', ...patch });
  }
}

export class ScenarioKit {
  readonly asOf: number;
  /** 1 January of the as-of year. */
  readonly yearStart: number;

  constructor(
    readonly ctx: DemoContext,
    private readonly communities: Community[],
  ) {
    this.asOf = ctx.asOf;
    this.yearStart = dayOf(yearStart(isoOf(ctx.asOf)));
  }

  household(community: number, flags: { urban?: boolean; dibao?: boolean; businessIncome?: boolean } = {}): ScenarioHousehold {
    const c = this.communities[community];
    if (!c) throw new Error(`no community ${community}`);
    const urban = flags.urban ?? c.record.kind === 'community';
    const number = nextHouseholdNumber(c);
    this.ctx.builder.households.push({
      number,
      communityCode: c.record.code,
      address: addressFor(this.ctx.rng, c),
      urban,
      dibao: flags.dibao ?? false,
      businessIncome: flags.businessIncome ?? false,
    });
    return new ScenarioHousehold(this, number, urban);
  }

  ago(days: number): number {
    return this.asOf - days;
  }

  /** A birth date giving `age` whole years at the as-of date (some weeks past the birthday). */
  born(age: number): number {
    return addYearsToDay(this.asOf, -age) - this.ctx.rng.range(20, 300);
  }

  /** The Tuesday on or before `daysAgo` days back, moved away from long holidays (so deadlines are plain). */
  tuesday(daysAgo: number): number {
    let day = this.asOf - daysAgo;
    day -= (weekdayOfDay(day) - 2 + 7) % 7;
    while (nearLongHoliday(day) && day - 7 >= this.yearStart) day -= 7;
    return day;
  }

  /** A birth date whose statutory retirement date is `daysAhead` days after the as-of date (or the nearest after). */
  bornToRetireIn(gender: 'M' | 'F', base: 50 | 55 | null, daysAhead: number): number {
    const target = this.asOf + daysAhead;
    const baseAge = gender === 'M' ? 60 : (base ?? 55);
    for (let birth = addYearsToDay(target, -baseAge - 6); birth <= addYearsToDay(target, -baseAge); birth += 1) {
      if (retirementDay(gender, base, birth) >= target) return birth;
    }
    return addYearsToDay(target, -baseAge);
  }

  spell(id: string, start: number, end: number | null, kind: SpellKind = 'unit', employer?: string): void {
    this.ctx.builder.addSpell(id, start, end, kind, employer ?? (kind === 'unit' ? this.ctx.rng.pick(this.ctx.employers) : null));
  }

  register(id: string, day: number, reason: RegistrationReason, cancelled: number | null = null, cancelReason = '已就业'): void {
    this.ctx.builder.addRegistration(id, day, reason, cancelled, cancelReason);
  }

  service(id: string, day: number, kind: ServiceKind, result: ReferralResult | null = null, content?: string): void {
    this.ctx.builder.addService(id, day, kind, content ?? serviceContent(this.ctx, kind), result);
  }

  /** Employed since `daysAgo` until now. */
  employed(id: string, daysAgo: number, kind: SpellKind = 'unit'): void {
    this.spell(id, this.ago(daysAgo), null, kind);
  }

  complaint(community: number, day: number, content: string, valid: boolean): void {
    const c = this.communities[community];
    if (!c) throw new Error(`no community ${community}`);
    this.ctx.builder.addComplaint(c.record.code, day, content, valid);
  }
}
