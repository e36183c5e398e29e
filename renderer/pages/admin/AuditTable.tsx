import { Code, Text } from '@mantine/core';
import type { AuditRow } from '../../../shared/contract/admin';
import { DataTable } from '../../components/DataTable';
import type { DataColumn } from '../../components/DataTable';
import { auditActionLabel, auditEntityLabel } from './audit-labels';

function when(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { hour12: false });
}

/** A recorded before/after as text: shown as text, never as markup, whatever it holds. */
function Recorded({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <Text c="dimmed">—</Text>;
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 1);
  return (
    <Code block style={{ maxHeight: 120, overflow: 'auto', whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 11 }}>
      {text.length > 2000 ? `${text.slice(0, 2000)}…` : text}
    </Code>
  );
}

const COLUMNS: DataColumn<AuditRow>[] = [
  { header: '时间', w: 160, cell: (r) => when(r.at) },
  { header: '用户', w: 110, mono: true, cell: (r) => r.username },
  { header: '操作', w: 110, cell: (r) => auditActionLabel(r.action) },
  { header: '对象', w: 140, cell: (r) => `${auditEntityLabel(r.entity)}${r.entityKey ? ` ${r.entityKey}` : ''}` },
  { header: '改前', cell: (r) => <Recorded value={r.before} /> },
  { header: '改后 / 详情', cell: (r) => <Recorded value={r.after} /> },
];

/** The audit trail's rows: who, when, what, which, before and after. */
export function AuditTable({ rows, label }: { rows: AuditRow[]; label: string }) {
  return <DataTable aria-label={label} layout="fixed" highlightOnHover={false} withTableBorder={false} columns={COLUMNS} rows={rows} rowKey={(r) => r.id} />;
}
