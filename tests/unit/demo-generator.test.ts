import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { communityCodeProblem, streetCodeProblem } from '../../shared/domain/admin-codes';
import { parseIdNumber } from '../../shared/domain/id-number';
import { retirementDate } from '../../shared/domain/population/retirement';
import { DEFAULT_POPULATION_SETTINGS } from '../../shared/domain/population/settings';
import { workingAgeStart } from '../../shared/domain/population/working-age';
import { crossCheck, EMPTY_CONTEXT } from '../../shared/domain/workbook/cross-check';
import type { RowNumbers } from '../../shared/domain/workbook/cross-check';
import { ProblemList } from '../../shared/domain/workbook/problems';
import { RowReader } from '../../shared/domain/workbook/row-reader';
import { SHEET_DEFS, SHEET_ORDER } from '../../shared/domain/workbook/sheets';
import type { SheetDef } from '../../shared/domain/workbook/sheets';
import type { PersonRecord, RegistrationRecord, ServiceRecord, SpellRecord, StreetData } from '../../shared/domain/workbook/records';
import { addMonthsToDay, addYearsToDay, dayOf, isoOf } from '../../shared/domain/dates';
import { generateDemoStreet } from '../../electron/services/demo/generate-demo';
import { retirementDay, sixteenthBirthday } from '../../electron/services/demo/population-rules';

const AS_OF = '2026-11-20';
const NO_WISH_REASONS = new Set(['在校', '退休', '料理家务', '丧失劳动能力', '其他']);
const PHONE = /^[0-9+\-() ]{5,30}$/;

// ---------------------------------------------------------------------------------------------------------------
// Shared pure helpers.

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const plusDays = (iso: string, days: number): string => isoOf(dayOf(iso) + days);
const sixteenth = (p: PersonRecord): string => isoOf(addYearsToDay(dayOf(p.birthDate), 16));
/** The app's own rule (population settings at their defaults), not the generator's: the demo must agree with it. */
const retirement = (p: PersonRecord): string => retirementDate(p, DEFAULT_POPULATION_SETTINGS);

/** Every string in every record is non-empty and trimmed. */
function untrimmedStrings(data: StreetData): number {
  let bad = 0;
  const visit = (record: object) => {
    for (const value of Object.values(record)) if (typeof value === 'string' && (value.length === 0 || value.trim() !== value)) bad += 1;
  };
  if (data.street) visit(data.street);
  for (const list of [data.communities, data.households, data.persons, data.spells, data.registrations, data.services, data.complaints]) {
    for (const record of list) visit(record);
  }
  return bad;
}

/** Checks every rule the importer enforces (and a few the brief adds); returns the first problems found. */
function consistencyProblems(data: StreetData, asOf: string): string[] {
  const problems: string[] = [];
  const fail = (message: string) => {
    if (problems.length < 20) problems.push(message);
  };
  const streetCode = data.street?.code ?? '';
  if (streetCodeProblem(streetCode) !== null) fail(`street code ${streetCode}`);
  if (!data.street?.complaintPhone || !data.street.complaintMailbox) fail('street complaint phone/mailbox');
  if (untrimmedStrings(data) > 0) fail('empty or untrimmed strings');

  const communities = new Set<string>();
  for (const c of data.communities) {
    if (communities.has(c.code)) fail(`duplicate community ${c.code}`);
    communities.add(c.code);
    if (communityCodeProblem(c.code, streetCode) !== null) fail(`community code ${c.code}`);
  }
  const households = new Set<string>();
  for (const h of data.households) {
    if (households.has(h.number)) fail(`duplicate household ${h.number}`);
    households.add(h.number);
    if (!communities.has(h.communityCode)) fail(`household ${h.number} → missing community`);
    if (!h.number.startsWith(h.communityCode)) fail(`household number ${h.number} not under its community`);
  }

  const persons = new Map<string, PersonRecord & { first: string; last: string }>();
  const heads = new Map<string, number>();
  const thisYear = Number(asOf.slice(0, 4));
  for (const p of data.persons) {
    if (persons.has(p.idNumber)) fail(`duplicate person ${p.idNumber}`);
    const parsed = parseIdNumber(p.idNumber, asOf);
    if (!parsed.ok) fail(`${p.idNumber}: ${parsed.reason}`);
    else if (parsed.value.idNumber !== p.idNumber || parsed.value.gender !== p.gender || parsed.value.birthDate !== p.birthDate) {
      fail(`${p.idNumber}: gender/birth disagree with the number`);
    }
    if (p.birthDate > asOf) fail(`${p.idNumber} born after the as-of date`);
    if (!households.has(p.householdNumber)) fail(`${p.idNumber} → missing household`);
    if (p.relation === 'head') heads.set(p.householdNumber, (heads.get(p.householdNumber) ?? 0) + 1);
    if (p.retirementBase !== null && (p.gender !== 'F' || (p.retirementBase !== 50 && p.retirementBase !== 55))) fail(`${p.idNumber} retirement base`);
    if (!p.hasWish && (p.noWishReason === null || !NO_WISH_REASONS.has(p.noWishReason))) fail(`${p.idNumber} no-wish reason ${p.noWishReason}`);
    if (p.hasWish && p.noWishReason !== null) fail(`${p.idNumber} has a wish and a no-wish reason`);
    if ((p.isStudent || p.isRetired) && p.hasWish) fail(`${p.idNumber} student/retiree with a wish`);
    if (p.archivedOn !== null && (p.archivedOn < p.birthDate || p.archivedOn > asOf)) fail(`${p.idNumber} archive date`);
    if (p.archivedOn !== null && p.relation === 'head') fail(`${p.idNumber} archived head`);
    if (p.phone !== null && !PHONE.test(p.phone)) fail(`${p.idNumber} phone ${p.phone}`);
    if (p.graduationYear !== null && (p.graduationYear < 1950 || p.graduationYear > thisYear + 1)) fail(`${p.idNumber} graduation year`);
    if (p.name.length < 2 || p.name.length > 30) fail(`${p.idNumber} name ${p.name}`);
    const last = p.archivedOn !== null && p.archivedOn < asOf ? p.archivedOn : asOf;
    persons.set(p.idNumber, { ...p, first: sixteenth(p), last });
  }
  for (const h of households) if (heads.get(h) !== 1) fail(`household ${h} has ${heads.get(h) ?? 0} heads`);

  const inBounds = (id: string, date: string, what: string) => {
    const p = persons.get(id);
    if (!p) fail(`${what} of missing person ${id}`);
    else if (date < p.first || date > p.last) fail(`${what} of ${id} dated ${date} outside ${p.first}..${p.last}`);
  };

  const spellKeys = new Set<string>();
  const openSpell = new Set<string>();
  for (const s of data.spells) {
    const key = `${s.idNumber}|${s.startDate}`;
    if (spellKeys.has(key)) fail(`duplicate spell ${key}`);
    spellKeys.add(key);
    inBounds(s.idNumber, s.startDate, 'spell start');
    if (s.endDate !== null) {
      if (s.endDate < s.startDate) fail(`spell ${key} ends before it starts`);
      inBounds(s.idNumber, s.endDate, 'spell end');
    } else {
      openSpell.add(s.idNumber);
      if (persons.get(s.idNumber)?.archivedOn) fail(`open spell of archived ${s.idNumber}`);
    }
  }
  for (const [id, spells] of groupBy(data.spells, (s) => s.idNumber)) {
    const sorted = spells.slice().sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
    for (let i = 1; i < sorted.length; i += 1) {
      const prev = sorted[i - 1] as SpellRecord;
      if (prev.endDate === null || prev.endDate >= (sorted[i] as SpellRecord).startDate) fail(`overlapping spells of ${id}`);
    }
  }

  const regKeys = new Set<string>();
  for (const r of data.registrations) {
    const key = `${r.idNumber}|${r.registeredOn}`;
    if (regKeys.has(key)) fail(`duplicate registration ${key}`);
    regKeys.add(key);
    inBounds(r.idNumber, r.registeredOn, 'registration');
    if (r.cancelledOn !== null) {
      if (r.cancelledOn < r.registeredOn) fail(`registration ${key} cancelled before registered`);
      inBounds(r.idNumber, r.cancelledOn, 'cancellation');
    } else if (r.cancelReason !== null) fail(`registration ${key}: cancel reason without date`);
    if (r.cancelledOn === null && openSpell.has(r.idNumber)) fail(`${r.idNumber} has an open registration and an open spell`);
  }
  for (const [id, regs] of groupBy(data.registrations, (r) => r.idNumber)) {
    const sorted = regs.slice().sort((a, b) => (a.registeredOn < b.registeredOn ? -1 : 1));
    if (sorted.filter((r) => r.cancelledOn === null).length > 1) fail(`${id} has more than one open registration`);
    for (let i = 1; i < sorted.length; i += 1) {
      const prev = sorted[i - 1] as RegistrationRecord;
      if (prev.cancelledOn === null || prev.cancelledOn >= (sorted[i] as RegistrationRecord).registeredOn) fail(`overlapping registrations of ${id}`);
    }
  }

  const serviceKeys = new Set<string>();
  for (const s of data.services) {
    const key = `${s.idNumber}|${s.date}|${s.kind}|${s.content ?? ''}`;
    if (serviceKeys.has(key)) fail(`duplicate service ${key}`);
    serviceKeys.add(key);
    inBounds(s.idNumber, s.date, 'service');
    if ((s.kind === 'referral') !== (s.referralResult !== null)) fail(`service ${key}: referral result ${s.referralResult}`);
  }

  const complaintKeys = new Set<string>();
  for (const c of data.complaints) {
    const key = `${c.communityCode}|${c.date}|${c.content}`;
    if (complaintKeys.has(key)) fail(`duplicate complaint ${key}`);
    complaintKeys.add(key);
    if (!communities.has(c.communityCode)) fail(`complaint of missing community ${c.communityCode}`);
    if (c.date > asOf) fail(`complaint after the as-of date ${key}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// The derived populations of DOMAIN §3, enough to recognise the small street's cases.

class Street {
  readonly spellsOf: Map<string, SpellRecord[]>;
  readonly regsOf: Map<string, RegistrationRecord[]>;
  readonly servicesOf: Map<string, ServiceRecord[]>;
  readonly membersOf: Map<string, PersonRecord[]>;

  constructor(readonly data: StreetData) {
    this.spellsOf = groupBy(data.spells, (s) => s.idNumber);
    this.regsOf = groupBy(data.registrations, (r) => r.idNumber);
    this.servicesOf = groupBy(data.services, (s) => s.idNumber);
    this.membersOf = groupBy(data.persons, (p) => p.householdNumber);
  }

  labourResource(p: PersonRecord, day: string): boolean {
    const archived = p.archivedOn !== null && p.archivedOn <= day;
    return sixteenth(p) <= day && day < retirement(p) && p.workAbility !== 'none' && !p.isStudent && !p.isRetired && !archived;
  }

  employed(p: PersonRecord, day: string): boolean {
    return (this.spellsOf.get(p.idNumber) ?? []).some((s) => s.startDate <= day && (s.endDate === null || day <= s.endDate));
  }

  unemployed(p: PersonRecord, day: string): boolean {
    return this.labourResource(p, day) && p.hasWish === true && !this.employed(p, day);
  }

  openRegistration(p: PersonRecord, day: string): RegistrationRecord | undefined {
    return (this.regsOf.get(p.idNumber) ?? []).find((r) => r.registeredOn <= day && (r.cancelledOn === null || r.cancelledOn > day));
  }

  zeroEmployment(number: string, day: string): boolean {
    const h = this.data.households.find((x) => x.number === number);
    if (!h || !h.urban || h.businessIncome) return false;
    const lfw = (this.membersOf.get(number) ?? []).filter((p) => this.labourResource(p, day) && p.hasWish);
    return lfw.length > 0 && lfw.every((p) => !this.employed(p, day));
  }

  /** The first day of the zero-employment episode that includes `day`. */
  appearedOn(number: string, day: string): string {
    let d = day;
    while (this.zeroEmployment(number, plusDays(d, -1))) d = plusDays(d, -1);
    return d;
  }

  firstGuidance(r: RegistrationRecord): string | null {
    const dates = (this.servicesOf.get(r.idNumber) ?? []).filter((s) => s.kind === 'guidance' && s.date >= r.registeredOn).map((s) => s.date);
    return dates.length === 0 ? null : dates.sort()[0] ?? null;
  }
}

/**
 * Each record (every `stride`-th of each sheet) written as a workbook row and read back by the importer's row
 * parser: the problems found and how many records came back different.
 */
function importerRowProblems(data: StreetData, today: string, stride = 1): string[] {
  const problems = new ProblemList(20);
  let changed = 0;
  const roundTrip = <R>(def: SheetDef<R>, records: readonly R[]) => {
    records.forEach((record, i) => {
      if (i % stride !== 0) return;
      const row = def.toRow(record);
      const columns = new Map(def.columns.map((c, k) => [c.header, k]));
      const parsed = def.parse(new RowReader(def.name, i + 2, row, columns, problems, today));
      if (parsed === null || JSON.stringify(parsed) !== JSON.stringify(record)) changed += 1;
    });
  };
  if (data.street) roundTrip(SHEET_DEFS.street, [data.street]);
  roundTrip(SHEET_DEFS.communities, data.communities);
  roundTrip(SHEET_DEFS.households, data.households);
  roundTrip(SHEET_DEFS.persons, data.persons);
  roundTrip(SHEET_DEFS.spells, data.spells);
  roundTrip(SHEET_DEFS.registrations, data.registrations);
  roundTrip(SHEET_DEFS.services, data.services);
  roundTrip(SHEET_DEFS.complaints, data.complaints);
  const found = problems.items.map((p) => `${p.sheet} ${p.row ?? ''} ${p.column ?? ''}: ${p.message}`);
  return changed > 0 ? [...found, `${changed} records changed on the way through a row`] : found;
}

/** The importer's checks across sheets (unique keys, references, one head, overlaps). */
function importerCrossProblems(data: StreetData): string[] {
  const rows = Object.fromEntries(SHEET_ORDER.map((f) => [f, []])) as unknown as RowNumbers;
  const problems = new ProblemList(20);
  crossCheck(data, rows, EMPTY_CONTEXT, problems);
  return problems.items.map((p) => `${p.sheet}: ${p.message}`);
}

function sha256(data: StreetData): string {
  const hash = createHash('sha256');
  for (const list of [data.communities, data.households, data.persons, data.spells, data.registrations, data.services, data.complaints]) {
    for (const record of list) hash.update(JSON.stringify(record));
  }
  return hash.digest('hex');
}

// ---------------------------------------------------------------------------------------------------------------

describe('retirement rule used by the generator: the shared rule with the default population settings (DOMAIN §3)', () => {
  it.each([
    ['M', null, '1964-12-15', '2024-12-15'],
    ['M', null, '1965-03-10', '2025-04-10'],
    ['M', null, '1965-05-10', '2025-07-10'],
    ['M', null, '1980-01-31', '2043-01-31'],
    ['F', null, '1970-01-31', '2025-02-28'],
    ['F', 55, '1969-06-01', '2024-06-01'],
    ['F', 50, '1975-01-20', '2025-02-20'],
    ['F', 50, '1990-01-01', '2045-01-01'],
  ] as const)('%s base %s born %s retires %s', (gender, base, birth, expected) => {
    expect(isoOf(retirementDay(gender, base, dayOf(birth)))).toBe(expected);
    expect(retirementDate({ gender, birthDate: birth, retirementBase: base }, DEFAULT_POPULATION_SETTINGS)).toBe(expected);
  });

  it('agrees with the shared rules on every birthday of 1955–1995 (retirement) and 1996–2012 (16th birthday)', () => {
    const bad: string[] = [];
    for (let day = dayOf('1955-01-01'); day <= dayOf('1995-12-31'); day += 1) {
      for (const [gender, base] of [['M', null], ['F', null], ['F', 50], ['F', 55]] as const) {
        const shared = retirementDate({ gender, birthDate: isoOf(day), retirementBase: base }, DEFAULT_POPULATION_SETTINGS);
        if (isoOf(retirementDay(gender, base, day)) !== shared && bad.length < 5) bad.push(`${gender} ${base} ${isoOf(day)}`);
      }
    }
    for (let day = dayOf('1996-01-01'); day <= dayOf('2012-12-31'); day += 1) {
      if (isoOf(sixteenthBirthday(day)) !== workingAgeStart(isoOf(day)) && bad.length < 5) bad.push(`16th ${isoOf(day)}`);
    }
    expect(bad).toEqual([]);
    // 2100 is not a leap year: a 29 February birthday falls on 28 February, in both.
    expect(isoOf(sixteenthBirthday(dayOf('2084-02-29')))).toBe('2100-02-28');
    expect(workingAgeStart('2084-02-29')).toBe('2100-02-28');
  });
});

describe('demo street generator: small', () => {
  const small = generateDemoStreet({ size: 'small', seed: 1 });
  const street = new Street(small);
  const yearStart = `${AS_OF.slice(0, 4)}-01-01`;

  it('is deterministic: the same seed gives the same data, another seed different data', () => {
    expect(generateDemoStreet({ size: 'small', seed: 1, asOf: AS_OF })).toEqual(small);
    const other = generateDemoStreet({ size: 'small', seed: 2 });
    expect(other).not.toEqual(small);
    expect(other.persons[0]?.idNumber).not.toBe(small.persons[0]?.idNumber);
  });

  it('obeys every consistency rule', () => {
    expect(consistencyProblems(small, AS_OF)).toEqual([]);
  });

  it('passes the importer row and cross-sheet checks unchanged', () => {
    expect(importerRowProblems(small, AS_OF)).toEqual([]);
    expect(importerCrossProblems(small)).toEqual([]);
  });

  it('has a consistency checker that does catch violations', () => {
    const broken: StreetData = structuredClone(small);
    const spell = broken.spells.find((s) => s.endDate !== null);
    const service = broken.services.find((s) => s.kind === 'guidance');
    if (!spell || !service) throw new Error('nothing to break');
    broken.spells.push({ ...spell, startDate: plusDays(spell.startDate, 1) });
    broken.services.push({ ...service, date: plusDays(AS_OF, 1), referralResult: 'hired' });
    broken.persons.push({ ...(broken.persons[0] as PersonRecord) });
    const found = consistencyProblems(broken, AS_OF).join('\n');
    expect(found).toContain('overlapping spells');
    expect(found).toContain('outside');
    expect(found).toContain('referral result');
    expect(found).toContain('duplicate person');
  });

  it.each([
    [2, '2025-06-30'],
    [3, '2024-02-29'],
    [4, '2026-01-05'],
    [5, '2027-12-31'],
  ])('obeys every consistency rule for seed %i as of %s too', (seed, asOf) => {
    const data = generateDemoStreet({ size: 'small', seed, asOf });
    expect(consistencyProblems(data, asOf)).toEqual([]);
    expect(importerRowProblems(data, asOf)).toEqual([]);
    expect(importerCrossProblems(data)).toEqual([]);
  });

  it('has the street, three communities (one a village) and a few hundred residents', () => {
    expect(small.street).toMatchObject({ code: '321102001', name: '江滨街道（演示）' });
    expect(small.communities.map((c) => c.code)).toEqual(['321102001001', '321102001002', '321102001003']);
    expect(small.communities.filter((c) => c.kind === 'village')).toHaveLength(1);
    expect(small.persons.length).toBeGreaterThanOrEqual(300);
    expect(small.persons.length).toBeLessThanOrEqual(500);
    expect(small.households.length).toBeGreaterThanOrEqual(130);
    expect(small.households.length).toBeLessThanOrEqual(180);
  });

  it('has zero-employment families present for more than a month and within the month, and one eliminated this year', () => {
    const present = small.households.filter((h) => street.zeroEmployment(h.number, AS_OF));
    const appeared = present.map((h) => street.appearedOn(h.number, AS_OF));
    expect(appeared.some((d) => AS_OF > isoOf(addMonthsToDay(dayOf(d), 1)))).toBe(true);
    expect(appeared.some((d) => AS_OF <= isoOf(addMonthsToDay(dayOf(d), 1)))).toBe(true);
    expect(present.length).toBeGreaterThanOrEqual(3);
    const eliminated = small.households.filter(
      (h) => !street.zeroEmployment(h.number, AS_OF) && [60, 120, 180, 240, 300].some((n) => street.zeroEmployment(h.number, plusDays(AS_OF, -n - 15))),
    );
    expect(eliminated.length).toBeGreaterThanOrEqual(1);
  });

  it('has 低保 households, some with unemployed members', () => {
    const dibao = small.households.filter((h) => h.dibao);
    expect(dibao.length).toBeGreaterThanOrEqual(3);
    const withUnemployed = dibao.filter((h) => (street.membersOf.get(h.number) ?? []).some((p) => street.unemployed(p, AS_OF)));
    expect(withUnemployed.length).toBeGreaterThanOrEqual(2);
    expect(withUnemployed.length).toBeLessThan(dibao.length);
  });

  it('has registrations this year with guidance on time, late, missing and not yet due', () => {
    const thisYear = small.registrations.filter((r) => r.registeredOn >= yearStart);
    const gap = (r: RegistrationRecord) => {
      const g = street.firstGuidance(r);
      return g === null ? null : dayOf(g) - dayOf(r.registeredOn);
    };
    expect(thisYear.filter((r) => (gap(r) ?? 99) <= 2).length).toBeGreaterThanOrEqual(5);
    expect(thisYear.filter((r) => { const g = gap(r); return g !== null && g >= 6 && g <= 10; }).length).toBeGreaterThanOrEqual(2);
    const missing = thisYear.filter((r) => gap(r) === null && r.registeredOn < plusDays(AS_OF, -7) && (r.cancelledOn === null || r.cancelledOn > plusDays(r.registeredOn, 7)));
    expect(missing.length).toBeGreaterThanOrEqual(1);
    const recent = thisYear.filter((r) => r.registeredOn >= plusDays(AS_OF, -2) && r.registeredOn < AS_OF && gap(r) === null && r.cancelledOn === null);
    expect(recent.length).toBeGreaterThanOrEqual(1);
  });

  it('has long-term unemployed (registered more than a year ago, still open)', () => {
    const oneYearAgo = isoOf(addYearsToDay(dayOf(AS_OF), -1));
    const longTerm = small.registrations.filter((r) => r.cancelledOn === null && r.registeredOn < oneYearAgo);
    expect(longTerm.length).toBeGreaterThanOrEqual(2);
  });

  it('has valid and invalid complaints this year and a valid one last year', () => {
    const lastYear = String(Number(AS_OF.slice(0, 4)) - 1);
    expect(small.complaints.some((c) => c.valid && c.date >= yearStart)).toBe(true);
    expect(small.complaints.some((c) => !c.valid && c.date >= yearStart)).toBe(true);
    expect(small.complaints.some((c) => c.valid && c.date.startsWith(lastYear))).toBe(true);
  });

  it('has the special groups the ledgers list', () => {
    const ps = small.persons;
    const ageOf = (p: PersonRecord) => {
      let age = Number(AS_OF.slice(0, 4)) - Number(p.birthDate.slice(0, 4));
      if (AS_OF.slice(5) < p.birthDate.slice(5)) age -= 1;
      return age;
    };
    expect(ps.filter((p) => p.migrantWorker).length).toBeGreaterThanOrEqual(2);
    expect(ps.filter((p) => p.veteran).length).toBeGreaterThanOrEqual(2);
    expect(ps.filter((p) => p.graduationYear !== null).length).toBeGreaterThanOrEqual(2);
    expect(ps.some((p) => p.graduationYear === Number(AS_OF.slice(0, 4)) && street.openRegistration(p, AS_OF)?.reason === 'graduate')).toBe(true);
    expect(ps.filter((p) => p.isStudent).length).toBeGreaterThanOrEqual(5);
    expect(ps.filter((p) => p.isRetired).length).toBeGreaterThanOrEqual(5);
    expect(ps.some((p) => ageOf(p) === 15)).toBe(true);
    expect(ps.some((p) => ageOf(p) === 16 && street.labourResource(p, AS_OF))).toBe(true);
    // The worklist's "next 30 days": D … D + 29.
    const retiresWithin30 = (p: PersonRecord) => retirement(p) > AS_OF && retirement(p) <= plusDays(AS_OF, 29);
    expect(ps.some((p) => p.gender === 'F' && p.retirementBase !== 50 && retiresWithin30(p))).toBe(true);
    expect(ps.some((p) => p.gender === 'F' && p.retirementBase === 50 && retiresWithin30(p))).toBe(true);
    expect(ps.some((p) => p.gender === 'M' && retiresWithin30(p))).toBe(true);
    expect(ps.some((p) => p.archivedOn !== null)).toBe(true);
    expect(small.households.some((h) => h.businessIncome)).toBe(true);
  });

  it('has a person with two refused referrals', () => {
    const refusals = groupBy(
      small.services.filter((s) => s.kind === 'referral' && s.referralResult === 'refused'),
      (s) => s.idNumber,
    );
    expect([...refusals.values()].some((list) => list.length >= 2)).toBe(true);
  });
});

/** Every kind a clerk records is in the demo, and it hangs together (workbook version 2, issue [workbook-2]). */
function clerkRecordProblems(data: StreetData): string[] {
  const problems: string[] = [];
  for (const field of ['employers', 'vacancies', 'householdFlags', 'wishes', 'householdServices', 'recognitions', 'agreements', 'measures', 'moves'] as const) {
    if (data[field].length === 0) problems.push(`no ${field}`);
  }
  const employers = new Set(data.employers.map((e) => e.name));
  const vacancies = new Map(data.vacancies.map((v) => [`${v.employer}|${v.title}|${v.openedOn}`, v]));
  const referrals = data.services.filter((s) => s.kind === 'referral');
  for (const s of referrals) {
    if (s.vacancy === null) continue;
    const v = vacancies.get(`${s.vacancy.employer}|${s.vacancy.title}|${s.vacancy.openedOn}`);
    if (!v || !employers.has(v.employer)) problems.push(`referral ${s.idNumber} ${s.date} to a missing vacancy`);
    else if (v.openedOn > s.date || (v.filledOn !== null && v.filledOn < s.date)) problems.push(`referral ${s.idNumber} ${s.date} to a vacancy not open that day`);
    if (s.content !== s.vacancy.employer) problems.push(`referral ${s.idNumber} ${s.date} names ${s.content} but its vacancy is ${s.vacancy.employer}'s`);
  }
  if (referrals.filter((s) => s.vacancy !== null).length < referrals.length / 2) problems.push('most referrals name no vacancy');
  for (const s of data.spells) if (s.employer !== null && !employers.has(s.employer)) problems.push(`spell of ${s.idNumber} names a missing employer`);
  const open = new Set(data.vacancies.filter((v) => v.filledOn === null).map((v) => v.title));
  if (!data.wishes.some((w) => w.wishedJob !== null && open.has(w.wishedJob))) problems.push('no wished job matches an open vacancy');
  if (!data.complaints.some((c) => c.validityReason !== null && c.resolution !== null)) problems.push('no judged and resolved complaint');
  if (!data.services.some((s) => s.agreementSignedOn !== null && s.kind === 'follow_up')) problems.push('no follow-up under an agreement');
  if (!data.measures.some((m) => m.service !== null)) problems.push('no measure done by a service');
  const spellsOf = groupBy(data.spells, (s) => s.idNumber);
  for (const s of data.services) {
    if (s.kind !== 'follow_up' || !s.content?.includes('就业稳定')) continue;
    const employed = (spellsOf.get(s.idNumber) ?? []).some((x) => x.startDate <= s.date && (x.endDate === null || x.endDate >= s.date));
    if (!employed) problems.push(`follow-up of ${s.idNumber} on ${s.date} says 就业稳定, not employed that day`);
  }
  return problems;
}

describe('demo street generator: every kind a clerk records', () => {
  it('is in the small street and the large one, consistent', () => {
    expect(clerkRecordProblems(generateDemoStreet({ size: 'small', seed: 1, asOf: AS_OF }))).toEqual([]);
    expect(clerkRecordProblems(generateDemoStreet({ size: 'small', seed: 20261120, asOf: AS_OF }))).toEqual([]);
  });
});

describe('demo street generator: large', () => {
  let large: StreetData;

  // The tests' own budget (vitest.config.ts testTimeout), not the 10 s hook default: a busy machine needs more.
  beforeAll(() => {
    large = generateDemoStreet({ size: 'large', seed: 1 });
  }, 60_000);

  it('obeys every consistency rule', () => {
    expect(consistencyProblems(large, AS_OF)).toEqual([]);
    expect(importerCrossProblems(large)).toEqual([]);
    expect(clerkRecordProblems(large)).toEqual([]);
  });

  it('passes the importer row checks unchanged (a sample of every sheet)', () => {
    expect(importerRowProblems(large, AS_OF, 37)).toEqual([]);
  });

  it('has the size of DOMAIN §9', () => {
    expect(large.communities).toHaveLength(40);
    expect(large.persons.length).toBeGreaterThanOrEqual(142_500);
    expect(large.persons.length).toBeLessThanOrEqual(157_500);

    const openSpell = new Set(large.spells.filter((s) => s.endDate === null).map((s) => s.idNumber));
    const openRegistrations = large.registrations.filter((r) => r.cancelledOn === null).length;
    const households = new Map(large.households.map((h) => [h.number, h]));
    let labour = 0;
    let withWish = 0;
    let employed = 0;
    let maxAge = 0;
    for (const p of large.persons) {
      maxAge = Math.max(maxAge, Number(AS_OF.slice(0, 4)) - Number(p.birthDate.slice(0, 4)));
      const lf = sixteenth(p) <= AS_OF && AS_OF < retirement(p) && p.workAbility !== 'none' && !p.isStudent && !p.isRetired && p.archivedOn === null;
      if (!lf) continue;
      labour += 1;
      if (!p.hasWish) continue;
      withWish += 1;
      if (openSpell.has(p.idNumber)) employed += 1;
    }
    expect(labour).toBeGreaterThanOrEqual(85_500);
    expect(labour).toBeLessThanOrEqual(94_500);
    expect(employed / withWish).toBeGreaterThanOrEqual(0.92);
    expect(employed / withWish).toBeLessThanOrEqual(0.97);
    expect(openRegistrations).toBeGreaterThanOrEqual(7_200);
    expect(openRegistrations).toBeLessThanOrEqual(8_800);
    expect(large.services.length).toBeGreaterThanOrEqual(360_000);
    expect(large.services.length).toBeLessThanOrEqual(440_000);
    expect(large.services.every((s) => s.date >= '2022-01-01' && s.date <= AS_OF)).toBe(true);
    expect(maxAge).toBeLessThanOrEqual(96);

    const urban = large.households.filter((h) => h.urban).length / large.households.length;
    expect(urban).toBeGreaterThan(0.75);
    expect(urban).toBeLessThan(0.85);
    const dibao = large.households.filter((h) => h.dibao).length / large.households.length;
    expect(dibao).toBeGreaterThan(0.02);
    expect(dibao).toBeLessThan(0.04);
    const sizes = groupBy(large.persons, (p) => p.householdNumber);
    expect([...sizes.values()].every((members) => members.length >= 1 && members.length <= 6)).toBe(true);
    expect(households.size).toBe(sizes.size);
  });

  it('is deterministic for the same seed', () => {
    expect(sha256(generateDemoStreet({ size: 'large', seed: 1 }))).toBe(sha256(large));
  });
});
