import { Text } from '@mantine/core';
import type { AssistanceAgreement } from '../../../shared/contract/recognitions';
import type { PersonDetail } from '../../../shared/contract/registry';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { CLOSE_REASONS } from './recognition-labels';

const STATE = { active: '执行中', closed: '已终止' };

/** 修改援助协议: its signing (day, clerk, goal, notes) and its closing, as they should have been entered; audited. */
export function EditAgreementModal({ person, agreement: a, ...dialog }: DialogProps & { person: PersonDetail; agreement: AssistanceAgreement }) {
  const initial = {
    signedOn: a.signedOn,
    clerk: a.clerk,
    goal: a.goal,
    notes: a.notes ?? '',
    state: a.status as keyof typeof STATE,
    closedOn: a.closedOn ?? '',
    reason: a.closeReason ?? '',
  };
  return (
    <FormDialog
      {...dialog}
      initial={initial}
      title={`修改一人一策援助协议：${person.name}`}
      size="lg"
      fieldOf={(path) => (path === 'close' ? 'state' : path.split('.').at(-1) ?? path)}
      fields={({ state, signedOn }) => [
        {
          row: [
            { kind: 'date', name: 'signedOn', label: '签订日期', required: true, notBefore: { 出生日期: person.birthDate } },
            { kind: 'text', name: 'clerk', label: '经办人', required: true, limit: 20 },
          ],
        },
        { kind: 'textarea', name: 'goal', label: '援助目标', required: true, limit: 200 },
        { kind: 'textarea', name: 'notes', label: '备注', limit: 500 },
        { kind: 'segmented', name: 'state', label: '协议状态', data: STATE },
        state === 'closed' && {
          row: [
            { kind: 'date', name: 'closedOn', label: '终止日期', required: true, notBefore: { 签订日期: signedOn } },
            { kind: 'autocomplete', name: 'reason', label: '终止原因', required: true, limit: 100, data: CLOSE_REASONS },
          ],
        },
        <Text size="xs" c="dimmed">修改会记入审计日志（修改前后的内容）；签订时写下的“援助协议”服务记录随之更正。措施和回访记录不在这里改。</Text>,
      ]}
      save={async (v) => {
        await call('corrections.editAgreement', {
          id: a.id,
          version: a.version,
          signedOn: v.signedOn,
          clerk: v.clerk.trim(),
          goal: v.goal.trim(),
          notes: v.notes.trim() || null,
          close: v.state === 'closed' ? { closedOn: v.closedOn, reason: v.reason.trim() } : null,
        });
        return `${person.name}的一人一策援助协议已修改`;
      }}
    />
  );
}
