import { Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { AssistanceAgreement } from '../../../shared/contract/recognitions';
import type { PersonDetail } from '../../../shared/contract/registry';
import { DateField } from '../../components/DateField';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { lastClerk, rememberClerk } from '../services/last-clerk';
import { dateProblem, defaultDate } from './date-checks';
import { useFormSave } from '../../lib/use-form-save';

interface Props {
  person: PersonDetail;
  agreement: AssistanceAgreement;
  onClose(): void;
  onSaved(): void;
  onRefresh(): void;
}

/** 登记回访: a 跟踪回访 service record under the agreement. */
export function FollowUpModal({ person, agreement, onClose, onSaved, onRefresh }: Props) {
  const [date, setDate] = useState<string | null>(defaultDate(person.archivedOn));
  const [clerk, setClerk] = useState(lastClerk);
  const [content, setContent] = useState('');
  const [outcome, setOutcome] = useState('');
  const save = useFormSave(['date', 'clerk', 'content', 'outcome']);
  const { errors } = save;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    const dateError = dateProblem(date, '回访日期', { notBefore: [{ date: agreement.signedOn, label: '协议签订日期' }] });
    if (dateError) local.date = dateError;
    if (!clerk.trim()) local.clerk = '请填写经办人';
    if (!content.trim()) local.content = '请填写回访内容，如“电话回访，已参加面试”';
    await save.run(local, async () => {
      if (!date) return;
      await call('assistance.recordFollowUp', { agreementId: agreement.id, date, clerk: clerk.trim(), content: content.trim(), outcome: outcome.trim() || null });
      rememberClerk(clerk);
      notifications.show({ color: 'green', message: `已登记对“${person.name}”的跟踪回访` });
      onSaved();
    });
  }

  return (
    <Modal opened onClose={onClose} title={`跟踪回访：${person.name}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <DateField label="回访日期" required autoFocus value={date} onChange={setDate} error={errors.date} />
          <TextInput label="经办人" required value={clerk} onChange={(e) => setClerk(e.currentTarget.value)} error={errors.clerk} maxLength={20} />
          <Textarea label="回访内容" required value={content} onChange={(e) => setContent(e.currentTarget.value)} error={errors.content} autosize minRows={2} maxLength={500} />
          <TextInput label="回访结果" value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} error={errors.outcome} maxLength={200} placeholder="可选，如“继续推荐岗位”" />
          <ModalFormFooter failure={save.failure} onRefresh={onRefresh} onCancel={onClose} saving={save.saving} submitLabel="保存回访" />
        </Stack>
      </form>
    </Modal>
  );
}
