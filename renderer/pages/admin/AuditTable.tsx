import { Code, Table, Text } from '@mantine/core';
import type { AuditRow } from '../../../shared/contract/admin';
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

/** The audit trail's rows: who, when, what, which, before and after. */
export function AuditTable({ rows, label }: { rows: AuditRow[]; label: string }) {
  return (
    <Table striped aria-label={label} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={160}>时间</Table.Th>
          <Table.Th w={110}>用户</Table.Th>
          <Table.Th w={110}>操作</Table.Th>
          <Table.Th w={140}>对象</Table.Th>
          <Table.Th>改前</Table.Th>
          <Table.Th>改后 / 详情</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{when(r.at)}</Table.Td>
            <Table.Td ff="monospace">{r.username}</Table.Td>
            <Table.Td>{auditActionLabel(r.action)}</Table.Td>
            <Table.Td>
              {auditEntityLabel(r.entity)}
              {r.entityKey ? ` ${r.entityKey}` : ''}
            </Table.Td>
            <Table.Td>
              <Recorded value={r.before} />
            </Table.Td>
            <Table.Td>
              <Recorded value={r.after} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
