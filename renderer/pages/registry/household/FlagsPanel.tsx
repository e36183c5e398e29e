import { Badge, Group, Table, Text } from '@mantine/core';
import type { HouseholdDetail } from '../../../../shared/contract/registry';
import { FLAG_KEYS, FLAG_LABEL, chineseDate } from '../labels';

/** The household's flags today, and every recorded value with the date it took effect. */
export function FlagsPanel({ household }: { household: HouseholdDetail }) {
  return (
    <>
      <Group gap="xs">
        {FLAG_KEYS.map((f) => (
          <Badge key={f.key} variant={household.flags[f.key] ? 'filled' : 'outline'} color={household.flags[f.key] ? f.color : 'gray'}>
            {FLAG_LABEL[f.flag]}：{household.flags[f.key] ? '是' : '否'}
          </Badge>
        ))}
        <Text size="xs" c="dimmed">
          （截至 {chineseDate(household.asOf)}）
        </Text>
      </Group>
      {household.flagHistory.length > 0 && (
        <Table withTableBorder aria-label="标志记录" maw={560} mt="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>标志</Table.Th>
              <Table.Th>值</Table.Th>
              <Table.Th>自何日起</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {household.flagHistory.map((h, i) => (
              <Table.Tr key={`${h.flag}-${h.effectiveFrom ?? ''}-${i}`}>
                <Table.Td>{FLAG_LABEL[h.flag]}</Table.Td>
                <Table.Td>{h.value ? '是' : '否'}</Table.Td>
                <Table.Td>{h.effectiveFrom ? chineseDate(h.effectiveFrom) : '未注明日期（一直有效）'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
