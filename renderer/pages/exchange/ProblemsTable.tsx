import { Table, Text } from '@mantine/core';
import type { PackageProblem } from '../../../shared/contract/packages';
import { entityLabel } from './exchange-format';

/** What is wrong with a package, or where it conflicts with this install: file, line, field, record, problem. */
export function ProblemsTable({ problems, omitted, label }: { problems: PackageProblem[]; omitted: number; label: string }) {
  return (
    <>
      <Table striped withTableBorder aria-label={label} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={200}>文件</Table.Th>
            <Table.Th w={70}>行</Table.Th>
            <Table.Th w={120}>字段</Table.Th>
            <Table.Th w={200}>记录</Table.Th>
            <Table.Th>问题</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p, i) => (
            <Table.Tr key={`${p.file ?? ''}-${p.line ?? ''}-${i}`}>
              <Table.Td ff="monospace" fz="xs">
                {p.file ?? '（整个文件）'}
              </Table.Td>
              <Table.Td>{p.line ?? ''}</Table.Td>
              <Table.Td>{p.field ?? ''}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-all' }}>{p.entity ? `${entityLabel(p.entity)} ${p.key ?? ''}` : ''}</Table.Td>
              <Table.Td>{p.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {omitted > 0 && (
        <Text size="sm" c="dimmed">
          另有 {omitted.toLocaleString('zh-CN')} 个问题未列出。
        </Text>
      )}
    </>
  );
}
