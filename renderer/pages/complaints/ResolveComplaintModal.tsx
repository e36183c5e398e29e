import { Text } from '@mantine/core';
import type { Complaint } from '../../../shared/contract/complaints';
import { formatChineseDate } from '../../../shared/domain/dates';
import { todayIso } from '../../../shared/clock';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { ComplaintContent } from './ComplaintContent';

/** 办结: the date and the result; after it the complaint can no longer be changed. */
export function ResolveComplaintModal({ complaint, ...dialog }: DialogProps & { complaint: Complaint }) {
  return (
    <FormDialog
      {...dialog}
      initial={{ resolvedOn: todayIso(), resolution: '' }}
      title={`办结投诉：${complaint.communityName}，${formatChineseDate(complaint.date)}`}
      size="lg"
      submitLabel="办结"
      fields={() => [
        <ComplaintContent complaint={complaint} />,
        complaint.valid === null && (
          <Text size="sm" c="orange">这件投诉还没有认定是否有效；办结后不能再认定。</Text>
        ),
        { kind: 'date', name: 'resolvedOn', label: '办结日期', required: true, notBefore: { 投诉日期: complaint.date, 认定日期: complaint.judgedOn } },
        { kind: 'textarea', name: 'resolution', label: '处理结果', required: true, limit: 500, minRows: 3, placeholder: '如 已联系用人单位核实并电话答复投诉人', description: 'Ctrl+Enter 保存' },
      ]}
      save={async ({ resolvedOn, resolution }) => {
        await call('complaints.resolve', { id: complaint.id, version: complaint.version, resolution: resolution.trim(), resolvedOn });
        return `投诉已办结（${resolvedOn}）`;
      }}
    />
  );
}
