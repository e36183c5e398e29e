import { Badge, Box, Group, Text } from '@mantine/core';
import type { HouseholdRow } from '../../../shared/contract/registry';
import { useVirtualRows } from '../../components/virtual-table/use-virtual-rows';
import { VirtualTable } from '../../components/virtual-table/VirtualTable';
import { VirtualRowGroup } from '../../components/virtual-table/VirtualRowGroup';
import { FLAG_KEYS } from './labels';

const COLUMNS = '190px 110px minmax(200px, 1fr) 70px 230px';
const HEADERS = [{ label: '户编号' }, { label: '户主' }, { label: '地址' }, { label: '人数', align: 'right' as const }, { label: '标志' }];
const ROW_HEIGHT = 38;

interface Props {
  total: number;
  rows: (HouseholdRow | undefined)[];
  ensure(index: number): void;
  onOpen(id: number): void;
}

function Cells({ row }: { row: HouseholdRow | undefined }) {
  if (!row) {
    return (
      <Text role="cell" c="dimmed" size="sm" style={{ gridColumn: '1 / -1' }}>
        正在载入…
      </Text>
    );
  }
  return (
    <>
      <Text role="cell" size="sm" ff="monospace">
        {row.number}
      </Text>
      <Text role="cell" size="sm">
        {row.headName ?? '（无户主）'}
      </Text>
      <Text role="cell" size="sm" truncate>
        {row.address ?? ''}
      </Text>
      <Text role="cell" size="sm" ta="right" pr="md">
        {row.memberCount}
      </Text>
      <Group role="cell" gap={4} wrap="nowrap">
        {FLAG_KEYS.filter((f) => row.flags[f.key]).map((f) => (
          <Badge key={f.key} size="sm" variant="light" color={f.color}>
            {f.short}
          </Badge>
        ))}
      </Group>
    </>
  );
}

/** The households of a community: a virtualised table (only the visible rows are in the page), arrow keys and Enter. */
export function HouseholdList({ total, rows, ensure, onOpen }: Props) {
  const { scroller, virtualizer, items, rowProps } = useVirtualRows({
    count: total,
    rowHeight: ROW_HEIGHT,
    overscan: 12,
    ensure,
    takeFocusWhenReady: rows[0] !== undefined,
    onEnter: (index) => {
      const row = rows[index];
      if (row) onOpen(row.id);
    },
  });

  return (
    <VirtualTable label="户列表" rowCount={total} columns={COLUMNS} headers={HEADERS}>
      <VirtualRowGroup scroller={scroller} totalSize={virtualizer.getTotalSize()} height="calc(100vh - 250px)" minHeight={240} testId="household-scroller">
        {items.map((item) => {
          const row = rows[item.index];
          return (
            <Box
              key={item.key}
              {...rowProps(item, COLUMNS, { cursor: 'pointer', background: item.index % 2 === 1 ? 'var(--mantine-color-gray-0)' : undefined })}
              onClick={() => row && onOpen(row.id)}
              px="sm"
              className="desk-virtual-row"
            >
              <Cells row={row} />
            </Box>
          );
        })}
      </VirtualRowGroup>
    </VirtualTable>
  );
}
