import { Text } from '@mantine/core';
import type { PersonDetail } from '../../../../shared/contract/registry';
import { todayIso } from '../../../../shared/clock';
import { FormDialog } from '../../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../../components/form-dialog/FormDialog';
import { refusedOn } from '../../../components/form-dialog/refusal';
import { call } from '../../../lib/api';
import { useCommunityOptions } from '../../communities/community-options';
import { relationChoices, relationClassOf } from '../../../../shared/domain/relation-words';
import type { RelationWord } from '../../../../shared/domain/relation-words';

/** The household numbered so in the community, or a refusal on the number. */
async function householdNumbered(communityId: string, number: string): Promise<number> {
  const page = await call('households.list', { communityId: Number(communityId), offset: 0, limit: 20, query: number });
  const id = page.rows.find((r) => r.number === number)?.id;
  if (id === undefined) throw refusedOn('number', `所选社区中没有户编号为“${number}”的户`);
  return id;
}

/** 迁移: moves the person into another household (found by its number in a community). */
export function MoveModal({ person, ...dialog }: DialogProps & { person: PersonDetail }) {
  const communities = useCommunityOptions();
  return (
    <FormDialog
      {...dialog}
      initial={{ communityId: String(person.communityId), number: '', relation: 'other' as RelationWord, date: todayIso() }}
      title={`迁移到另一户：${person.name}`}
      submitLabel="确认迁移"
      fieldOf={(path) => (path === 'householdId' ? 'number' : path)}
      fields={() => [
        <Text size="sm" c="dimmed">现在所在：{person.communityName}，户 {person.householdNumber}</Text>,
        { kind: 'select', name: 'communityId', label: '迁入社区', searchable: true, data: communities },
        { kind: 'text', name: 'number', label: '迁入户的户编号', required: true, mono: true, autofocus: true },
        { kind: 'select', name: 'relation', label: '与新户主关系', required: true, searchable: true, data: relationChoices() },
        { kind: 'date', name: 'date', label: '迁移日期', required: true, description: '在新户的第一天；此前各日仍计入原户，以前的考核和台账不受影响' },
      ]}
      save={async ({ communityId, number, relation, date }) => {
        const householdId = await householdNumbered(communityId, number.trim());
        await call('persons.move', { id: person.id, version: person.version, householdId, relation: relationClassOf(relation), date });
        return `“${person.name}”已迁入户 ${number.trim()}`;
      }}
    />
  );
}
