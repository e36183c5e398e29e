/** The person form's values as typed, their inline checks, and the API fields they become. */
import type { PersonDetail, PersonFields } from '../../../../shared/contract/registry';
import { PHONE_PATTERN } from '../../../../shared/contract/registry';
import { todayIso } from '../../../../shared/clock';
import { parseIdNumber } from '../../../../shared/domain/id-number';
import type { IdNumberResult } from '../../../../shared/domain/id-number';

export type Relation = PersonFields['relation'];
export type Education = NonNullable<PersonFields['education']>;
export type WorkAbility = PersonFields['workAbility'];

export interface FormState {
  idNumber: string;
  name: string;
  relation: Relation;
  phone: string;
  education: Education | null;
  workAbility: WorkAbility;
  isStudent: boolean;
  isRetired: boolean;
  retirementBase: '50' | '55' | null;
  migrantWorker: boolean;
  veteran: boolean;
  graduationYear: string;
  skills: string;
  skillLevel: string;
  socialInsurance: string;
  policiesEnjoyed: string;
}

export function initialState(person: PersonDetail | null, relation: Relation): FormState {
  return {
    idNumber: person?.idNumber ?? '',
    name: person?.name ?? '',
    relation: person?.relation ?? relation,
    phone: person?.phone ?? '',
    education: person?.education ?? null,
    workAbility: person?.workAbility ?? 'full',
    isStudent: person?.isStudent ?? false,
    isRetired: person?.isRetired ?? false,
    retirementBase: person?.retirementBase ? (String(person.retirementBase) as '50' | '55') : null,
    migrantWorker: person?.migrantWorker ?? false,
    veteran: person?.veteran ?? false,
    graduationYear: person?.graduationYear ? String(person.graduationYear) : '',
    skills: person?.skills ?? '',
    skillLevel: person?.skillLevel ?? '',
    socialInsurance: person?.socialInsurance ?? '',
    policiesEnjoyed: person?.policiesEnjoyed ?? '',
  };
}

/** The ID number as typed so far: null while it is still too short to judge (unless `final`). */
export function idCheck(raw: string, final: boolean): IdNumberResult | null {
  const t = raw.trim();
  if (!t) return final ? { ok: false, reason: '身份证号码不能为空' } : null;
  if (!final && t.length < 15) return null;
  if (!final && t.length > 15 && t.length < 18) return null;
  return parseIdNumber(t, todayIso());
}

const text = (value: string): string | null => value.trim() || null;

export function toFields(s: FormState, gender: 'M' | 'F' | null): PersonFields {
  return {
    name: s.name.trim(),
    relation: s.relation,
    phone: text(s.phone),
    education: s.education,
    workAbility: s.workAbility,
    isStudent: s.isStudent,
    isRetired: s.isRetired,
    retirementBase: gender === 'F' && s.retirementBase ? (Number(s.retirementBase) as 50 | 55) : null,
    migrantWorker: s.migrantWorker,
    veteran: s.veteran,
    graduationYear: s.graduationYear.trim() ? Number(s.graduationYear.trim()) : null,
    skills: text(s.skills),
    skillLevel: text(s.skillLevel),
    socialInsurance: text(s.socialInsurance),
    policiesEnjoyed: text(s.policiesEnjoyed),
  };
}

const LIMITS: [keyof FormState, string, number][] = [
  ['skills', '技能特长', 100],
  ['skillLevel', '技能等级', 30],
  ['socialInsurance', '社保关系', 100],
  ['policiesEnjoyed', '享受政策', 200],
];

/** The checks the form can make before asking the service (which checks everything again). */
export function localProblems(s: FormState, creating: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  if (creating) {
    const id = idCheck(s.idNumber, true);
    if (id && !id.ok) out.idNumber = id.reason;
  }
  if (!s.name.trim()) out.name = '请填写姓名';
  else if (s.name.trim().length > 30) out.name = '姓名不能超过 30 个字';
  if (s.phone.trim() && !PHONE_PATTERN.test(s.phone.trim())) out.phone = '联系电话应为 11 位手机号码，或带区号的固定电话（如 0514-87654321）';
  const year = s.graduationYear.trim();
  const latest = Number(todayIso().slice(0, 4)) + 1;
  if (year && (!/^\d{4}$/.test(year) || Number(year) < 1950 || Number(year) > latest)) out.graduationYear = `毕业年份应为 1950 到 ${latest} 之间的四位年份`;
  for (const [key, label, max] of LIMITS) {
    const value = s[key];
    if (typeof value === 'string' && value.trim().length > max) out[key] = `${label}不能超过 ${max} 个字`;
  }
  return out;
}
