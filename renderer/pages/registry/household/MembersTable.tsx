import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { HouseholdPopulation } from '../../../../shared/contract/population';
import type { HouseholdMember } from '../../../../shared/contract/registry';
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
  if (members.length === 0) {
    return (
      <Text c="dimmed" py="md">
        这一户还没有成员。点击“添加成员”（Alt+N）登记。
      </Text>
    );
  }
  return (
    <Table striped highlightOnHover withTableBorder aria-label="成员">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>姓名</Table.Th>
          <Table.Th>与户主关系</Table.Th>
          <Table.Th>性别</Table.Th>
          <Table.Th ta="right">{onDate ? `${onDate}年龄` : '年龄'}</Table.Th>
          <Table.Th>身份证号码</Table.Th>
          <Table.Th>状态</Table.Th>
          {onDate && <Table.Th>{onDate}的状态</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((m) => {
          const unborn = asOf !== undefined && m.birthDate > asOf.date;
          const state = stateOf.get(m.id);
          return (
            <Table.Tr key={m.id} c={m.archived || unborn ? 'dimmed' : undefined}>
              <Table.Td>
                <Anchor href={asOf ? `#${withAsOf(`/person/${m.id}`, asOf.date, asOf.today)}` : `#/person/${m.id}`}>{m.name}</Anchor>
              </Table.Td>
              <Table.Td>{RELATION_LABEL[m.relation]}</Table.Td>
              <Table.Td>{GENDER_LABEL[m.gender]}</Table.Td>
              <Table.Td ta="right">{unborn ? '—' : (state?.age ?? ageOf(m.birthDate))}</Table.Td>
              <Table.Td ff="monospace">{m.maskedIdNumber}</Table.Td>
              <Table.Td>
                {unborn ? (
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
                )}
              </Table.Td>
              {onDate && (
                <Table.Td>
                  {unborn || m.archived ? (
                    <Text size="sm" c="dimmed">
                      不计入
                    </Text>
                  ) : state ? (
                    <StateBadges badges={state} size="sm" explainWorkingAge />
                  ) : (
                    <Text size="sm" c="dimmed">
                      …
                    </Text>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
