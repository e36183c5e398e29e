import { Kbd, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import type { RecordServiceResult } from '../../../shared/contract/services';
import type { VacancyListRow } from '../../../shared/contract/employers';
import { DateField } from '../../components/DateField';
import { failureOf } from '../../components/FailureAlert';
import type { Failure } from '../../components/FailureAlert';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { fieldErrorsOf } from '../../lib/field-errors';
import { KindFields } from './KindFields';
import { lastClerk, rememberClerk } from './last-clerk';
import { emptyForm, formErrors, formFieldOf, toInput } from './service-form';
import type { FormErrors, ServiceForm, ServiceSubject, SubjectDates } from './service-form';
import { filterKinds, HOUSEHOLD_SERVICE_KINDS, isServiceKind, kindMatches, kindOptions, SERVICE_KIND_LABEL } from './service-kinds';

interface Props {
  subject: ServiceSubject;
  /** Whom the service is for, as the title shows it (张伟, 户 0001). */
  subjectName: string;
  dates: SubjectDates;
  onClose(): void;
  onSaved(result: RecordServiceResult, vacancy: VacancyListRow | null): void;
}

function serverErrors(error: unknown): FormErrors {
  const out: FormErrors = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
    const field = formFieldOf(path);
    if (field) out[field] ??= message;
  }
  return out;
}

/** 记录服务: kind (type 职业指导 or zyzd), kind-specific fields, content and result; date today, clerk remembered. Enter saves. */
export function ServiceModal({ subject, subjectName, dates, onClose, onSaved }: Props) {
  const household = 'householdId' in subject;
  const [form, setForm] = useState<ServiceForm>(() => emptyForm(lastClerk()));
  const [vacancy, setVacancy] = useState<VacancyListRow | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [kindSearch, setKindSearch] = useState('');
  /** The kind list is opened and closed here, so that a kind taken by the Enter below also closes it. */
  const [kindListOpen, setKindListOpen] = useState(false);
  const kindChoices = kindOptions(household ? HOUSEHOLD_SERVICE_KINDS : undefined);
  // Enter right after typing (before the list has highlighted its first match) takes the first match, never submits.
  const pickFirstKind = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.defaultPrevented) return;
    const current = form.kind ? SERVICE_KIND_LABEL[form.kind] : null;
    if (kindSearch.trim() === '' || kindSearch === current) return;
    const first = kindChoices.find((o) => kindMatches(o.value, kindSearch));
    if (!first || !isServiceKind(first.value)) return;
    event.preventDefault();
    set('kind', first.value);
    setKindSearch(first.label);
    setKindListOpen(false);
  };

  const set = <K extends keyof ServiceForm>(key: K, value: ServiceForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const focusFirstError = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = formErrors(form, dates, household);
    setErrors(local);
    const { kind, date } = form;
    if (Object.keys(local).length > 0 || !kind || !date) {
      focusFirstError();
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      const result = await call('services.record', toInput({ ...form, kind, date }, subject));
      rememberClerk(form.clerk);
      notifications.show({ color: 'green', message: `已记录${SERVICE_KIND_LABEL[kind]}：${subjectName}（${date}）` });
      onSaved(result, vacancy);
    } catch (error) {
      setErrors(serverErrors(error));
      setFailure(failureOf(error));
      focusFirstError();
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} size="lg" transitionProps={{ duration: 0 }} title={household ? `为本户记录服务：${subjectName}` : `记录服务：${subjectName}`}>
      <form ref={formRef} onSubmit={submit} noValidate aria-label="记录服务">
        <Stack>
          <Select
            label="服务类型"
            required
            data-autofocus
            searchable
            selectFirstOptionOnChange
            allowDeselect={false}
            placeholder="输入类型名称或拼音首字母，如 zyzd"
            data={kindChoices}
            filter={filterKinds}
            searchValue={kindSearch}
            onSearchChange={setKindSearch}
            onKeyDown={pickFirstKind}
            dropdownOpened={kindListOpen}
            onDropdownOpen={() => setKindListOpen(true)}
            onDropdownClose={() => setKindListOpen(false)}
            value={form.kind}
            onChange={(v) => set('kind', isServiceKind(v) ? v : null)}
            error={errors.kind}
            description={household ? '职业介绍和培训只能登记到个人' : undefined}
          />
          <KindFields
            form={form}
            errors={errors}
            set={set}
            onVacancy={(v) => {
              setVacancy(v);
              set('vacancyId', v?.id ?? null);
            }}
          />
          <TextInput label="服务内容" placeholder="如 介绍本月招聘岗位，讲解求职技巧" value={form.content} onChange={(e) => set('content', e.currentTarget.value)} error={errors.content} />
          <TextInput label="服务结果" placeholder="如 有意向，下周面试（可空）" value={form.outcome} onChange={(e) => set('outcome', e.currentTarget.value)} error={errors.outcome} />
          <SimpleGrid cols={2}>
            <DateField label="服务日期" required value={form.date} onChange={(v) => set('date', v)} error={errors.date} />
            <TextInput label="经办人" required value={form.clerk} onChange={(e) => set('clerk', e.currentTarget.value)} error={errors.clerk} description="下次默认为本次的经办人" />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            在文本框中按 <Kbd size="xs">Enter</Kbd> 保存，<Kbd size="xs">Esc</Kbd> 取消
          </Text>
          <ModalFormFooter failure={failure} onCancel={onClose} saving={saving} submitLabel="保存" />
        </Stack>
      </form>
    </Modal>
  );
}
