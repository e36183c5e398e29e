/** The quick service entry's fields, their checks before sending, and the `services.record` input they make. */
import type { MethodInput } from '../../../shared/contract';
import { todayIso } from '../../../shared/clock';
import { SERVICE_KIND_LABEL } from './service-kinds';
import type { ReferralResult, ServiceKind } from './service-kinds';

export type ServiceSubject = { personId: number } | { householdId: number };
export type RecordServiceInput = MethodInput<'services.record'>;

export interface ServiceForm {
  kind: ServiceKind | null;
  date: string | null;
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

export type FormErrors = Partial<Record<keyof ServiceForm, string>>;

function checkDate(form: ServiceForm, dates: SubjectDates, errors: FormErrors): void {
  const today = todayIso();
  if (!form.date) errors.date = '请填写服务日期（如 2024-01-15）';
  else if (form.date > today) errors.date = `服务日期不能晚于今天（${today}）`;
  else if (dates.birthDate && form.date < dates.birthDate) errors.date = `服务日期不能早于出生日期（${dates.birthDate}）`;
  else if (dates.archivedOn && form.date > dates.archivedOn) errors.date = `服务日期不能晚于迁出日期（${dates.archivedOn}）`;
}

function checkKindFields(form: ServiceForm, errors: FormErrors): void {
  if (form.kind === 'training') {
    if (!form.course.trim()) errors.course = '请填写培训项目';
    if (typeof form.hours !== 'number') errors.hours = '请填写学时（数字）';
    else if (form.hours <= 0) errors.hours = '学时应大于 0';
  }
  if (form.kind === 'policy_benefit') {
    if (!form.benefitType.trim()) errors.benefitType = '请填写政策类型';
    if (typeof form.amount !== 'number') errors.amount = '请填写金额（元）';
    else if (form.amount < 0) errors.amount = '金额不能为负数';
    if (!form.benefitPeriod.trim()) errors.benefitPeriod = '请填写享受期限';
    if (!form.approvalNumber.trim()) errors.approvalNumber = '请填写审批编号';
  }
}

/** What the form would refuse before asking the service (the service checks everything again). */
export function formErrors(form: ServiceForm, dates: SubjectDates, householdSubject: boolean): FormErrors {
  const errors: FormErrors = {};
  if (!form.kind) errors.kind = '请选择服务类型';
  else if (householdSubject && (form.kind === 'referral' || form.kind === 'training')) {
    errors.kind = `${SERVICE_KIND_LABEL[form.kind]}只能登记到个人`;
  }
  checkDate(form, dates, errors);
  if (!form.clerk.trim()) errors.clerk = '请填写经办人';
  checkKindFields(form, errors);
  return errors;
}

const text = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export function toInput(form: ServiceForm & { kind: ServiceKind; date: string }, subject: ServiceSubject): RecordServiceInput {
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

/** The service's field paths (`referralResult`, `subject.personId`) onto this form's fields. */
export function formFieldOf(path: string): keyof ServiceForm | null {
  const known: (keyof ServiceForm)[] = [
    'kind', 'date', 'clerk', 'content', 'outcome', 'vacancyId', 'referralResult', 'course', 'hours', 'certificate',
    'benefitType', 'amount', 'benefitPeriod', 'approvalNumber',
  ];
  return (known as string[]).includes(path) ? (path as keyof ServiceForm) : null;
}
