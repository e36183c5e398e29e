import { Text } from '@mantine/core';
import type { Registration } from '../../../shared/contract/employment';
import type { PersonDetail } from '../../../shared/contract/registry';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { chineseDate } from '../registry/labels';
import { latestDateFor } from '../registry/person/latest-date';
import { personDateField } from '../registry/person/person-date-field';
import { CANCEL_REASONS, REGISTRATION_REASON_LABEL } from './employment-labels';

/** 注销登记: the day the registration stops being open, and why (已就业, 超过法定劳动年龄…). */
export function CancelRegistrationModal({ person, registration, ...dialog }: DialogProps & { person: PersonDetail; registration: Registration }) {
  return (
    <FormDialog
      {...dialog}
      initial={{ cancelledOn: latestDateFor(person.archivedOn), cancelReason: '' }}
      title={`注销失业登记：${person.name}`}
      submitLabel="注销登记"
      fields={() => [
        <Text size="sm">{chineseDate(registration.registeredOn)}登记（{REGISTRATION_REASON_LABEL[registration.reason]}）</Text>,
        { kind: 'autocomplete', name: 'cancelReason', label: '注销原因', required: true, limit: 100, data: CANCEL_REASONS },
        personDateField(person, { name: 'cancelledOn', label: '注销日期', description: '自这一天起不再是登记失业人员', notBefore: { 登记日期: registration.registeredOn } }),
      ]}
      save={async ({ cancelledOn, cancelReason }) => {
        await call('registrations.cancel', { id: registration.id, cancelledOn, cancelReason: cancelReason.trim() });
        return `${person.name}的失业登记已于 ${cancelledOn} 注销`;
      }}
    />
  );
}
