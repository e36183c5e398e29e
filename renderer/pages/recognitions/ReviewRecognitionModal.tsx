import { Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Recognition } from '../../../shared/contract/recognitions';
import type { PersonDetail } from '../../../shared/contract/registry';
import { DateField } from '../../components/DateField';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { chineseDate } from '../registry/labels';
import { archivedBound, dateProblem, defaultDate } from './date-checks';
import { CATEGORY_LABEL } from './recognition-labels';
import { useFormSave } from '../../lib/use-form-save';

interface Props {
  person: PersonDetail;
  recognition: Recognition;
  onClose(): void;
  onSaved(): void;
  onRefresh(): void;
}

const FIELDS = ['decision', 'reviewedOn', 'reviewer', 'note'];

/** 审核: 认定 or 不予认定 (with the reason), by whom and when. */
export function ReviewRecognitionModal({ person, recognition, onClose, onSaved, onRefresh }: Props) {
  const archived = person.archivedOn !== null;
  const [decision, setDecision] = useState<'recognised' | 'refused'>(archived ? 'refused' : 'recognised');
  const [reviewedOn, setReviewedOn] = useState<string | null>(defaultDate(person.archivedOn));
  const [reviewer, setReviewer] = useState('');
  const [note, setNote] = useState('');
  const save = useFormSave(FIELDS);
  const { errors } = save;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    const dateError = dateProblem(reviewedOn, '审核日期', {
      notBefore: [{ date: recognition.appliedOn, label: '申请日期' }],
      notAfter: [archivedBound(person.archivedOn)],
    });
    if (dateError) local.reviewedOn = dateError;
    if (!reviewer.trim()) local.reviewer = '请填写审核人';
    if (decision === 'refused' && !note.trim()) local.note = '不予认定时须填写理由';
    await save.run(local, async () => {
      if (!reviewedOn) return;
      await call('recognitions.review', {
        id: recognition.id,
        version: recognition.version,
        decision,
        reviewedOn,
        reviewer: reviewer.trim(),
        note: note.trim() || null,
      });
      notifications.show({ color: 'green', message: decision === 'recognised' ? `“${person.name}”已认定为就业困难人员` : `已记录对“${person.name}”的不予认定` });
      onSaved();
    });
  }

  return (
    <Modal opened onClose={onClose} title={`审核就业困难人员认定：${person.name}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {CATEGORY_LABEL[recognition.category]}，{chineseDate(recognition.appliedOn)}申请{recognition.especiallyDifficult ? '，特别困难' : ''}。
          </Text>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              审核结论
            </Text>
            <SegmentedControl
              aria-label="审核结论"
              value={decision}
              onChange={(v) => {
                setDecision(v === 'refused' ? 'refused' : 'recognised');
                save.clearError('note');
              }}
              data={[
                { value: 'recognised', label: '认定', disabled: archived },
                { value: 'refused', label: '不予认定' },
              ]}
            />
            {archived && (
              <Text size="xs" c="dimmed">
                {person.name}已迁出，只能不予认定。
              </Text>
            )}
          </Stack>
          <DateField label="审核日期" required autoFocus value={reviewedOn} onChange={setReviewedOn} error={errors.reviewedOn} />
          <TextInput label="审核人" required value={reviewer} onChange={(e) => setReviewer(e.currentTarget.value)} error={errors.reviewer} maxLength={20} />
          <Textarea
            label="审核意见"
            required={decision === 'refused'}
            description={decision === 'refused' ? '不予认定的理由，将告知申请人' : '可选'}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.note}
            autosize
            minRows={2}
            maxLength={200}
          />
          <ModalFormFooter failure={save.failure} onRefresh={onRefresh} onCancel={onClose} saving={save.saving} submitLabel="保存审核结论" />
        </Stack>
      </form>
    </Modal>
  );
}
