import type { AssistanceAgreement } from '../../../shared/contract/recognitions';
import type { PersonDetail } from '../../../shared/contract/registry';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { latestDateFor } from '../registry/person/latest-date';
import { lastClerk, rememberClerk } from '../services/last-clerk';

/** 登记回访: a 跟踪回访 service record under the agreement. */
export function FollowUpModal({ person, agreement, ...dialog }: DialogProps & { person: PersonDetail; agreement: AssistanceAgreement }) {
  return (
    <FormDialog
      {...dialog}
      initial={{ date: latestDateFor(person.archivedOn), clerk: lastClerk(), content: '', outcome: '' }}
      title={`跟踪回访：${person.name}`}
      submitLabel="保存回访"
      fields={() => [
        { kind: 'date', name: 'date', label: '回访日期', required: true, notBefore: { 协议签订日期: agreement.signedOn } },
        { kind: 'text', name: 'clerk', label: '经办人', required: true, limit: 20 },
        { kind: 'textarea', name: 'content', label: '回访内容', required: true, requiredMessage: '请填写回访内容，如“电话回访，已参加面试”', limit: 500 },
        { kind: 'text', name: 'outcome', label: '回访结果', limit: 200, placeholder: '可选，如“继续推荐岗位”' },
      ]}
      save={async ({ date, clerk, content, outcome }) => {
        await call('assistance.recordFollowUp', { agreementId: agreement.id, date, clerk: clerk.trim(), content: content.trim(), outcome: outcome.trim() || null });
        rememberClerk(clerk);
        return `已登记对“${person.name}”的跟踪回访`;
      }}
    />
  );
}
