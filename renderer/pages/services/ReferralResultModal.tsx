import { Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { RecordServiceResult, ServiceRecord } from '../../../shared/contract/services';
import { todayIso } from '../../../shared/clock';
import { DateField } from '../../components/DateField';
import { failureOf } from '../../components/FailureAlert';
import type { Failure } from '../../components/FailureAlert';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { fieldErrorsOf } from '../../lib/field-errors';
import { chineseDate } from '../registry/labels';
import { REFERRAL_RESULT_LABEL } from './service-kinds';

type Decision = 'hired' | 'refused';

interface Props {
  record: ServiceRecord;
  personName: string;
  onClose(): void;
  onSaved(result: RecordServiceResult): void;
  onRefresh(): void;
}

/** 更新结果: a pending referral becomes 录用 or 拒绝 on the day it became known. */
export function ReferralResultModal({ record, personName, onClose, onSaved, onRefresh }: Props) {
  const [result, setResult] = useState<Decision | null>(null);
  const [resultOn, setResultOn] = useState<string | null>(todayIso());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!result) local.result = '请选择录用或拒绝';
    if (!resultOn) local.resultOn = '请填写结果日期（如 2024-01-15）';
    else if (resultOn > todayIso()) local.resultOn = '结果日期不能晚于今天';
    else if (resultOn < record.date) local.resultOn = `结果日期不能早于介绍日期（${record.date}）`;
    setErrors(local);
    if (!result || !resultOn || Object.keys(local).length > 0) return;
    setSaving(true);
    setFailure(null);
    try {
      const saved = await call('services.setReferralResult', { id: record.id, result, resultOn });
      notifications.show({ color: 'green', message: `已更新介绍结果：${personName}${REFERRAL_RESULT_LABEL[result]}` });
      onSaved(saved);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={`更新介绍结果：${personName}`}>
      <form onSubmit={submit} noValidate aria-label="更新介绍结果">
        <Stack>
          <Text size="sm" c="dimmed">
            {chineseDate(record.date)}职业介绍{record.vacancyTitle ? `（岗位：${record.vacancyTitle}）` : ''}，目前结果为“待定”。
          </Text>
          <Radio.Group label="介绍结果" required value={result} onChange={(v) => setResult(v as Decision)} error={errors.result}>
            <Group mt={4}>
              <Radio value="hired" label={REFERRAL_RESULT_LABEL.hired} data-autofocus />
              <Radio value="refused" label={REFERRAL_RESULT_LABEL.refused} />
            </Group>
          </Radio.Group>
          <DateField label="结果日期" required value={resultOn} onChange={setResultOn} error={errors.resultOn} description="得知录用或拒绝的日期；录用时也是就业的开始日期" />
          <ModalFormFooter
            failure={failure}
            onRefresh={() => {
              setFailure(null);
              onRefresh();
            }}
            onCancel={onClose}
            saving={saving}
            submitLabel="保存结果"
          />
        </Stack>
      </form>
    </Modal>
  );
}
