import { Table, type TableProps, type TableTrProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** One column of a {@link DataTable}: its header and how a row fills its cell. */
export interface DataColumn<T> {
  /** The header text; null for a column of buttons. */
  header: ReactNode;
  w?: number;
  ta?: 'left' | 'right' | 'center';
  /** Monospace cells (ID numbers, codes). */
  mono?: boolean;
  /** Cells kept on one line (dates, times). */
  nowrap?: boolean;
  cell(row: T): ReactNode;
}

interface Props<T> extends Omit<TableProps, 'children'> {
  'aria-label': string;
  /** `false` leaves a column out (a column shown only in some states). */
  columns: readonly (DataColumn<T> | false)[];
  rows: readonly T[];
  rowKey(row: T): string | number;
  /** Props of a row's <tr> (e.g. dimmed text for an archived row). */
  rowProps?(row: T): Omit<TableTrProps, 'children'>;
}

/** A table of records (striped, bordered, rows lit under the pointer): one header row, one row per record, cells from the columns' functions. */
export function DataTable<T>({ columns, rows, rowKey, rowProps, ...table }: Props<T>) {
  const shown = columns.filter((c): c is DataColumn<T> => c !== false);
  return (
    <Table striped highlightOnHover withTableBorder {...table}>
      <Table.Thead>
        <Table.Tr>
          {shown.map((c, i) => (
            <Table.Th key={i} w={c.w} ta={c.ta}>
              {c.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={rowKey(row)} {...rowProps?.(row)}>
            {shown.map((c, i) => (
              <Table.Td key={i} ta={c.ta} ff={c.mono ? 'monospace' : undefined} style={c.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                {c.cell(row)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
