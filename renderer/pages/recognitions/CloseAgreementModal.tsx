import { Autocomplete, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { AssistanceAgreement } from '../../../shared/contract/recognitions';
import type { PersonDetail } from '../../../shared/contract/registry';
import { DateField } from '../../components/DateField';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { chineseDate } from '../registry/labels';
import { archivedBound, dateProblem, defaultDate } from './date-checks';
import { CLOSE_REASONS } from './recognition-labels';
import { useFormSave } from '../../lib/use-form-save';

interface Props {
  person: PersonDetail;
  agreement: AssistanceAgreement;
  onClose(): void;
  onSaved(): void;
  onRefresh(): void;
}

/** 终止协议: the day and the reason; the measures and follow-ups stay on record. */
export function CloseAgreementModal({ person, agreement, onClose, onSaved, onRefresh }: Props) {
  const [closedOn, setClosedOn] = useState<string | null>(defaultDate(person.archivedOn));
  const [reason, setReason] = useState('');
  const save = useFormSave(['closedOn', 'reason']);
  const { errors } = save;
  const open = agreement.measures.filter((m) => m.doneOn === null).length;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    const dateError = dateProblem(closedOn, '终止日期', {
      notBefore: [{ date: agreement.lastEventOn, label: agreement.lastEventOn === agreement.signedOn ? '协议签订日期' : '协议最后一次记录的日期' }],
      notAfter: [archivedBound(person.archivedOn)],
    });
    if (dateError) local.closedOn = dateError;
    if (!reason.trim()) local.reason = '请填写终止原因';
    await save.run(local, async () => {
      if (!closedOn) return;
      await call('assistance.close', { id: agreement.id, version: agreement.version, closedOn, reason: reason.trim() });
      notifications.show({ color: 'green', message: `“${person.name}”的一人一策援助协议已终止` });
      onSaved();
    });
  }

  return (
    <Modal opened onClose={onClose} title={`终止一人一策援助协议：${person.name}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {chineseDate(agreement.signedOn)}签订；目标：{agreement.goal}
            {open > 0 ? `。尚有 ${open} 项措施未完成，终止后不再跟进。` : '。'}
          </Text>
          <DateField label="终止日期" required autoFocus value={closedOn} onChange={setClosedOn} error={errors.closedOn} />
          <Autocomplete label="终止原因" required data={CLOSE_REASONS} value={reason} onChange={setReason} error={errors.reason} maxLength={100} />
          <ModalFormFooter failure={save.failure} onRefresh={onRefresh} onCancel={onClose} saving={save.saving} submitLabel="终止协议" danger />
        </Stack>
      </form>
    </Modal>
  );
}
