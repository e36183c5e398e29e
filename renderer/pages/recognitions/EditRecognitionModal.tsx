import { Text } from '@mantine/core';
import type { Recognition } from '../../../shared/contract/recognitions';
import type { PersonDetail } from '../../../shared/contract/registry';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { CATEGORY_LABEL, EXIT_REASONS } from './recognition-labels';

const DECISION = { recognised: '认定', refused: '不予认定' };

/** 修改认定: each step recorded so far (申请, 审核, 退出) as it should have been entered; audited, before and after. */
export function EditRecognitionModal({ person, recognition: r, ...dialog }: DialogProps & { person: PersonDetail; recognition: Recognition }) {
  const reviewed = r.status !== 'applied';
  const exited = r.status === 'exited';
  const initial = {
    category: r.category as Recognition['category'] | null,
    appliedOn: r.appliedOn,
    especiallyDifficult: r.especiallyDifficult,
    decision: (r.status === 'refused' ? 'refused' : 'recognised') as keyof typeof DECISION,
    reviewedOn: r.reviewedOn ?? '',
    reviewer: r.reviewer ?? '',
    note: r.reviewNote ?? '',
    exitedOn: r.exitedOn ?? '',
    exitReason: r.exitReason ?? '',
  };
  return (
    <FormDialog
      {...dialog}
      initial={initial}
      title={`修改就业困难认定：${person.name}`}
      size="lg"
      fieldOf={(path) => path.split('.').at(-1) ?? path}
      fields={({ decision, appliedOn, reviewedOn }) => [
        {
          row: [
            { kind: 'select', name: 'category', label: '认定类别', required: true, data: CATEGORY_LABEL },
            { kind: 'date', name: 'appliedOn', label: '申请日期', required: true, notBefore: { 出生日期: person.birthDate } },
          ],
        },
        { kind: 'checkbox', name: 'especiallyDifficult', label: '特别困难（认定后须在 72 小时内兑现即时就业承诺）' },
        reviewed && !exited && { kind: 'segmented', name: 'decision', label: '审核结论', data: DECISION },
        reviewed && {
          row: [
            { kind: 'date', name: 'reviewedOn', label: decision === 'recognised' ? '审核（认定）日期' : '审核日期', required: true, notBefore: { 申请日期: appliedOn } },
            { kind: 'text', name: 'reviewer', label: '审核人', required: true, limit: 20 },
          ],
        },
        reviewed && { kind: 'textarea', name: 'note', label: '审核意见', required: decision === 'refused', limit: 200 },
        exited && {
          row: [
            { kind: 'date', name: 'exitedOn', label: '退出日期', required: true, notBefore: { 认定日期: reviewedOn } },
            { kind: 'autocomplete', name: 'exitReason', label: '退出原因', required: true, limit: 100, data: EXIT_REASONS },
          ],
        },
        <Text size="xs" c="dimmed">修改会记入审计日志（修改前后的内容），并按修改后的认定重新计算待办和考核。认定所处的环节（待审核、已审核、已退出）不在这里改：录错的整条认定请作废。</Text>,
      ]}
      save={async (v) => {
        await call('corrections.editRecognition', {
          id: r.id,
          version: r.version,
          category: v.category ?? r.category,
          appliedOn: v.appliedOn,
          especiallyDifficult: v.especiallyDifficult,
          review: reviewed ? { decision: exited ? 'recognised' : v.decision, reviewedOn: v.reviewedOn, reviewer: v.reviewer.trim(), note: v.note.trim() || null } : null,
          exit: exited ? { exitedOn: v.exitedOn, exitReason: v.exitReason.trim() } : null,
        });
        return `${person.name}的就业困难认定已修改`;
      }}
    />
  );
}
