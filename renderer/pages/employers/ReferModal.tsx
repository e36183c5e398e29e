import { Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Vacancy, VacancyMatch } from '../../../shared/contract/employers';
import { todayIso } from '../../../shared/clock';
import { DateField } from '../../components/DateField';
import { failureOf } from '../../components/FailureAlert';
import type { Failure } from '../../components/FailureAlert';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { fieldErrorsOf } from '../../lib/field-errors';
import { lastClerk, rememberClerk } from '../services/last-clerk';

interface Props {
  vacancy: Vacancy;
  person: VacancyMatch;
  onClose(): void;
  onSaved(): void;
}

/** Server paths of a referral → this form's fields. */
function fieldOf(path: string): string {
  if (path.startsWith('subject')) return 'person';
  return path;
}

/** 介绍: records a referral service (职业介绍) of the person to the vacancy, result 待定 until the employer answers. */
export function ReferModal({ vacancy, person, onClose, onSaved }: Props) {
  const [date, setDate] = useState<string | null>(todayIso());
  const [clerk, setClerk] = useState(lastClerk);
  const [content, setContent] = useState(`介绍到${vacancy.employerName}“${vacancy.title}”岗位`);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);
  const clear = (field: string) => setErrors((e) => ({ ...e, [field]: '' }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!date) local.date = '请填写介绍日期（如 2024-01-15）';
    else if (date > todayIso()) local.date = '介绍日期不能晚于今天';
    else if (date < vacancy.openedOn) local.date = `介绍日期不能早于岗位发布日期（${vacancy.openedOn}）`;
    if (!clerk.trim()) local.clerk = '请填写经办人';
    else if (clerk.trim().length > 20) local.clerk = '经办人不能超过 20 个字';
    if (content.trim().length > 500) local.content = '服务内容不能超过 500 个字';
    setErrors(local);
    if (!date || Object.keys(local).length > 0) return;
    setSaving(true);
    setFailure(null);
    try {
      await call('services.record', {
        kind: 'referral',
        subject: { personId: person.personId },
        date,
        clerk: clerk.trim(),
        content: content.trim() || null,
        vacancyId: vacancy.id,
        referralResult: 'pending',
      });
      rememberClerk(clerk);
      notifications.show({ color: 'green', message: `已记录职业介绍：${person.name} → ${vacancy.title}（${date}）` });
      onSaved();
    } catch (error) {
      const fields: Record<string, string> = {};
      for (const [path, message] of Object.entries(fieldErrorsOf(error))) fields[fieldOf(path)] ??= message;
      setErrors(fields);
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={`介绍：${person.name} → ${vacancy.title}`}>
      <form onSubmit={submit} noValidate aria-label="职业介绍">
        <Stack>
          <Text size="sm">
            {person.name}（{person.idNumberMasked}，{person.communityName}）介绍到 {vacancy.employerName}“{vacancy.title}”。
          </Text>
          {errors.person && (
            <Text size="sm" c="red">
              {errors.person}
            </Text>
          )}
          <SimpleGrid cols={2}>
            <DateField label="介绍日期" required value={date} onChange={(v) => {
                setDate(v);
                clear('date');
              }} error={errors.date} />
            <TextInput label="经办人" required data-autofocus value={clerk} onChange={(e) => {
                setClerk(e.currentTarget.value);
                clear('clerk');
              }} error={errors.clerk} description="下次默认为本次的经办人" />
          </SimpleGrid>
          <TextInput label="服务内容" value={content} onChange={(e) => {
              setContent(e.currentTarget.value);
              clear('content');
            }} error={errors.content} />
          <Text size="sm" c="dimmed">
            介绍结果记为“待定”；单位录用或本人拒绝后，在人员页的服务记录中登记结果。
          </Text>
          <ModalFormFooter failure={failure} onCancel={onClose} saving={saving} submitLabel="记录介绍" />
        </Stack>
      </form>
    </Modal>
  );
}
