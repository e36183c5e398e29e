import { Alert, Modal, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Spell } from '../../../shared/contract/employment';
import type { PersonDetail } from '../../../shared/contract/registry';
import { todayIso } from '../../../shared/clock';
import { DateField } from '../../components/DateField';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { selectData } from '../registry/labels';
import { dateProblem } from './employment-dates';
import { REGISTRATION_REASON_LABEL, spellPeriod, spellTitle } from './employment-labels';
import type { RegistrationReason } from './employment-labels';
import { submitOnEnter } from './form-keys';
import { useFormSave } from '../../lib/use-form-save';

interface Props {
  person: PersonDetail;
  /** Spells still open: registering usually means they ended. */
  openSpells: Spell[];
  onClose(): void;
  onSaved(): void;
  onRefresh(): void;
}

/** 失业登记: the registration date (day 0 of the 3-working-day guidance) and the reason. */
export function RegisterModal({ person, openSpells, onClose, onSaved, onRefresh }: Props) {
  const [registeredOn, setRegisteredOn] = useState<string | null>(todayIso());
  const [reason, setReason] = useState<RegistrationReason | null>(null);
  const save = useFormSave(['registeredOn', 'reason']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    const date = dateProblem(registeredOn, '登记日期', { notBefore: { date: person.birthDate, label: '出生日期' } });
    if (date) local.registeredOn = date;
    if (!reason) local.reason = '请选择登记原因';
    await save.run(local, async () => {
      if (!registeredOn || !reason) return;
      await call('registrations.register', { personId: person.id, registeredOn, reason });
      notifications.show({ color: 'green', message: `${person.name}已登记失业（${registeredOn}，${REGISTRATION_REASON_LABEL[reason]}）` });
      onSaved();
    });
  }

  return (
    <Modal opened onClose={onClose} title={`失业登记：${person.name}`}>
      <form onSubmit={submit} onKeyDown={submitOnEnter} noValidate aria-label="失业登记">
        <Stack>
          {openSpells.map((s) => (
            <Alert key={s.id} color="orange" variant="light">
              {person.name}仍有在岗就业：{spellTitle(s)}，{spellPeriod(s)}。已失业的，请先在“就业”一栏结束该段就业。
            </Alert>
          ))}
          <Select
            label="登记原因"
            required
            autoFocus
            allowDeselect={false}
            data={selectData(REGISTRATION_REASON_LABEL)}
            value={reason}
            onChange={(v) => v && save.track('reason', setReason)(v as RegistrationReason)}
            error={save.errors.reason}
          />
          <DateField label="登记日期" required value={registeredOn} onChange={save.track('registeredOn', setRegisteredOn)} error={save.errors.registeredOn} />
          <ModalFormFooter
            failure={save.failure}
            onRefresh={() => {
              save.clearFailure();
              onRefresh();
            }}
            onCancel={onClose}
            saving={save.saving}
            submitLabel="登记"
          />
        </Stack>
      </form>
    </Modal>
  );
}
