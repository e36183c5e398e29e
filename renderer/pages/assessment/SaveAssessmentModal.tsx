import { Anchor, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { AssessmentRun } from '../../../shared/contract/assessment';
import { failureOf } from '../../components/FailureAlert';
import type { Failure } from '../../components/FailureAlert';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { fieldErrorsOf } from '../../lib/field-errors';
import { savedPath } from './assessment-route';
import { standardLabel } from './assessment-format';

interface Props {
  run: AssessmentRun;
  onClose(): void;
  onSaved(id: number): void;
}

/** 保存考核结果: the whole street computed once more and frozen with every value and list, with an optional note. */
export function SaveAssessmentModal({ run, onClose, onSaved }: Props) {
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (note.trim().length > 500) return setErrors({ note: '备注不能超过 500 个字' });
    setErrors({});
    setSaving(true);
    setFailure(null);
    try {
      const saved = await call('assessment.save', {
        standardId: run.standard.id,
        version: run.standard.version,
        asOf: run.asOf,
        from: run.period.from,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      notifications.show({
        color: 'green',
        title: '已保存考核结果',
        message: (
          <Text size="sm">
            {standardLabel(saved.standard.name, saved.standard.version)}，截止 {saved.asOf}。<Anchor href={`#${savedPath(saved.id)}`}>查看</Anchor>
          </Text>
        ),
      });
      onSaved(saved.id);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title="保存考核结果">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            按{standardLabel(run.standard.name, run.standard.version)}，截止 {run.asOf}，考核期间 {run.period.from} 至 {run.period.to}，重新计算全街道并保存。
          </Text>
          <Text size="sm" c="dimmed">
            保存后的结果（每项数值和名单）不再随数据变化，可在“历史考核”中查看，并与其他保存的结果对比。
          </Text>
          <Textarea label="备注" placeholder="如：2026 年第三季度自查" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} data-autofocus />
          <ModalFormFooter failure={failure} onCancel={onClose} saving={saving} submitLabel="保存" />
        </Stack>
      </form>
    </Modal>
  );
}
