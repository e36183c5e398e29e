import { Anchor, Badge, Text } from '@mantine/core';
import type { HouseholdPopulation } from '../../../../shared/contract/population';
import type { HouseholdMember } from '../../../../shared/contract/registry';
import { DataTable } from '../../../components/DataTable';
import { StateBadges } from '../../population/StateBadges';
import { withAsOf } from '../../population/use-as-of';
import { GENDER_LABEL, RELATION_LABEL, ageOf, chineseDate } from '../labels';

interface Props {
  members: HouseholdMember[];
  /** The date of “查看某日状态”, with each member's state on it (population.household); absent = today, no state. */
  asOf?: { date: string; today: string; states: HouseholdPopulation['members'] | null };
}

export function MembersTable({ members, asOf }: Props) {
  const stateOf = new Map((asOf?.states ?? []).map((s) => [s.personId, s.badges]));
  const onDate = asOf ? (asOf.date === asOf.today ? '今天' : chineseDate(asOf.date)) : null;
  const unborn = (m: HouseholdMember) => asOf !== undefined && m.birthDate > asOf.date;
  if (members.length === 0) {
    return (
      <Text c="dimmed" py="md">
        这一户还没有成员。点击“添加成员”（Alt+N）登记。
      </Text>
    );
  }
  return (
    <DataTable aria-label="成员" rows={members} rowKey={(m) => m.id} rowProps={(m) => ({ c: m.archived || unborn(m) ? 'dimmed' : undefined })}
      columns={[
        {
          header: '姓名',
          cell: (m) => <Anchor href={asOf ? `#${withAsOf(`/person/${m.id}`, asOf.date, asOf.today)}` : `#/person/${m.id}`}>{m.name}</Anchor>,
        },
        { header: '与户主关系', cell: (m) => RELATION_LABEL[m.relation] },
        { header: '性别', cell: (m) => GENDER_LABEL[m.gender] },
        { header: onDate ? `${onDate}年龄` : '年龄', ta: 'right', cell: (m) => (unborn(m) ? '—' : (stateOf.get(m.id)?.age ?? ageOf(m.birthDate))) },
        { header: '身份证号码', mono: true, cell: (m) => m.maskedIdNumber },
        {
          header: '状态',
          cell: (m) =>
            unborn(m) ? (
              <Badge color="gray" variant="outline" title={`${chineseDate(m.birthDate)}出生`}>
                尚未出生
              </Badge>
            ) : m.archived ? (
              <Badge color="gray" variant="filled" title={m.archivedOn ? `${chineseDate(m.archivedOn)}迁出` : undefined}>
                迁出
              </Badge>
            ) : (
              <Badge color="green" variant="light">
                在册
              </Badge>
            ),
        },
        onDate !== null && {
          header: `${onDate}的状态`,
          cell: (m) => {
            const state = stateOf.get(m.id);
            return unborn(m) || m.archived ? (
              <Text size="sm" c="dimmed">
                不计入
              </Text>
            ) : state ? (
              <StateBadges badges={state} size="sm" explainWorkingAge />
            ) : (
              <Text size="sm" c="dimmed">
                …
              </Text>
            );
          },
        },
      ]}
    />
  );
}
