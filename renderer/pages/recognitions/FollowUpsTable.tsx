import { Table, Text } from '@mantine/core';
import type { AgreementFollowUp } from '../../../shared/contract/recognitions';
import { chineseDate } from '../registry/labels';

/** The follow-up visits under an agreement, oldest first. */
export function FollowUpsTable({ followUps }: { followUps: AgreementFollowUp[] }) {
  return (
    <Table aria-label="跟踪回访" verticalSpacing={4} withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={140}>回访日期</Table.Th>
          <Table.Th>回访内容</Table.Th>
          <Table.Th w={200}>回访结果</Table.Th>
          <Table.Th w={100}>经办人</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {followUps.map((f) => (
          <Table.Tr key={f.serviceRecordId}>
            <Table.Td>{chineseDate(f.date)}</Table.Td>
            <Table.Td>{f.content ?? '—'}</Table.Td>
            <Table.Td>{f.outcome ?? <Text span c="dimmed">—</Text>}</Table.Td>
            <Table.Td>{f.clerk ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
