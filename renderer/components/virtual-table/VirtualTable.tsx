import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';

const BORDER = '1px solid var(--mantine-color-gray-3)';

interface Props {
  /** The table's accessible name (what the E2E tests and screen readers find it by). */
  label: string;
  /** aria-rowcount: every row of the list (header included), not only those in the page. */
  rowCount: number;
  /** The grid's columns (CSS grid-template-columns), shared by the header and the rows. */
  columns: string;
  gap?: number;
  /** The header row's cells, one per column. */
  headers: readonly { label: string; align?: 'right' }[];
  /** The body: a VirtualRowGroup with the visible rows. */
  children: ReactNode;
}

/** A virtualised list's table: the frame, its header row of column titles, then the body of rows. */
export function VirtualTable({ label, rowCount, columns, gap, headers, children }: Props) {
  return (
    <Box role="table" aria-label={label} aria-rowcount={rowCount} style={{ border: BORDER, borderRadius: 4 }}>
      <Box role="row" px="sm" py={8} bg="gray.0" style={{ display: 'grid', gridTemplateColumns: columns, gap, borderBottom: BORDER }}>
        {headers.map((h) => (
          <Text key={h.label} role="columnheader" size="sm" fw={600} ta={h.align} pr={h.align === 'right' ? 'md' : undefined}>
            {h.label}
          </Text>
        ))}
      </Box>
      {children}
    </Box>
  );
}
