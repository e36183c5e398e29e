import { Badge, Box, Text } from '@mantine/core';
import type { WorklistRow } from '../../../shared/contract/worklist';
import { useVirtualRows } from '../../components/virtual-table/use-virtual-rows';
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
  const open = (row: WorklistRow | undefined) => {
    if (row) window.location.hash = row.link.replace(/^#/, '');
  };
  const { scroller, virtualizer, items, rowProps } = useVirtualRows({ count: rows.length, rowHeight: ROW_HEIGHT, overscan: 12, onEnter: (index) => open(rows[index]) });

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
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <Box
                key={row.rowId}
                {...rowProps(item, COLUMNS, { gap: 8, cursor: 'pointer' })}
                data-status={row.status}
                onClick={() => open(row)}
                px="sm"
                className={`desk-virtual-row desk-worklist-${row.status}`}
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
