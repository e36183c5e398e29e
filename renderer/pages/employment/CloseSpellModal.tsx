import { Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Spell } from '../../../shared/contract/employment';
import type { PersonDetail } from '../../../shared/contract/registry';
import { DateField } from '../../components/DateField';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { archiveLimit, dateProblem, latestDateFor } from './employment-dates';
import { spellPeriod, spellTitle } from './employment-labels';
import { submitOnEnter } from './form-keys';
import { useFormSave } from '../../lib/use-form-save';

interface Props {
  person: PersonDetail;
  spell: Spell;
  onClose(): void;
  onSaved(): void;
  onRefresh(): void;
}

/** 结束就业: the last day of an open spell (for a person who has left, at the latest the day they left). */
export function CloseSpellModal({ person, spell, onClose, onSaved, onRefresh }: Props) {
  const [endDate, setEndDate] = useState<string | null>(latestDateFor(person.archivedOn));
  const save = useFormSave(['endDate']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = dateProblem(endDate, '结束日期', {
      notBefore: { date: spell.startDate, label: '开始日期' },
      notAfter: archiveLimit(person.archivedOn),
    });
    await save.run(problem ? { endDate: problem } : {}, async () => {
      if (!endDate) return;
      await call('spells.close', { id: spell.id, endDate });
      notifications.show({ color: 'green', message: `${person.name}的${spellTitle(spell)}已于 ${endDate} 结束` });
      onSaved();
    });
  }

  return (
    <Modal opened onClose={onClose} title={`结束就业：${person.name}`}>
      <form onSubmit={submit} onKeyDown={submitOnEnter} noValidate aria-label="结束就业">
        <Stack>
          <Text size="sm">
            {spellTitle(spell)}，{spellPeriod(spell)}
          </Text>
          <DateField
            label="结束日期"
            required
            autoFocus
            value={endDate}
            onChange={save.track('endDate', setEndDate)}
            error={save.errors.endDate}
            description="最后一个工作日"
          />
          <ModalFormFooter
            failure={save.failure}
            onRefresh={() => {
              save.clearFailure();
              onRefresh();
            }}
            onCancel={onClose}
            saving={save.saving}
            submitLabel="结束就业"
          />
        </Stack>
      </form>
    </Modal>
  );
}
