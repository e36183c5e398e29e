import { Alert } from '@mantine/core';
import type { Spell } from '../../../shared/contract/employment';
import type { PersonDetail } from '../../../shared/contract/registry';
import { todayIso } from '../../../shared/clock';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { REGISTRATION_REASON_LABEL, spellPeriod, spellTitle } from './employment-labels';
import type { RegistrationReason } from './employment-labels';

interface Props extends DialogProps {
  person: PersonDetail;
  /** Spells still open: registering usually means they ended. */
  openSpells: Spell[];
}

/** 失业登记: the registration date (day 0 of the 3-working-day guidance) and the reason. */
export function RegisterModal({ person, openSpells, ...dialog }: Props) {
  return (
    <FormDialog
      {...dialog}
      initial={{ registeredOn: todayIso(), reason: null as RegistrationReason | null }}
      title={`失业登记：${person.name}`}
      submitLabel="登记"
      fields={() => [
        <>
          {openSpells.map((s) => (
            <Alert key={s.id} color="orange" variant="light">{person.name}仍有在岗就业：{spellTitle(s)}，{spellPeriod(s)}。已失业的，请先在“就业”一栏结束该段就业。</Alert>
          ))}
        </>,
        { kind: 'select', name: 'reason', label: '登记原因', required: true, data: REGISTRATION_REASON_LABEL },
        { kind: 'date', name: 'registeredOn', label: '登记日期', required: true, notBefore: { 出生日期: person.birthDate } },
      ]}
      save={async ({ registeredOn, reason }) => {
        if (!reason) return;
        await call('registrations.register', { personId: person.id, registeredOn, reason });
        return `${person.name}已登记失业（${registeredOn}，${REGISTRATION_REASON_LABEL[reason]}）`;
      }}
    />
  );
}
