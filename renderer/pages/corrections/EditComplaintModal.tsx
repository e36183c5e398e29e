import { Text } from '@mantine/core';
import type { Complaint } from '../../../shared/contract/complaints';
import { formatChineseDate } from '../../../shared/domain/dates';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';

const VALIDITY = { none: '未认定', yes: '有效', no: '无效' };

/** 修改投诉: the date, the content and the judgement as they should have been entered (audited, before and after). */
export function EditComplaintModal({ complaint, ...dialog }: DialogProps & { complaint: Complaint }) {
  const initial = {
    date: complaint.date,
    content: complaint.content,
    valid: (complaint.valid === null ? 'none' : complaint.valid ? 'yes' : 'no') as keyof typeof VALIDITY,
    judgedOn: complaint.judgedOn ?? '',
    validityReason: complaint.validityReason ?? '',
  };
  return (
    <FormDialog
      {...dialog}
      initial={initial}
      title={`修改投诉：${complaint.communityName}，${formatChineseDate(complaint.date)}`}
      size="lg"
      fields={({ valid, date }) => [
        { kind: 'date', name: 'date', label: '投诉日期', required: true, notAfter: { 办结日期: complaint.resolvedOn } },
        { kind: 'textarea', name: 'content', label: '投诉内容', required: true, limit: 1000, minRows: 3 },
        { kind: 'segmented', name: 'valid', label: '认定', data: VALIDITY },
        valid !== 'none' && { kind: 'date', name: 'judgedOn', label: '认定日期', required: true, notBefore: { 投诉日期: date }, notAfter: { 办结日期: complaint.resolvedOn } },
        valid !== 'none' && { kind: 'textarea', name: 'validityReason', label: '认定理由', required: true, limit: 200 },
        <Text size="xs" c="dimmed">修改会记入审计日志（修改前后的内容）；“无有效投诉”一项按修改后的认定重新计算。</Text>,
      ]}
      save={async (v) => {
        const judged = v.valid !== 'none';
        await call('corrections.editComplaint', {
          id: complaint.id,
          version: complaint.version,
          date: v.date,
          content: v.content.trim(),
          valid: judged ? v.valid === 'yes' : null,
          judgedOn: judged ? v.judgedOn : null,
          validityReason: judged ? v.validityReason.trim() : null,
        });
        return `投诉已修改（${v.date}，${VALIDITY[v.valid]}）`;
      }}
    />
  );
}
