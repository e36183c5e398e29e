import { Text } from '@mantine/core';
import type { Spell } from '../../../shared/contract/employment';
import type { PersonDetail } from '../../../shared/contract/registry';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { latestDateFor } from '../registry/person/latest-date';
import { personDateField } from '../registry/person/person-date-field';
import { spellPeriod, spellTitle } from './employment-labels';

/** 结束就业: the last day of an open spell (for a person who has left, at the latest the day they left). */
export function CloseSpellModal({ person, spell, ...dialog }: DialogProps & { person: PersonDetail; spell: Spell }) {
  return (
    <FormDialog
      {...dialog}
      initial={{ endDate: latestDateFor(person.archivedOn) }}
      title={`结束就业：${person.name}`}
      submitLabel="结束就业"
      fields={() => [
        <Text size="sm">{spellTitle(spell)}，{spellPeriod(spell)}</Text>,
        personDateField(person, { name: 'endDate', label: '结束日期', description: '最后一个工作日', notBefore: { 开始日期: spell.startDate } }),
      ]}
      save={async ({ endDate }) => {
        await call('spells.close', { id: spell.id, endDate });
        return `${person.name}的${spellTitle(spell)}已于 ${endDate} 结束`;
      }}
    />
  );
}
