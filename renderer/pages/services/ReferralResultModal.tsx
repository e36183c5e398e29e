import { Text } from '@mantine/core';
import type { RecordServiceResult, ServiceRecord } from '../../../shared/contract/services';
import { todayIso } from '../../../shared/clock';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { chineseDate } from '../registry/labels';
import { REFERRAL_RESULT_LABEL } from './service-kinds';

interface Props {
  record: ServiceRecord;
  personName: string;
  onClose(): void;
  onSaved(result: RecordServiceResult): void;
  onRefresh(): void;
}

const { hired, refused } = REFERRAL_RESULT_LABEL;

/** 更新结果: a pending referral becomes 录用 or 拒绝 on the day it became known. */
export function ReferralResultModal({ record, personName, onClose, onSaved, onRefresh }: Props) {
  return (
    <FormDialog
      initial={{ result: null as 'hired' | 'refused' | null, resultOn: todayIso() }}
      title={`更新介绍结果：${personName}`}
      submitLabel="保存结果"
      onClose={onClose}
      onRefresh={onRefresh}
      fields={() => [
        <Text size="sm" c="dimmed">{chineseDate(record.date)}职业介绍{record.vacancyTitle ? `（岗位：${record.vacancyTitle}）` : ''}，目前结果为“待定”。</Text>,
        { kind: 'radio', name: 'result', label: '介绍结果', required: true, requiredMessage: '请选择录用或拒绝', data: { hired, refused } },
        { kind: 'date', name: 'resultOn', label: '结果日期', required: true, description: '得知录用或拒绝的日期；录用时也是就业的开始日期', notBefore: { 介绍日期: record.date } },
      ]}
      save={async ({ result, resultOn }) => {
        if (!result) return;
        onSaved(await call('services.setReferralResult', { id: record.id, result, resultOn }));
        return `已更新介绍结果：${personName}${REFERRAL_RESULT_LABEL[result]}`;
      }}
    />
  );
}
