import { Select, Text } from '@mantine/core';
import type { LedgerInspection, LedgerMapping } from '../../../shared/contract/ledger-import';
import { KIND_FIELDS, LEDGER_FIELD_LABEL } from '../../../shared/domain/ledger-import/ledger-fields';
import type { LedgerField, LedgerKind } from '../../../shared/domain/ledger-import/ledger-fields';
import { DataTable } from '../../components/DataTable';

const LEAVE_OUT = '';

/** One row per column of the file: its header, a few values from it, and the field it is read as (或 不导入). */
export function MappingTable({ inspection, kind, mapping, onChange }: { inspection: LedgerInspection; kind: LedgerKind; mapping: LedgerMapping; onChange(next: LedgerMapping): void }) {
  const columns = inspection.header?.columns ?? [];
  const options = [{ value: LEAVE_OUT, label: '（不导入）' }, ...KIND_FIELDS[kind].map((f) => ({ value: f, label: LEDGER_FIELD_LABEL[f] }))];
  const taken = new Map<LedgerField, string>();
  for (const [key, field] of Object.entries(mapping)) if (field) taken.set(field, key);
  const sample = (i: number) => inspection.sample.map((row) => row[i]).filter((v): v is string => v !== null && v !== undefined).slice(0, 3);
  return (
    <DataTable
      aria-label="列与字段的对应"
      highlightOnHover={false}
      rows={columns.map((column, i) => ({ ...column, values: sample(i) }))}
      rowKey={(column) => column.key}
      columns={[
        { header: '列', w: 50, cell: (column) => column.letter },
        { header: '表头', w: 200, cell: (column) => column.key },
        {
          header: '前几行的值',
          cell: (column) => (
            <Text size="xs" c="dimmed" lineClamp={1}>
              {column.values.join('；') || '（空）'}
            </Text>
          ),
        },
        {
          header: '导入为',
          w: 200,
          cell: (column) => (
            <Select
              size="xs"
              aria-label={`“${column.key}”导入为`}
              data={options.map((o) => ({ ...o, disabled: o.value !== LEAVE_OUT && taken.has(o.value as LedgerField) && taken.get(o.value as LedgerField) !== column.key }))}
              value={mapping[column.key] ?? LEAVE_OUT}
              allowDeselect={false}
              onChange={(value) => onChange({ ...mapping, [column.key]: value === null || value === LEAVE_OUT ? null : (value as LedgerField) })}
            />
          ),
        },
      ]}
    />
  );
}
