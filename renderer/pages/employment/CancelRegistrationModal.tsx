import { Autocomplete, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Registration } from '../../../shared/contract/employment';
import type { PersonDetail } from '../../../shared/contract/registry';
import { DateField } from '../../components/DateField';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { chineseDate } from '../registry/labels';
import { archiveLimit, dateProblem, latestDateFor } from './employment-dates';
import { CANCEL_REASONS, REGISTRATION_REASON_LABEL } from './employment-labels';
import { submitOnEnter } from './form-keys';
import { useFormSave } from '../../lib/use-form-save';

interface Props {
  person: PersonDetail;
  registration: Registration;
  onClose(): void;
  onSaved(): void;
  onRefresh(): void;
}

/** 注销登记: the day the registration stops being open, and why (已就业, 超过法定劳动年龄…). */
export function CancelRegistrationModal({ person, registration, onClose, onSaved, onRefresh }: Props) {
  const [cancelledOn, setCancelledOn] = useState<string | null>(latestDateFor(person.archivedOn));
  const [cancelReason, setCancelReason] = useState('');
  const save = useFormSave(['cancelledOn', 'cancelReason']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    const date = dateProblem(cancelledOn, '注销日期', {
      notBefore: { date: registration.registeredOn, label: '登记日期' },
      notAfter: archiveLimit(person.archivedOn),
    });
    if (date) local.cancelledOn = date;
    if (!cancelReason.trim()) local.cancelReason = '请填写注销原因';
    else if (cancelReason.trim().length > 100) local.cancelReason = '注销原因不能超过 100 个字';
    await save.run(local, async () => {
      if (!cancelledOn) return;
      await call('registrations.cancel', { id: registration.id, cancelledOn, cancelReason: cancelReason.trim() });
      notifications.show({ color: 'green', message: `${person.name}的失业登记已于 ${cancelledOn} 注销` });
      onSaved();
    });
  }

  return (
    <Modal opened onClose={onClose} title={`注销失业登记：${person.name}`}>
      <form onSubmit={submit} onKeyDown={submitOnEnter} noValidate aria-label="注销失业登记">
        <Stack>
          <Text size="sm">
            {chineseDate(registration.registeredOn)}登记（{REGISTRATION_REASON_LABEL[registration.reason]}）
          </Text>
          <Autocomplete
            label="注销原因"
            required
            autoFocus
            data={CANCEL_REASONS}
            value={cancelReason}
            onChange={save.track('cancelReason', setCancelReason)}
            error={save.errors.cancelReason}
          />
          <DateField
            label="注销日期"
            required
            value={cancelledOn}
            onChange={save.track('cancelledOn', setCancelledOn)}
            error={save.errors.cancelledOn}
            description="自这一天起不再是登记失业人员"
          />
          <ModalFormFooter
            failure={save.failure}
            onRefresh={() => {
              save.clearFailure();
              onRefresh();
            }}
            onCancel={onClose}
            saving={save.saving}
            submitLabel="注销登记"
          />
        </Stack>
      </form>
    </Modal>
  );
}
