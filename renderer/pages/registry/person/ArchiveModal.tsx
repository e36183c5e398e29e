import { Autocomplete, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { PersonDetail } from '../../../../shared/contract/registry';
import { todayIso } from '../../../../shared/clock';
import { DateField } from '../../../components/DateField';
import { failureOf } from '../../../components/FailureAlert';
import { ModalFormFooter } from '../../../components/ModalFormFooter';
import type { Failure } from '../../../components/FailureAlert';
import { call } from '../../../lib/api';
import { fieldErrorsOf } from '../../../lib/field-errors';

const REASONS = ['户籍迁出', '迁往外地居住', '死亡', '入伍', '其他'];

interface Props {
  person: PersonDetail;
  onClose(): void;
  onSaved(): void;
  onRefresh(): void;
}

/** 迁出: the person stays on record with the date and reason, and no longer counts from that date. */
export function ArchiveModal({ person, onClose, onSaved, onRefresh }: Props) {
  const [date, setDate] = useState<string | null>(todayIso());
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!date) local.date = '请填写迁出日期（如 2024-01-15）';
    else if (date > todayIso()) local.date = '迁出日期不能晚于今天';
    else if (date < person.birthDate) local.date = '迁出日期不能早于出生日期';
    if (!reason.trim()) local.reason = '请填写迁出原因';
    setErrors(local);
    if (!date || Object.keys(local).length > 0) return;
    setSaving(true);
    setFailure(null);
    try {
      await call('persons.archive', { id: person.id, version: person.version, date, reason: reason.trim() });
      notifications.show({ color: 'green', message: `“${person.name}”已迁出` });
      onSaved();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={`迁出：${person.name}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            迁出后仍保留此人的全部记录；自迁出日期起不再计入各项统计。
          </Text>
          <DateField label="迁出日期" required autoFocus value={date} onChange={setDate} error={errors.date} />
          <Autocomplete label="迁出原因" required data={REASONS} value={reason} onChange={setReason} error={errors.reason} />
          <ModalFormFooter
            failure={failure}
            onRefresh={() => {
              setFailure(null);
              onRefresh();
            }}
            onCancel={onClose}
            saving={saving}
            submitLabel="确认迁出"
            danger
          />
        </Stack>
      </form>
    </Modal>
  );
}
