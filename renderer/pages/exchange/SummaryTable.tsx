import { Table } from '@mantine/core';
import type { EntityCounts } from '../../../shared/contract/packages';
import { entityLabel } from './exchange-format';

/** New / changed / unchanged / conflicting records per entity of a package. */
export function SummaryTable({ summary, label }: { summary: Record<string, EntityCounts>; label: string }) {
  const n = (v: number) => v.toLocaleString('zh-CN');
  return (
    <Table withTableBorder aria-label={label} w={640}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>数据</Table.Th>
          <Table.Th ta="right">新增</Table.Th>
          <Table.Th ta="right">变更</Table.Th>
          <Table.Th ta="right">未变</Table.Th>
          <Table.Th ta="right">冲突</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {Object.entries(summary).map(([entity, c]) => (
          <Table.Tr key={entity}>
            <Table.Td>{entityLabel(entity)}</Table.Td>
            <Table.Td ta="right">{n(c.new)}</Table.Td>
            <Table.Td ta="right">{n(c.changed)}</Table.Td>
            <Table.Td ta="right">{n(c.unchanged)}</Table.Td>
            <Table.Td ta="right" c={c.conflicts > 0 ? 'red' : undefined} fw={c.conflicts > 0 ? 700 : undefined}>
              {n(c.conflicts)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
