import { Table } from '@mantine/core';

/** What an import would do, or did, to the records of one sheet or data file. */
export interface ChangeCounts {
  new: number;
  changed: number;
  unchanged: number;
  /** Only where the records can conflict (exchange packages). */
  conflicts?: number;
}

const n = (v: number) => v.toLocaleString('zh-CN');

/**
 * New / changed / unchanged records per sheet or data file (rows keyed by name, `label` their Chinese names), with a
 * conflicts column when `withConflicts`.
 */
export function ChangeCountsTable(props: { counts: Record<string, ChangeCounts>; label: string; heading: string; width: number; nameOf?: (key: string) => string; withConflicts?: boolean }) {
  const { counts, label, heading, width, nameOf, withConflicts } = props;
  return (
    <Table withTableBorder aria-label={label} w={width}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{heading}</Table.Th>
          <Table.Th ta="right">新增</Table.Th>
          <Table.Th ta="right">变更</Table.Th>
          <Table.Th ta="right">未变</Table.Th>
          {withConflicts && <Table.Th ta="right">冲突</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {Object.entries(counts).map(([key, c]) => {
          const conflicts = c.conflicts ?? 0;
          return (
            <Table.Tr key={key}>
              <Table.Td>{nameOf ? nameOf(key) : key}</Table.Td>
              <Table.Td ta="right">{n(c.new)}</Table.Td>
              <Table.Td ta="right">{n(c.changed)}</Table.Td>
              <Table.Td ta="right">{n(c.unchanged)}</Table.Td>
              {withConflicts && (
                <Table.Td ta="right" c={conflicts > 0 ? 'red' : undefined} fw={conflicts > 0 ? 700 : undefined}>
                  {n(conflicts)}
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
