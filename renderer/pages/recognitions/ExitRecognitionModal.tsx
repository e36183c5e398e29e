import { Alert, Text } from '@mantine/core';
import type { AssistanceAgreement, Recognition } from '../../../shared/contract/recognitions';
import type { PersonDetail } from '../../../shared/contract/registry';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { chineseDate } from '../registry/labels';
import { latestDateFor } from '../registry/person/latest-date';
import { personDateField } from '../registry/person/person-date-field';
import { CATEGORY_LABEL, EXIT_REASONS } from './recognition-labels';

interface Props extends DialogProps {
  person: PersonDetail;
  recognition: Recognition;
  /** The agreement in force, which ends with the recognition. */
  agreement: AssistanceAgreement | null;
}

/** 退出认定: the date and the reason; the 一人一策 agreement in force ends on the same day. */
export function ExitRecognitionModal({ person, recognition, agreement, ...dialog }: Props) {
  return (
    <FormDialog
      {...dialog}
      initial={{ exitedOn: latestDateFor(person.archivedOn), exitReason: person.archivedOn ? '迁出本街道' : '' }}
      title={`退出就业困难人员认定：${person.name}`}
      submitLabel="确认退出"
      danger
      fields={() => [
        <Text size="sm" c="dimmed">{CATEGORY_LABEL[recognition.category]}，{chineseDate(recognition.recognisedOn)}认定。退出后记录仍保留。</Text>,
        agreement && (
          <Alert color="yellow" variant="light">
            {chineseDate(agreement.signedOn)}签订的一人一策援助协议将于退出日期同时终止
            {agreement.measures.some((m) => m.doneOn === null) ? '，尚未完成的措施不再跟进' : ''}。
          </Alert>
        ),
        personDateField(person, {
          name: 'exitedOn',
          label: '退出日期',
          notBefore: { 认定日期: recognition.recognisedOn ?? recognition.appliedOn, 援助协议最后一次记录的日期: agreement?.lastEventOn },
        }),
        { kind: 'autocomplete', name: 'exitReason', label: '退出原因', required: true, limit: 100, data: EXIT_REASONS },
      ]}
      save={async ({ exitedOn, exitReason }) => {
        await call('recognitions.exit', { id: recognition.id, version: recognition.version, exitedOn, exitReason: exitReason.trim() });
        return `“${person.name}”已退出就业困难人员认定`;
      }}
    />
  );
}
