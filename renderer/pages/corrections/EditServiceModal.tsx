import { Text } from '@mantine/core';
import type { PersonDetail } from '../../../shared/contract/registry';
import type { ServiceRecord } from '../../../shared/contract/services';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { SERVICE_KIND_LABEL } from '../services/service-kinds';

/**
 * 修改服务记录: the date, clerk, content and result as they should have been entered (audited). The kind, a referral's
 * vacancy and what the record links to stay: such a record entered wrongly is voided and recorded again.
 */
export function EditServiceModal({ person, record, ...dialog }: DialogProps & { person: PersonDetail; record: ServiceRecord }) {
  return (
    <FormDialog
      {...dialog}
      initial={{ date: record.date, clerk: record.clerk ?? '', content: record.content ?? '', outcome: record.outcome ?? '' }}
      title={`修改服务记录：${person.name}，${SERVICE_KIND_LABEL[record.kind]}`}
      size="lg"
      fields={() => [
        { kind: 'date', name: 'date', label: '服务日期', required: true, notBefore: { 出生日期: person.birthDate }, notAfter: { 迁出日期: person.archivedOn } },
        { kind: 'text', name: 'clerk', label: '经办人', limit: 20 },
        { kind: 'textarea', name: 'content', label: '服务内容', limit: 500, minRows: 2 },
        { kind: 'text', name: 'outcome', label: '服务结果', limit: 200 },
        <Text size="xs" c="dimmed">服务类型、介绍的岗位和结果不能在这里改：录错的请作废后重新记录。修改会记入审计日志（修改前后的内容）。</Text>,
      ]}
      save={async (v) => {
        await call('corrections.editService', { id: record.id, date: v.date, clerk: v.clerk.trim() || null, content: v.content.trim() || null, outcome: v.outcome.trim() || null });
        return `${person.name}的${SERVICE_KIND_LABEL[record.kind]}记录已修改（${v.date}）`;
      }}
    />
  );
}
