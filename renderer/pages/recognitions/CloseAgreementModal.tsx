import { Text } from '@mantine/core';
import type { AssistanceAgreement } from '../../../shared/contract/recognitions';
import type { PersonDetail } from '../../../shared/contract/registry';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { chineseDate } from '../registry/labels';
import { latestDateFor } from '../registry/person/latest-date';
import { personDateField } from '../registry/person/person-date-field';
import { CLOSE_REASONS } from './recognition-labels';

/** 终止协议: the day and the reason; the measures and follow-ups stay on record. */
export function CloseAgreementModal({ person, agreement, ...dialog }: DialogProps & { person: PersonDetail; agreement: AssistanceAgreement }) {
  const open = agreement.measures.filter((m) => m.doneOn === null).length;
  const since = agreement.lastEventOn === agreement.signedOn ? '协议签订日期' : '协议最后一次记录的日期';
  return (
    <FormDialog
      {...dialog}
      initial={{ closedOn: latestDateFor(person.archivedOn), reason: '' }}
      title={`终止一人一策援助协议：${person.name}`}
      submitLabel="终止协议"
      danger
      fields={() => [
        <Text size="sm" c="dimmed">
          {chineseDate(agreement.signedOn)}签订；目标：{agreement.goal}
          {open > 0 ? `。尚有 ${open} 项措施未完成，终止后不再跟进。` : '。'}
        </Text>,
        personDateField(person, { name: 'closedOn', label: '终止日期', notBefore: { [since]: agreement.lastEventOn } }),
        { kind: 'autocomplete', name: 'reason', label: '终止原因', required: true, limit: 100, data: CLOSE_REASONS },
      ]}
      save={async ({ closedOn, reason }) => {
        await call('assistance.close', { id: agreement.id, version: agreement.version, closedOn, reason: reason.trim() });
        return `“${person.name}”的一人一策援助协议已终止`;
      }}
    />
  );
}
