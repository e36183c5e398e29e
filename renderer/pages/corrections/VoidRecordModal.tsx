import { Alert, Text } from '@mantine/core';
import type { VoidableEntity } from '../../../shared/contract/corrections';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';

/** What each kind of record is called in the dialog. */
export const VOIDABLE_LABEL: Record<VoidableEntity, string> = {
  service_record: '服务记录',
  unemployment_registration: '失业登记',
  employment_spell: '就业经历',
  employment_wish: '就业意愿',
  complaint: '投诉',
  difficulty_recognition: '就业困难认定',
  assistance_agreement: '一人一策援助协议（连同其措施和跟踪回访记录）',
};

interface Props extends DialogProps {
  entity: VoidableEntity;
  id: number;
  /** The record as the clerk sees it (日期、类型、内容). */
  summary: string;
  /** Whose record it is, for the title (a person's name, a community). */
  owner: string;
}

/** 作废: a record entered wrongly stops counting anywhere; it stays, struck through, with the required reason. */
export function VoidRecordModal({ entity, id, summary, owner, ...dialog }: Props) {
  const label = VOIDABLE_LABEL[entity];
  return (
    <FormDialog
      {...dialog}
      initial={{ reason: '' }}
      title={`作废${label}：${owner}`}
      submitLabel="作废"
      danger
      fields={() => [
        <Text size="sm">{summary}</Text>,
        <Alert color="orange" variant="light">
          作废后，这条{label}不再计入任何指标、考核、待办、台账和导出；它仍保留在时间线（划线显示）和审计日志中，不能恢复。录错的内容请作废后重新录入。
        </Alert>,
        { kind: 'textarea', name: 'reason', label: '作废原因', required: true, limit: 200, minRows: 2, placeholder: '例如：登记日期录错，已重新登记' },
      ]}
      save={async ({ reason }) => {
        await call('corrections.void', { entity, id, reason: reason.trim() });
        return `已作废${owner}的${label}（${summary}）`;
      }}
    />
  );
}
