import { Select, Table, Text } from '@mantine/core';
import type { LedgerInspection, LedgerMapping } from '../../../shared/contract/ledger-import';
import { KIND_FIELDS, LEDGER_FIELD_LABEL } from '../../../shared/domain/ledger-import/ledger-fields';
import type { LedgerField, LedgerKind } from '../../../shared/domain/ledger-import/ledger-fields';

const LEAVE_OUT = '';

/** One row per column of the file: its header, a few values from it, and the field it is read as (或 不导入). */
export function MappingTable({ inspection, kind, mapping, onChange }: { inspection: LedgerInspection; kind: LedgerKind; mapping: LedgerMapping; onChange(next: LedgerMapping): void }) {
  const columns = inspection.header?.columns ?? [];
  const options = [{ value: LEAVE_OUT, label: '（不导入）' }, ...KIND_FIELDS[kind].map((f) => ({ value: f, label: LEDGER_FIELD_LABEL[f] }))];
  const taken = new Map<LedgerField, string>();
  for (const [key, field] of Object.entries(mapping)) if (field) taken.set(field, key);
  return (
    <Table withTableBorder striped aria-label="列与字段的对应">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={50}>列</Table.Th>
          <Table.Th w={200}>表头</Table.Th>
          <Table.Th>前几行的值</Table.Th>
          <Table.Th w={200}>导入为</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {columns.map((column, i) => {
          const field = mapping[column.key] ?? null;
          const values = inspection.sample.map((row) => row[i]).filter((v): v is string => v !== null && v !== undefined).slice(0, 3);
          return (
            <Table.Tr key={column.key}>
              <Table.Td>{column.letter}</Table.Td>
              <Table.Td>{column.key}</Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {values.join('；') || '（空）'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={`“${column.key}”导入为`}
                  data={options.map((o) => ({ ...o, disabled: o.value !== LEAVE_OUT && taken.has(o.value as LedgerField) && taken.get(o.value as LedgerField) !== column.key }))}
                  value={field ?? LEAVE_OUT}
                  allowDeselect={false}
                  onChange={(value) => onChange({ ...mapping, [column.key]: value === null || value === LEAVE_OUT ? null : (value as LedgerField) })}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
