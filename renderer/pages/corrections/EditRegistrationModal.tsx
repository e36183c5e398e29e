import { Text } from '@mantine/core';
import type { Registration } from '../../../shared/contract/employment';
import type { PersonDetail } from '../../../shared/contract/registry';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { CANCEL_REASONS, REGISTRATION_REASON_LABEL } from '../employment/employment-labels';
import type { RegistrationReason } from '../employment/employment-labels';
import { personDateField } from '../registry/person/person-date-field';

/** 修改失业登记: the date, the reason and the cancellation as they should have been entered (audited, before and after). */
export function EditRegistrationModal({ person, registration, ...dialog }: DialogProps & { person: PersonDetail; registration: Registration }) {
  const initial = {
    registeredOn: registration.registeredOn,
    reason: registration.reason as RegistrationReason | null,
    cancelled: (registration.cancelledOn === null ? 'no' : 'yes') as 'yes' | 'no',
    cancelledOn: registration.cancelledOn ?? '',
    cancelReason: registration.cancelReason ?? '',
  };
  return (
    <FormDialog
      {...dialog}
      initial={initial}
      title={`修改失业登记：${person.name}`}
      fields={({ cancelled, registeredOn }) => [
        { kind: 'date', name: 'registeredOn', label: '登记日期', required: true, notBefore: { 出生日期: person.birthDate } },
        { kind: 'select', name: 'reason', label: '登记原因', required: true, data: REGISTRATION_REASON_LABEL },
        { kind: 'segmented', name: 'cancelled', label: '是否已注销', data: { no: '未注销', yes: '已注销' } },
        cancelled === 'yes' && personDateField(person, { name: 'cancelledOn', label: '注销日期', notBefore: { 登记日期: registeredOn } }),
        cancelled === 'yes' && { kind: 'autocomplete', name: 'cancelReason', label: '注销原因', required: true, limit: 100, data: CANCEL_REASONS },
        <Text size="xs" c="dimmed">
          修改会记入审计日志（修改前后的内容），并重新计算按时职业指导、长期失业等依赖登记日期的结果。
        </Text>,
      ]}
      save={async (v) => {
        if (!v.reason) return;
        const cancelled = v.cancelled === 'yes';
        await call('corrections.editRegistration', {
          id: registration.id,
          registeredOn: v.registeredOn,
          reason: v.reason,
          cancelledOn: cancelled ? v.cancelledOn : null,
          cancelReason: cancelled ? v.cancelReason.trim() : null,
        });
        return `${person.name}的失业登记已修改（${v.registeredOn} 登记，${REGISTRATION_REASON_LABEL[v.reason]}${cancelled ? `，${v.cancelledOn} 注销` : ''}）`;
      }}
    />
  );
}
