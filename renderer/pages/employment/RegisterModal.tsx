import { Alert, Text } from '@mantine/core';
import type { Spell } from '../../../shared/contract/employment';
import type { PersonDetail } from '../../../shared/contract/registry';
import { todayIso } from '../../../shared/clock';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { PICKABLE_NO_WISH_REASONS, REGISTRATION_REASON_LABEL, spellPeriod, spellTitle } from './employment-labels';
import type { PickableNoWishReason, RegistrationReason } from './employment-labels';

interface Props extends DialogProps {
  person: PersonDetail;
  /** Spells still open: registering usually means they ended. */
  openSpells: Spell[];
  /** Whether a wish is recorded as of today: when none, the dialog asks it (a registered person without one is left out of 就业率). */
  hasWishRecorded: boolean;
}

/** 失业登记: the registration date (day 0 of the 3-working-day guidance) and the reason. */
export function RegisterModal({ person, openSpells, hasWishRecorded, ...dialog }: Props) {
  return (
    <FormDialog
      {...dialog}
      initial={{ registeredOn: todayIso(), reason: null as RegistrationReason | null, hasWish: null as 'yes' | 'no' | null, noWishReason: null as PickableNoWishReason | null }}
      title={`失业登记：${person.name}`}
      submitLabel="登记"
      fields={(values) => [
        <>
          {openSpells.map((s) => (
            <Alert key={s.id} color="orange" variant="light">{person.name}仍有在岗就业：{spellTitle(s)}，{spellPeriod(s)}。已失业的，请先在“就业”一栏结束该段就业。</Alert>
          ))}
        </>,
        { kind: 'select', name: 'reason', label: '登记原因', required: true, data: REGISTRATION_REASON_LABEL },
        { kind: 'date', name: 'registeredOn', label: '登记日期', required: true, notBefore: { 出生日期: person.birthDate } },
        !hasWishRecorded && (
          <Text size="sm" c="dimmed">
            {person.name}还没有记录就业意愿。没有就业意愿记录的登记失业人员不计入就业率，请一并询问：
          </Text>
        ),
        !hasWishRecorded && { kind: 'radio', name: 'hasWish', label: '就业意愿', required: true, data: { yes: '有就业意愿', no: '无就业意愿' } },
        !hasWishRecorded && values.hasWish === 'no' && { kind: 'select', name: 'noWishReason', label: '无就业意愿原因', required: true, data: PICKABLE_NO_WISH_REASONS.map((r) => ({ value: r, label: r })) },
      ]}
      save={async ({ registeredOn, reason, hasWish, noWishReason }) => {
        if (!reason) return;
        const wish = hasWishRecorded || hasWish === null ? undefined : { hasWish: hasWish === 'yes', noWishReason: hasWish === 'yes' ? null : noWishReason };
        await call('registrations.register', { personId: person.id, registeredOn, reason, ...(wish ? { wish } : {}) });
        const wishText = wish ? `；就业意愿：${wish.hasWish ? '有' : '无'}` : '';
        return `${person.name}已登记失业（${registeredOn}，${REGISTRATION_REASON_LABEL[reason]}${wishText}）`;
      }}
    />
  );
}
