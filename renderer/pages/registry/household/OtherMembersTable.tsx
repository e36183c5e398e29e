import { Anchor, Table, Text } from '@mantine/core';
import type { HouseholdMember } from '../../../../shared/contract/registry';
import { withAsOf } from '../../population/use-as-of';
import { GENDER_LABEL, RELATION_LABEL, chineseDate } from '../labels';

/** When a period in the household began and ended, in words. */
function periodText(m: HouseholdMember): string {
  const from = m.memberFrom === null ? '建档起' : `${chineseDate(m.memberFrom)}起`;
  const to = m.memberTo === null ? '至今' : `至${chineseDate(m.memberTo)}`;
  return `${from}${to}`;
}

/** Why a period does not cover the date shown: left before it (moved to another household or 迁出), or came after it. */
function whyNot(m: HouseholdMember, asOf: string): string {
  if (m.memberFrom !== null && m.memberFrom > asOf) return '当日尚未迁入';
  if (m.archivedOn !== null && m.memberTo !== null && m.memberTo < m.archivedOn) return '已迁出本街道';
  return '已移往他户';
}

/**
 * Everyone who belonged to the household at another time than the date shown (dated membership, DOMAIN §2): former
 * members and, for a past date, those who joined later — with their period in the household.
 */
export function OtherMembersTable({ members, asOf, today }: { members: HouseholdMember[]; asOf: string; today: string }) {
  if (members.length === 0) return null;
  return (
    <Table striped withTableBorder aria-label="其他时间在本户的人员">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>姓名</Table.Th>
          <Table.Th>当时与户主关系</Table.Th>
          <Table.Th>性别</Table.Th>
          <Table.Th>身份证号码</Table.Th>
          <Table.Th>在本户期间</Table.Th>
          <Table.Th>{asOf === today ? '今天' : chineseDate(asOf)}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((m) => (
          <Table.Tr key={`${m.id}|${m.memberFrom ?? ''}`}>
            <Table.Td>
              <Anchor href={`#${withAsOf(`/person/${m.id}`, asOf, today)}`}>{m.name}</Anchor>
            </Table.Td>
            <Table.Td>{RELATION_LABEL[m.relation]}</Table.Td>
            <Table.Td>{GENDER_LABEL[m.gender]}</Table.Td>
            <Table.Td ff="monospace">{m.maskedIdNumber}</Table.Td>
            <Table.Td>{periodText(m)}</Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed">
                {whyNot(m, asOf)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
