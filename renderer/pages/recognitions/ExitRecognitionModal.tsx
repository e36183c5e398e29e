import { Alert, Autocomplete, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { AssistanceAgreement, Recognition } from '../../../shared/contract/recognitions';
import type { PersonDetail } from '../../../shared/contract/registry';
import { DateField } from '../../components/DateField';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { chineseDate } from '../registry/labels';
import { archivedBound, dateProblem, defaultDate } from './date-checks';
import { CATEGORY_LABEL, EXIT_REASONS } from './recognition-labels';
import { useFormSave } from '../../lib/use-form-save';

interface Props {
  person: PersonDetail;
  recognition: Recognition;
  /** The agreement in force, which ends with the recognition. */
  agreement: AssistanceAgreement | null;
  onClose(): void;
  onSaved(): void;
  onRefresh(): void;
}

/** 退出认定: the date and the reason; the 一人一策 agreement in force ends on the same day. */
export function ExitRecognitionModal({ person, recognition, agreement, onClose, onSaved, onRefresh }: Props) {
  const [exitedOn, setExitedOn] = useState<string | null>(defaultDate(person.archivedOn));
  const [reason, setReason] = useState(person.archivedOn ? '迁出本街道' : '');
  const save = useFormSave(['exitedOn', 'exitReason']);
  const { errors } = save;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    const since = recognition.recognisedOn ?? recognition.appliedOn;
    const dateError = dateProblem(exitedOn, '退出日期', {
      notBefore: [{ date: since, label: '认定日期' }, agreement ? { date: agreement.lastEventOn, label: '援助协议最后一次记录的日期' } : null],
      notAfter: [archivedBound(person.archivedOn)],
    });
    if (dateError) local.exitedOn = dateError;
    if (!reason.trim()) local.exitReason = '请填写退出原因';
    await save.run(local, async () => {
      if (!exitedOn) return;
      await call('recognitions.exit', { id: recognition.id, version: recognition.version, exitedOn, exitReason: reason.trim() });
      notifications.show({ color: 'green', message: `“${person.name}”已退出就业困难人员认定` });
      onSaved();
    });
  }

  return (
    <Modal opened onClose={onClose} title={`退出就业困难人员认定：${person.name}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {CATEGORY_LABEL[recognition.category]}，{chineseDate(recognition.recognisedOn)}认定。退出后记录仍保留。
          </Text>
          {agreement && (
            <Alert color="yellow" variant="light">
              {chineseDate(agreement.signedOn)}签订的一人一策援助协议将于退出日期同时终止
              {agreement.measures.some((m) => m.doneOn === null) ? '，尚未完成的措施不再跟进' : ''}。
            </Alert>
          )}
          <DateField label="退出日期" required autoFocus value={exitedOn} onChange={setExitedOn} error={errors.exitedOn} />
          <Autocomplete label="退出原因" required data={EXIT_REASONS} value={reason} onChange={setReason} error={errors.exitReason} maxLength={100} />
          <ModalFormFooter failure={save.failure} onRefresh={onRefresh} onCancel={onClose} saving={save.saving} submitLabel="确认退出" danger />
        </Stack>
      </form>
    </Modal>
  );
}
