import { Alert, Text } from '@mantine/core';
import type { Recognition } from '../../../shared/contract/recognitions';
import type { PersonDetail } from '../../../shared/contract/registry';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { chineseDate } from '../registry/labels';
import { latestDateFor } from '../registry/person/latest-date';
import { lastClerk, rememberClerk } from '../services/last-clerk';

interface Props extends DialogProps {
  person: PersonDetail;
  recognition: Recognition;
  /** The day the previous agreement ended: a new one cannot be signed before it. */
  previousClosedOn: string | null;
}

/** 签订一人一策援助协议 (就业援助协议书): the date, the clerk, the goal; measures are added afterwards. */
export function CreateAgreementModal({ person, recognition, previousClosedOn, ...dialog }: Props) {
  const { recognisedOn, commitmentDueOn } = recognition;
  return (
    <FormDialog
      {...dialog}
      initial={{ signedOn: latestDateFor(person.archivedOn), clerk: lastClerk(), goal: '', notes: '' }}
      title={`签订一人一策援助协议：${person.name}`}
      submitLabel="签订协议"
      fields={() => [
        <Text size="sm" c="dimmed">{chineseDate(recognisedOn)}认定为就业困难人员。签订后逐项添加援助措施（职业指导、职业介绍、培训等）及计划完成日期。</Text>,
        commitmentDueOn && (
          <Alert color="red" variant="light">特别困难人员：72 小时即时就业承诺应于{chineseDate(commitmentDueOn)}前兑现，请作为一项措施列入协议。</Alert>
        ),
        { kind: 'date', name: 'signedOn', label: '签订日期', required: true, notBefore: { 认定日期: recognisedOn, 上一份协议的终止日期: previousClosedOn } },
        { kind: 'text', name: 'clerk', label: '经办人', required: true, limit: 20 },
        { kind: 'textarea', name: 'goal', label: '援助目标', required: true, requiredMessage: '请填写援助目标，如“三个月内实现家政岗位就业”', limit: 200, placeholder: '如：三个月内实现家政岗位就业' },
        { kind: 'textarea', name: 'notes', label: '备注', limit: 500, minRows: 1 },
      ]}
      save={async ({ signedOn, clerk, goal, notes }) => {
        await call('assistance.create', { personId: person.id, signedOn, clerk: clerk.trim(), goal: goal.trim(), notes: notes.trim() || null });
        rememberClerk(clerk);
        return `已与“${person.name}”签订一人一策援助协议`;
      }}
    />
  );
}
