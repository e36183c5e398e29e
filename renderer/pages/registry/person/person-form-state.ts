/** The person form's values as typed, the ID number's check, and the API fields they become. */
import type { PersonDetail, PersonFields } from '../../../../shared/contract/registry';
import { todayIso } from '../../../../shared/clock';
import { parseIdNumber } from '../../../../shared/domain/id-number';
import type { IdNumberResult } from '../../../../shared/domain/id-number';
import { relationClassOf } from '../../../../shared/domain/relation-words';
import type { RelationWord } from '../../../../shared/domain/relation-words';

export type Relation = PersonFields['relation'];
export type Education = NonNullable<PersonFields['education']>;
export type WorkAbility = PersonFields['workAbility'];

export interface FormState {
  idNumber: string;
  name: string;
  /** As chosen (儿媳/女婿 …); saved as its class. */
  relation: RelationWord;
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
    relation: relationClassOf(s.relation),
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
