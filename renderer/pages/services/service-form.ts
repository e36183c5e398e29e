/** The quick service entry's values and the `services.record` input they make. */
import type { MethodInput } from '../../../shared/contract';
import { todayIso } from '../../../shared/clock';
import type { ReferralResult, ServiceKind } from './service-kinds';

export type ServiceSubject = { personId: number } | { householdId: number };
export type RecordServiceInput = MethodInput<'services.record'>;

export interface ServiceForm {
  kind: ServiceKind | null;
  date: string;
  clerk: string;
  content: string;
  outcome: string;
  vacancyId: number | null;
  referralResult: ReferralResult;
  course: string;
  hours: number | string;
  certificate: string;
  benefitType: string;
  amount: number | string;
  benefitPeriod: string;
  approvalNumber: string;
}

export function emptyForm(clerk: string): ServiceForm {
  return {
    kind: null,
    date: todayIso(),
    clerk,
    content: '',
    outcome: '',
    vacancyId: null,
    referralResult: 'pending',
    course: '',
    hours: '',
    certificate: '',
    benefitType: '',
    amount: '',
    benefitPeriod: '',
    approvalNumber: '',
  };
}

/** Dates the subject bounds: a person's birth and archiving (a household has none). */
export interface SubjectDates {
  birthDate: string | null;
  archivedOn: string | null;
}

const text = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export function toInput(form: ServiceForm & { kind: ServiceKind }, subject: ServiceSubject): RecordServiceInput {
  const base = { subject, date: form.date, clerk: form.clerk.trim(), content: text(form.content), outcome: text(form.outcome) };
  switch (form.kind) {
    case 'referral':
      return { ...base, kind: form.kind, vacancyId: form.vacancyId, referralResult: form.referralResult };
    case 'training':
      return { ...base, kind: form.kind, course: form.course.trim(), hours: Number(form.hours), certificate: text(form.certificate) };
    case 'policy_benefit':
      return {
        ...base,
        kind: form.kind,
        benefitType: form.benefitType.trim(),
        amount: Number(form.amount),
        benefitPeriod: form.benefitPeriod.trim(),
        approvalNumber: form.approvalNumber.trim(),
      };
    default:
      return { ...base, kind: form.kind };
  }
}
