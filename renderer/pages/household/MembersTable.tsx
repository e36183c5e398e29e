import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { HouseholdMember } from '../../../shared/contract/registry';
import { GENDER_LABEL, RELATION_LABEL, ageOf, chineseDate } from '../registry/labels';

export function MembersTable({ members }: { members: HouseholdMember[] }) {
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
          <Table.Th ta="right">年龄</Table.Th>
          <Table.Th>身份证号码</Table.Th>
          <Table.Th>状态</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((m) => (
          <Table.Tr key={m.id} c={m.archived ? 'dimmed' : undefined}>
            <Table.Td>
              <Anchor href={`#/person/${m.id}`}>{m.name}</Anchor>
            </Table.Td>
            <Table.Td>{RELATION_LABEL[m.relation]}</Table.Td>
            <Table.Td>{GENDER_LABEL[m.gender]}</Table.Td>
            <Table.Td ta="right">{ageOf(m.birthDate)}</Table.Td>
            <Table.Td ff="monospace">{m.maskedIdNumber}</Table.Td>
            <Table.Td>
              {m.archived ? (
                <Badge color="gray" variant="filled" title={m.archivedOn ? `${chineseDate(m.archivedOn)}迁出` : undefined}>
                  迁出
                </Badge>
              ) : (
                <Badge color="green" variant="light">
                  在册
                </Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
