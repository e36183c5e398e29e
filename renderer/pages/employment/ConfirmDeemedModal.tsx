import { Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { DeemedCandidate } from '../../../shared/contract/employment';
import { DEEMED_NO_WISH_REASON } from '../../../shared/contract/employment';
import type { PersonDetail } from '../../../shared/contract/registry';
import { todayIso } from '../../../shared/clock';
import { DateField } from '../../components/DateField';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { dateProblem } from './employment-dates';
import { submitOnEnter } from './form-keys';
import { RefusalList } from './RefusalList';
import { useFormSave } from '../../lib/use-form-save';

interface Props {
  person: PersonDetail;
  candidate: DeemedCandidate;
  onClose(): void;
  onSaved(): void;
  onRefresh(): void;
}

/** The clerk's confirmation of “deemed no wish”: the refusals once more, the date, and an explicit button. */
export function ConfirmDeemedModal({ person, candidate, onClose, onSaved, onRefresh }: Props) {
  const [recordedOn, setRecordedOn] = useState<string | null>(todayIso());
  const save = useFormSave(['recordedOn']);
  const second = candidate.refusals[1];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = dateProblem(recordedOn, '记录日期', second ? { notBefore: { date: second.date, label: '第二次拒绝的日期' } } : {});
    await save.run(problem ? { recordedOn: problem } : {}, async () => {
      if (!recordedOn) return;
      await call('wishes.confirmDeemedNoWish', { personId: person.id, recordedOn });
      notifications.show({ color: 'green', message: `已记录${person.name}无就业意愿（${DEEMED_NO_WISH_REASON}，${recordedOn}）` });
      onSaved();
    });
  }

  return (
    <Modal opened onClose={onClose} size="lg" title={`确认视为无就业意愿：${person.name}`}>
      <form onSubmit={submit} onKeyDown={submitOnEnter} noValidate aria-label="确认视为无就业意愿">
        <Stack>
          <Text size="sm">
            {person.name}登记有就业意愿后，拒绝了以下 {candidate.refusals.length} 次职业介绍。确认后记录为“无就业意愿”，原因“{DEEMED_NO_WISH_REASON}”；
            自记录日期起不再计入有就业意愿的劳动力。此后如本人重新表示愿意就业，可再记录就业意愿。
          </Text>
          <RefusalList refusals={candidate.refusals} />
          <DateField label="记录日期" required autoFocus value={recordedOn} onChange={save.track('recordedOn', setRecordedOn)} error={save.errors.recordedOn} />
          <ModalFormFooter
            failure={save.failure}
            onRefresh={() => {
              save.clearFailure();
              onRefresh();
            }}
            onCancel={onClose}
            saving={save.saving}
            submitLabel="确认视为无就业意愿"
            danger
          />
        </Stack>
      </form>
    </Modal>
  );
}
