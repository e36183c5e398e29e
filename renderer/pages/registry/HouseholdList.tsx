import { Badge, Box, Group, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { HouseholdRow } from '../../../shared/contract/registry';
import { FLAG_KEYS } from './labels';
import './household-list.css';

const COLUMNS = '190px 110px minmax(200px, 1fr) 70px 230px';
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
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();

  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (total === 0) return;
    ensure(first);
    ensure(last);
  }, [first, last, total, ensure]);

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -index, End: total - index };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      focusRow(index + move);
    } else if (event.key === 'Enter') {
      const row = rows[index];
      if (row) onOpen(row.id);
    }
  };

  return (
    <Box role="table" aria-label="户列表" aria-rowcount={total} style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
      <Box role="row" px="sm" py={8} bg="gray.0" style={{ display: 'grid', gridTemplateColumns: COLUMNS, borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        {['户编号', '户主', '地址', '人数', '标志'].map((h) => (
          <Text key={h} role="columnheader" size="sm" fw={600} ta={h === '人数' ? 'right' : undefined} pr={h === '人数' ? 'md' : undefined}>
            {h}
          </Text>
        ))}
      </Box>
      <div ref={scroller} style={{ height: 'calc(100vh - 250px)', minHeight: 240, overflowY: 'auto' }} data-testid="household-scroller">
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index];
            return (
              <Box
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                tabIndex={item.index === active ? 0 : -1}
                onClick={() => row && onOpen(row.id)}
                onFocus={() => setActive(item.index)}
                onKeyDown={(e) => onKeyDown(e, item.index)}
                px="sm"
                className="desk-household-row"
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                  display: 'grid',
                  gridTemplateColumns: COLUMNS,
                  alignItems: 'center',
                  cursor: 'pointer',
                  borderBottom: '1px solid var(--mantine-color-gray-2)',
                  background: item.index % 2 === 1 ? 'var(--mantine-color-gray-0)' : undefined,
                }}
              >
                <Cells row={row} />
              </Box>
            );
          })}
        </div>
      </div>
    </Box>
  );
}
