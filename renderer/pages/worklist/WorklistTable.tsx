import { Badge, Box, Button, Text } from '@mantine/core';
import type { MouseEvent } from 'react';
import type { WorklistListRow } from '../../../shared/contract/worklist';
import { useVirtualRows } from '../../components/virtual-table/use-virtual-rows';
import { VirtualTable } from '../../components/virtual-table/VirtualTable';
import { VirtualRowGroup } from '../../components/virtual-table/VirtualRowGroup';
import { KIND_COLOR, STATUS_COLOR, subjectKeyText, WORKLIST_KIND_LABEL, WORKLIST_STATUS_LABEL } from './worklist-labels';
import './worklist.css';
import { dispositionText } from '../../../shared/domain/worklist/disposition-text';

const COLUMNS = '72px 92px 104px 88px 170px minmax(240px, 1fr) 72px 76px';
const HEADERS = ['状态', '期限', '类型', '社区', '对象', '事项', '经办人', '处理'].map((label) => ({ label }));
/** The height of a one-line row; a row whose 事项 wraps grows to fit it. */
const ROW_HEIGHT = 44;


interface Actions {
  onDispose(row: WorklistListRow): void;
  onWithdraw(row: WorklistListRow): void;
  canWrite: boolean;
}

function Cells({ row, actions }: { row: WorklistListRow; actions: Actions }) {
  const settled = dispositionText(row.disposition);
  const stop = (fn: () => void) => (e: MouseEvent) => {
    e.stopPropagation();
    fn();
  };
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
      <Text role="cell" size="sm">
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
      <Box role="cell" style={{ minWidth: 0 }}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {row.detail}
        </Text>
        {settled && (
          <Text size="xs" c={row.disposition?.decision === 'handled' ? 'green.8' : 'orange.8'} style={{ overflowWrap: 'anywhere' }}>
            {settled}
          </Text>
        )}
      </Box>
      <Text role="cell" size="sm" c={row.clerk ? undefined : 'dimmed'}>
        {row.clerk ?? '—'}
      </Text>
      <Box role="cell">
        {actions.canWrite &&
          (row.disposition ? (
            <Button size="compact-xs" variant="subtle" color="gray" onClick={stop(() => actions.onWithdraw(row))} aria-label={`撤销${row.subject.name}的处理`}>
              撤销
            </Button>
          ) : (
            <Button size="compact-xs" variant="light" onClick={stop(() => actions.onDispose(row))} aria-label={`处理${row.subject.name}的${WORKLIST_KIND_LABEL[row.kind]}`}>
              处理…
            </Button>
          ))}
      </Box>
    </>
  );
}

/**
 * The worklist rows: a virtualised table (only the visible rows are in the page), ↑↓ PageUp PageDown Home End to move,
 * Enter or a click opens the record, 处理… marks the row 已处理 or 暂缓; overdue rows are tinted red; 事项 wraps.
 */
export function WorklistTable({ rows, ...actions }: { rows: readonly WorklistListRow[] } & Actions) {
  const open = (row: WorklistListRow | undefined) => {
    if (row) window.location.hash = row.link.replace(/^#/, '');
  };
  const { scroller, virtualizer, items, rowProps } = useVirtualRows({ count: rows.length, rowHeight: ROW_HEIGHT, overscan: 12, onEnter: (index) => open(rows[index]) });

  return (
    <VirtualTable label="待办列表" rowCount={rows.length + 1} columns={COLUMNS} gap={8} headers={HEADERS}>
      <VirtualRowGroup scroller={scroller} totalSize={virtualizer.getTotalSize()} height="calc(100vh - 330px)" minHeight={240} testId="worklist-scroller">
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <Box
              key={`${row.rowId}|${row.dueOn}`}
              ref={virtualizer.measureElement}
              {...rowProps(item, COLUMNS, { gap: 8, cursor: 'pointer', height: 'auto', minHeight: ROW_HEIGHT, paddingBlock: 4 })}
              data-status={row.status}
              data-settled={row.disposition ? row.disposition.decision : undefined}
              onClick={() => open(row)}
              px="sm"
              className={`desk-virtual-row desk-worklist-${row.status}${row.disposition ? ' desk-worklist-settled' : ''}`}
            >
              <Cells row={row} actions={actions} />
            </Box>
          );
        })}
      </VirtualRowGroup>
    </VirtualTable>
  );
}
