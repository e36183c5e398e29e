/** The subjects of worklist rows: a person (身份证号码), a household (户编号) or a community (its code). */
import type { HouseholdRef, PersonRef, RowDraft } from './inputs';

export function personSubject(person: PersonRef): RowDraft['subject'] {
  return { kind: 'person', id: person.id, key: person.idNumber, name: person.name };
}

export function householdSubject(h: HouseholdRef): RowDraft['subject'] {
  return { kind: 'household', id: h.id, key: h.number, name: h.headName === null ? `户 ${h.number}` : `${h.headName}户` };
}

export function communitySubject(c: { id: number; code: string; name: string }): RowDraft['subject'] {
  return { kind: 'community', id: c.id, key: c.code, name: c.name };
}
