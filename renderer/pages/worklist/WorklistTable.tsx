import { Badge, Box, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { WorklistRow } from '../../../shared/contract/worklist';
import { KIND_COLOR, STATUS_COLOR, subjectKeyText, WORKLIST_KIND_LABEL, WORKLIST_STATUS_LABEL } from './worklist-labels';
import './worklist.css';

const COLUMNS = '76px 96px 110px 100px 200px minmax(240px, 1fr) 80px';
const HEADERS = ['状态', '期限', '类型', '社区', '对象', '事项', '经办人'];
const ROW_HEIGHT = 44;

function Cells({ row }: { row: WorklistRow }) {
  return (
    <>
      <Box role="cell">
        <Badge size="sm" color={STATUS_COLOR[row.status]} variant={row.status === 'overdue' ? 'filled' : 'light'}>
          {WORKLIST_STATUS_LABEL[row.status]}
        </Badge>
      </Box>
      <Text role="cell" size="sm" ff="monospace" c={row.status === 'overdue' ? 'red.8' : undefined} fw={row.status === 'overdue' ? 600 : undefined}>
        {row.dueOn}
      </Text>
      <Box role="cell">
        <Badge size="sm" variant="dot" color={KIND_COLOR[row.kind]}>
          {WORKLIST_KIND_LABEL[row.kind]}
        </Badge>
      </Box>
      <Text role="cell" size="sm" truncate>
        {row.communityName}
      </Text>
      <Box role="cell" style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} truncate>
          {row.subject.name}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace" truncate>
          {subjectKeyText(row.subject)}
        </Text>
      </Box>
      <Text role="cell" size="sm" truncate title={row.detail}>
        {row.detail}
      </Text>
      <Text role="cell" size="sm" truncate c={row.clerk ? undefined : 'dimmed'}>
        {row.clerk ?? '—'}
      </Text>
    </>
  );
}

/**
 * The worklist rows: a virtualised table (only the visible rows are in the page), ↑↓ PageUp PageDown Home End to move,
 * Enter or a click opens the record; overdue rows are tinted red.
 */
export function WorklistTable({ rows }: { rows: readonly WorklistRow[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const open = (row: WorklistRow | undefined) => {
    if (row) window.location.hash = row.link.replace(/^#/, '');
  };
  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus());
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -index, End: rows.length - index };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      focusRow(index + move);
    } else if (event.key === 'Enter') open(rows[index]);
  };

  return (
    <Box role="table" aria-label="待办列表" aria-rowcount={rows.length + 1} style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
      <Box role="row" px="sm" py={8} bg="gray.0" style={{ display: 'grid', gridTemplateColumns: COLUMNS, gap: 8, borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        {HEADERS.map((h) => (
          <Text key={h} role="columnheader" size="sm" fw={600}>
            {h}
          </Text>
        ))}
      </Box>
      <div ref={scroller} style={{ height: 'calc(100vh - 330px)', minHeight: 240, overflowY: 'auto' }} data-testid="worklist-scroller">
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <Box
                key={row.rowId}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                data-status={row.status}
                tabIndex={item.index === active ? 0 : -1}
                onClick={() => open(row)}
                onFocus={() => setActive(item.index)}
                onKeyDown={(e) => onKeyDown(e, item.index)}
                px="sm"
                className={`desk-worklist-row desk-worklist-${row.status}`}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                  display: 'grid',
                  gridTemplateColumns: COLUMNS,
                  gap: 8,
                  alignItems: 'center',
                  cursor: 'pointer',
                  borderBottom: '1px solid var(--mantine-color-gray-2)',
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
