import { Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { HouseholdDetail } from '../../../../shared/contract/registry';
import { todayIso } from '../../../../shared/clock';
import { DateField } from '../../../components/DateField';
import { failureOf } from '../../../components/FailureAlert';
import { ModalFormFooter } from '../../../components/ModalFormFooter';
import type { Failure } from '../../../components/FailureAlert';
import { call } from '../../../lib/api';
import { fieldErrorsOf } from '../../../lib/field-errors';
import { FLAG_LABEL, selectData } from '../labels';

type FlagName = 'dibao' | 'urban' | 'business_income';

interface Props {
  household: HouseholdDetail;
  onClose(): void;
  onSaved(): void;
  onRefresh(): void;
}

/** 设置标志: a flag's value from a date on (not in the future); the earlier values stay in the history. */
export function SetFlagModal({ household, onClose, onSaved, onRefresh }: Props) {
  const [flag, setFlag] = useState<FlagName>('dibao');
  const current = { dibao: household.flags.dibao, urban: household.flags.urban, business_income: household.flags.businessIncome }[flag];
  const [value, setValue] = useState<boolean>(!current);
  const [date, setDate] = useState<string | null>(todayIso());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    const today = todayIso();
    if (!date) local.effectiveFrom = '请填写起始日期（如 2024-01-15）';
    else if (date > today) local.effectiveFrom = '起始日期不能晚于今天';
    setErrors(local);
    if (!date || Object.keys(local).length > 0) return;
    setSaving(true);
    setFailure(null);
    try {
      await call('households.setFlag', { id: household.id, version: household.version, flag, value, effectiveFrom: date });
      notifications.show({ color: 'green', message: `已设置“${FLAG_LABEL[flag]}”为${value ? '是' : '否'}` });
      onSaved();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={`设置标志：户 ${household.number}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label="标志"
            data={selectData(FLAG_LABEL)}
            value={flag}
            allowDeselect={false}
            onChange={(v) => {
              if (!v) return;
              const next = v as FlagName;
              setFlag(next);
              setValue(!{ dibao: household.flags.dibao, urban: household.flags.urban, business_income: household.flags.businessIncome }[next]);
            }}
            error={errors.flag}
          />
          <Text size="sm" c="dimmed">
            目前：{current ? '是' : '否'}
          </Text>
          <SegmentedControl
            aria-label="设为"
            value={value ? 'yes' : 'no'}
            onChange={(v) => setValue(v === 'yes')}
            data={[
              { value: 'yes', label: '是' },
              { value: 'no', label: '否' },
            ]}
          />
          <DateField label="自何日起" required value={date} onChange={setDate} error={errors.effectiveFrom} />
          <ModalFormFooter
            failure={failure}
            onRefresh={() => {
              setFailure(null);
              onRefresh();
            }}
            onCancel={onClose}
            saving={saving}
            submitLabel="保存"
          />
        </Stack>
      </form>
    </Modal>
  );
}
