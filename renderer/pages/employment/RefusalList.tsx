import { Table } from '@mantine/core';
import type { DeemedCandidate } from '../../../shared/contract/employment';
import { chineseDate } from '../registry/labels';

/** The refused referrals behind a “deemed no wish” suggestion: date, vacancy (or what was offered), clerk. */
export function RefusalList({ refusals }: { refusals: DeemedCandidate['refusals'] }) {
  return (
    <Table withTableBorder striped aria-label="拒绝的职业介绍">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>介绍日期</Table.Th>
          <Table.Th>岗位</Table.Th>
          <Table.Th>经办人</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {refusals.map((r) => (
          <Table.Tr key={r.serviceId}>
            <Table.Td>{chineseDate(r.date)}</Table.Td>
            <Table.Td>{r.vacancyTitle ?? r.content ?? '未注明岗位'}</Table.Td>
            <Table.Td>{r.clerk ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
