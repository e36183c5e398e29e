import type { Complaint } from '../../../shared/contract/complaints';
import { todayIso } from '../../../shared/clock';
import { formatChineseDate } from '../../../shared/domain/dates';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { ComplaintContent } from './ComplaintContent';

/** 认定: valid (有效) or not, with the reason and the day (default today); may be changed until the complaint is resolved. */
export function JudgeComplaintModal({ complaint, ...dialog }: DialogProps & { complaint: Complaint }) {
  const valid = complaint.valid === null ? null : complaint.valid ? 'yes' : 'no';
  return (
    <FormDialog
      {...dialog}
      initial={{ valid: valid as 'yes' | 'no' | null, reason: complaint.validityReason ?? '', judgedOn: todayIso() }}
      title={`认定投诉：${complaint.communityName}，${formatChineseDate(complaint.date)}`}
      size="lg"
      submitLabel="保存认定"
      fields={() => [
        <ComplaintContent complaint={complaint} />,
        { kind: 'segmented', name: 'valid', label: '是否有效', required: true, requiredMessage: '请选择“有效”或“无效”', data: { yes: '有效', no: '无效' } },
        { kind: 'date', name: 'judgedOn', label: '认定日期', required: true, description: '考核只从这一天起计入这次认定', notBefore: { 投诉日期: complaint.date } },
        { kind: 'textarea', name: 'reason', label: '认定理由', required: true, limit: 200, placeholder: '如 经核实属实 / 经核实不属实，已向投诉人说明', description: 'Ctrl+Enter 保存' },
      ]}
      save={async (v) => {
        if (v.valid === null) return;
        await call('complaints.judge', { id: complaint.id, version: complaint.version, valid: v.valid === 'yes', reason: v.reason.trim(), judgedOn: v.judgedOn });
        return `已认定为${v.valid === 'yes' ? '有效' : '无效'}投诉`;
      }}
    />
  );
}
