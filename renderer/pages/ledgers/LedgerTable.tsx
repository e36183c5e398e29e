import { Box, Text } from '@mantine/core';
import type { LedgerColumnInfo, LedgerPageRow } from '../../../shared/contract/ledgers';
import { cellText } from '../../../shared/domain/ledgers/rows';
import { useVirtualRows } from '../../components/virtual-table/use-virtual-rows';
import { VirtualRowGroup } from '../../components/virtual-table/VirtualRowGroup';
import './ledgers.css';

const ROW_HEIGHT = 34;

interface Props {
  title: string;
  columns: LedgerColumnInfo[];
  total: number;
  rows: (LedgerPageRow | undefined)[];
  ensure(index: number): void;
  sort: { key: string; descending: boolean } | null;
  onSort(key: string): void;
  /** The totals row: its label and the summed columns' values. */
  totalsLabel: string;
  totals: Record<string, number | null>;
}

function gridOf(columns: LedgerColumnInfo[]): string {
  return columns.map((c) => `minmax(${Math.round(c.width * 13)}px, ${c.width}fr)`).join(' ');
}

function align(c: LedgerColumnInfo): 'left' | 'center' | 'right' {
  return c.align;
}

/**
 * A ledger on screen: a virtualised table (only the visible rows are in the page) with the office's columns, sort
 * by a header (click or Enter: ascending, descending, the ledger's own order), arrow keys through the rows, and the
 * totals row under it.
 */
export function LedgerTable({ title, columns, total, rows, ensure, sort, onSort, totalsLabel, totals }: Props) {
  const { scroller, virtualizer, items, rowProps } = useVirtualRows({ count: total, rowHeight: ROW_HEIGHT, overscan: 15, ensure });

  const grid = gridOf(columns);
  const minWidth = columns.reduce((n, c) => n + Math.round(c.width * 13), 0) + 24;

  const sortMark = (key: string) => (sort?.key === key ? (sort.descending ? ' ▼' : ' ▲') : '');

  return (
    <Box role="table" aria-label={`${title}列表`} aria-rowcount={total + 2} style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, overflowX: 'auto' }}>
      <Box style={{ minWidth }}>
        <Box role="row" py={6} bg="gray.0" style={{ display: 'grid', gridTemplateColumns: grid, borderBottom: '1px solid var(--mantine-color-gray-3)', alignItems: 'center' }}>
          {columns.map((c) => (
            <button
              type="button"
              key={c.key}
              role="columnheader"
              aria-sort={sort?.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              className="desk-ledger-cell desk-ledger-head"
              style={{ textAlign: align(c) }}
              title={`按“${c.label}”排序`}
              onClick={() => onSort(c.key)}
            >
              {c.label}
              {sortMark(c.key)}
            </button>
          ))}
        </Box>
        <VirtualRowGroup scroller={scroller} totalSize={virtualizer.getTotalSize()} height="calc(100vh - 360px)" minHeight={220} testId="ledger-scroller">
          {items.map((item) => {
            const row = rows[item.index];
            return (
              <Box
                key={item.key}
                {...rowProps(item, grid, { background: item.index % 2 === 1 ? 'var(--mantine-color-gray-0)' : undefined })}
                className="desk-virtual-row"
              >
                {row ? (
                  columns.map((c) => {
                    const text = cellText(row.values[c.key]);
                    return (
                      <div key={c.key} role="cell" className="desk-ledger-cell" style={{ textAlign: align(c), fontFamily: c.idNumber ? 'monospace' : undefined }} title={text}>
                        {text}
                      </div>
                    );
                  })
                ) : (
                  <Text role="cell" c="dimmed" size="sm" px={6} style={{ gridColumn: '1 / -1' }}>
                    正在载入…
                  </Text>
                )}
              </Box>
            );
          })}
        </VirtualRowGroup>
        <Box role="row" aria-label="合计" py={6} bg="gray.0" style={{ display: 'grid', gridTemplateColumns: grid, borderTop: '1px solid var(--mantine-color-gray-3)', fontWeight: 600 }}>
          {columns.map((c, i) => (
            <div key={c.key} role="cell" className="desk-ledger-cell" style={{ textAlign: i === 0 ? 'left' : align(c), overflow: i === 0 ? 'visible' : undefined }}>
              {i === 0 ? totalsLabel : totals[c.key] === null || totals[c.key] === undefined ? '' : String(totals[c.key])}
            </div>
          ))}
        </Box>
      </Box>
    </Box>
  );
}
