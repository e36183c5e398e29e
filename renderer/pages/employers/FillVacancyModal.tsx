import { Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Vacancy } from '../../../shared/contract/employers';
import { todayIso } from '../../../shared/clock';
import { DateField } from '../../components/DateField';
import { failureOf } from '../../components/FailureAlert';
import type { Failure } from '../../components/FailureAlert';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { fieldErrorsOf } from '../../lib/field-errors';
import { dateText } from './employer-labels';

interface Props {
  vacancy: Vacancy;
  onClose(): void;
  onSaved(vacancy: Vacancy): void;
  onRefresh(): void;
}

/** 招满: the day the vacancy's posts were all filled; it is no longer offered for matching. */
export function FillVacancyModal({ vacancy, onClose, onSaved, onRefresh }: Props) {
  const [filledOn, setFilledOn] = useState<string | null>(todayIso());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    let local: string | null = null;
    if (!filledOn) local = '请填写招满日期（如 2024-01-15）';
    else if (filledOn > todayIso()) local = '招满日期不能晚于今天';
    else if (filledOn < vacancy.openedOn) local = `招满日期不能早于发布日期（${vacancy.openedOn}）`;
    setErrors(local ? { filledOn: local } : {});
    if (local || !filledOn) return;
    setSaving(true);
    setFailure(null);
    try {
      const saved = await call('vacancies.fill', { id: vacancy.id, version: vacancy.version, filledOn });
      notifications.show({ color: 'green', message: `岗位“${saved.title}”已招满` });
      onSaved(saved);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={`招满：${vacancy.title}（${vacancy.employerName}）`}>
      <form onSubmit={submit} noValidate aria-label="招满">
        <Stack>
          <Text size="sm" c="dimmed">
            发布于 {dateText(vacancy.openedOn)}，招聘 {vacancy.posts} 人。招满后不再向求职人员推荐。
          </Text>
          <DateField label="招满日期" required autoFocus value={filledOn} onChange={(v) => {
              setFilledOn(v);
              setErrors({});
            }} error={errors.filledOn} />
          <ModalFormFooter
            failure={failure}
            onRefresh={() => {
              setFailure(null);
              onRefresh();
            }}
            onCancel={onClose}
            saving={saving}
            submitLabel="确认招满"
          />
        </Stack>
      </form>
    </Modal>
  );
}
