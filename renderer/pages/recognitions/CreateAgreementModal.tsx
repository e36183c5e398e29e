import { Alert, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Recognition } from '../../../shared/contract/recognitions';
import type { PersonDetail } from '../../../shared/contract/registry';
import { DateField } from '../../components/DateField';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { chineseDate } from '../registry/labels';
import { lastClerk, rememberClerk } from '../services/last-clerk';
import { dateProblem, defaultDate } from './date-checks';
import { useFormSave } from '../../lib/use-form-save';

interface Props {
  person: PersonDetail;
  recognition: Recognition;
  /** The day the previous agreement ended: a new one cannot be signed before it. */
  previousClosedOn: string | null;
  onClose(): void;
  onSaved(): void;
  /** After a conflict (someone else recorded first): reload the section. */
  onRefresh(): void;
}

/** 签订一人一策援助协议 (就业援助协议书): the date, the clerk, the goal; measures are added afterwards. */
export function CreateAgreementModal({ person, recognition, previousClosedOn, onClose, onSaved, onRefresh }: Props) {
  const [signedOn, setSignedOn] = useState<string | null>(defaultDate(person.archivedOn));
  const [clerk, setClerk] = useState(lastClerk);
  const [goal, setGoal] = useState('');
  const [notes, setNotes] = useState('');
  const save = useFormSave(['signedOn', 'clerk', 'goal', 'notes']);
  const { errors } = save;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    const dateError = dateProblem(signedOn, '签订日期', {
      notBefore: [
        recognition.recognisedOn ? { date: recognition.recognisedOn, label: '认定日期' } : null,
        previousClosedOn ? { date: previousClosedOn, label: '上一份协议的终止日期' } : null,
      ],
    });
    if (dateError) local.signedOn = dateError;
    if (!clerk.trim()) local.clerk = '请填写经办人';
    if (!goal.trim()) local.goal = '请填写援助目标，如“三个月内实现家政岗位就业”';
    await save.run(local, async () => {
      if (!signedOn) return;
      await call('assistance.create', { personId: person.id, signedOn, clerk: clerk.trim(), goal: goal.trim(), notes: notes.trim() || null });
      rememberClerk(clerk);
      notifications.show({ color: 'green', message: `已与“${person.name}”签订一人一策援助协议` });
      onSaved();
    });
  }

  return (
    <Modal opened onClose={onClose} title={`签订一人一策援助协议：${person.name}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {chineseDate(recognition.recognisedOn)}认定为就业困难人员。签订后逐项添加援助措施（职业指导、职业介绍、培训等）及计划完成日期。
          </Text>
          {recognition.commitmentDueOn && (
            <Alert color="red" variant="light">
              特别困难人员：72 小时即时就业承诺应于{chineseDate(recognition.commitmentDueOn)}前兑现，请作为一项措施列入协议。
            </Alert>
          )}
          <DateField label="签订日期" required autoFocus value={signedOn} onChange={setSignedOn} error={errors.signedOn} />
          <TextInput label="经办人" required value={clerk} onChange={(e) => setClerk(e.currentTarget.value)} error={errors.clerk} maxLength={20} />
          <Textarea
            label="援助目标"
            required
            value={goal}
            onChange={(e) => setGoal(e.currentTarget.value)}
            error={errors.goal}
            autosize
            minRows={2}
            maxLength={200}
            placeholder="如：三个月内实现家政岗位就业"
          />
          <Textarea label="备注" value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.notes} autosize minRows={1} maxLength={500} />
          <ModalFormFooter failure={save.failure} onRefresh={onRefresh} onCancel={onClose} saving={save.saving} submitLabel="签订协议" />
        </Stack>
      </form>
    </Modal>
  );
}
