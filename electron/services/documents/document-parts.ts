/** Pieces every document gathers: the header, a person as printed (ID masked for an inspector), the state of a date. */
import type { DocumentHeader, DocumentPerson } from '../../../shared/contract/documents';
import type { PersonEmployment, Registration, Spell } from '../../../shared/contract/employment';
import type { Recognition } from '../../../shared/contract/recognitions';
import type { PersonDetail } from '../../../shared/contract/registry';
import { maskIdNumberWith } from '../../../shared/domain/privacy/masking';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { personDetail } from '../registry/persons-service';
import { printHeaderData } from '../street/print-header';
import { maskingRules } from '../street/print-settings';

export function documentHeader(db: DeskDatabase, communityId: number | null): DocumentHeader {
  const h = printHeaderData(db, communityId);
  return {
    streetCode: h.streetCode,
    streetName: h.streetName,
    communityCode: h.community?.code ?? null,
    communityName: h.community?.name ?? null,
    address: h.address,
    complaintPhone: h.complaintPhone,
  };
}

/** The person as a document prints them: the full ID number, masked by the print settings' rule for an inspector. */
export function documentPerson(db: DeskDatabase, ctx: CallerContext, personId: number): { printed: DocumentPerson; detail: PersonDetail } {
  const p = personDetail(db, personId);
  const printed: DocumentPerson = {
    id: p.id,
    name: p.name,
    gender: p.gender,
    birthDate: p.birthDate,
    idNumber: ctx.role === 'inspector' ? maskIdNumberWith(p.idNumber, maskingRules(db).idNumber) : p.idNumber,
    phone: p.phone,
    education: p.education,
    workAbility: p.workAbility,
    skills: p.skills,
    skillLevel: p.skillLevel,
    socialInsurance: p.socialInsurance,
    policiesEnjoyed: p.policiesEnjoyed,
    isStudent: p.isStudent,
    isRetired: p.isRetired,
    migrantWorker: p.migrantWorker,
    veteran: p.veteran,
    graduationYear: p.graduationYear,
  };
  return { printed, detail: p };
}

/** The spell open on `date` (the latest started, if several). */
export function spellOn(employment: PersonEmployment, date: string): Spell | null {
  return employment.spells.find((s) => s.startDate <= date && (s.endDate === null || s.endDate >= date)) ?? null;
}

/** The registration open on `date`: registered on or before it and not cancelled by it. */
export function registrationOn(employment: PersonEmployment, date: string): Registration | null {
  return employment.registrations.find((r) => r.registeredOn <= date && (r.cancelledOn === null || r.cancelledOn > date)) ?? null;
}

/** The recognition in force on `date`: recognised on or before it, not exited by it. */
export function recognitionOn(recognitions: readonly Recognition[], date: string): Recognition | null {
  return recognitions.find((r) => r.recognisedOn !== null && r.recognisedOn <= date && (r.exitedOn === null || r.exitedOn > date)) ?? null;
}
