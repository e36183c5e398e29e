import { Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Wish } from '../../../shared/contract/employment';
import type { PersonDetail } from '../../../shared/contract/registry';
import { todayIso } from '../../../shared/clock';
import { DateField } from '../../components/DateField';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { dateProblem } from './employment-dates';
import { PICKABLE_NO_WISH_REASONS } from './employment-labels';
import type { PickableNoWishReason } from './employment-labels';
import { submitOnEnter } from './form-keys';
import { useFormSave } from '../../lib/use-form-save';

const FIELDS = ['recordedOn', 'hasWish', 'wishedJob', 'wishedWage', 'trainingWanted', 'noWishReason'];

interface Props {
  person: PersonDetail;
  /** The wish in force: its job, wage and training are offered again. */
  current: Wish | null;
  onClose(): void;
  onSaved(): void;
  onRefresh(): void;
}

/** 就业意愿: a new dated record — has a wish (job, wage, training) or has none, with the reason from the list. */
export function WishModal({ person, current, onClose, onSaved, onRefresh }: Props) {
  const [recordedOn, setRecordedOn] = useState<string | null>(todayIso());
  const [hasWish, setHasWish] = useState(current?.hasWish ?? true);
  const [wishedJob, setWishedJob] = useState(current?.wishedJob ?? '');
  const [wishedWage, setWishedWage] = useState<number | string>(current?.wishedWage ?? '');
  const [trainingWanted, setTrainingWanted] = useState(current?.trainingWanted ?? '');
  const [noWishReason, setNoWishReason] = useState<PickableNoWishReason | null>(null);
  const save = useFormSave(FIELDS);
  const { errors } = save;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    const date = dateProblem(recordedOn, '记录日期', { notBefore: { date: person.birthDate, label: '出生日期' } });
    if (date) local.recordedOn = date;
    if (!hasWish && !noWishReason) local.noWishReason = '无就业意愿时须选择原因';
    const wage = hasWish && wishedWage !== '' ? Number(wishedWage) : null;
    if (wage !== null && (!Number.isFinite(wage) || wage < 0)) local.wishedWage = '期望工资应为不小于 0 的数字';
    await save.run(local, async () => {
      if (!recordedOn) return;
      await call(
        'wishes.record',
        hasWish
          ? {
              personId: person.id,
              recordedOn,
              hasWish: true,
              wishedJob: wishedJob.trim() || null,
              wishedWage: wage,
              trainingWanted: trainingWanted.trim() || null,
            }
          : { personId: person.id, recordedOn, hasWish: false, noWishReason },
      );
      notifications.show({
        color: 'green',
        message: hasWish ? `已记录${person.name}有就业意愿（${recordedOn}）` : `已记录${person.name}无就业意愿：${noWishReason ?? ''}（${recordedOn}）`,
      });
      onSaved();
    });
  }

  return (
    <Modal opened onClose={onClose} size="lg" title={`就业意愿：${person.name}`}>
      <form onSubmit={submit} onKeyDown={submitOnEnter} noValidate aria-label="就业意愿">
        <Stack>
          <Text size="sm" c="dimmed">
            每次记录都保留；自记录日期起以最新一条为准。
          </Text>
          <SimpleGrid cols={2}>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                有无就业意愿
              </Text>
              <SegmentedControl
                aria-label="有无就业意愿"
                data={[
                  { value: 'yes', label: '有就业意愿' },
                  { value: 'no', label: '无就业意愿' },
                ]}
                value={hasWish ? 'yes' : 'no'}
                onChange={(v) => setHasWish(v === 'yes')}
              />
              {errors.hasWish && (
                <Text size="xs" c="red">
                  {errors.hasWish}
                </Text>
              )}
            </Stack>
            <DateField label="记录日期" required value={recordedOn} onChange={save.track('recordedOn', setRecordedOn)} error={errors.recordedOn} />
          </SimpleGrid>
          {hasWish ? (
            <SimpleGrid cols={3}>
              <TextInput label="意愿工种" value={wishedJob} onChange={(e) => setWishedJob(e.currentTarget.value)} error={errors.wishedJob} />
              <NumberInput
                label="期望工资（元/月）"
                min={0}
                max={10_000_000}
                allowNegative={false}
                thousandSeparator=","
                value={wishedWage}
                onChange={setWishedWage}
                error={errors.wishedWage}
              />
              <TextInput label="培训意愿" value={trainingWanted} onChange={(e) => setTrainingWanted(e.currentTarget.value)} error={errors.trainingWanted} />
            </SimpleGrid>
          ) : (
            <Select
              label="无就业意愿原因"
              required
              allowDeselect={false}
              data={[...PICKABLE_NO_WISH_REASONS]}
              value={noWishReason}
              onChange={(v) => v && save.track('noWishReason', setNoWishReason)(v as PickableNoWishReason)}
              error={errors.noWishReason}
              description="“两次拒绝介绍视为无意愿”不在此选择：出现提示时由经办人确认"
            />
          )}
          <ModalFormFooter
            failure={save.failure}
            onRefresh={() => {
              save.clearFailure();
              onRefresh();
            }}
            onCancel={onClose}
            saving={save.saving}
            submitLabel="保存"
          />
        </Stack>
      </form>
    </Modal>
  );
}
