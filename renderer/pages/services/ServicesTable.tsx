import { Badge, Button, Table, Text } from '@mantine/core';
import type { ServiceRecord } from '../../../shared/contract/services';
import { chineseDate } from '../registry/labels';
import { REFERRAL_RESULT_LABEL, SERVICE_KIND_LABEL, serviceDetail } from './service-kinds';

const RESULT_COLOR = { hired: 'green', refused: 'red', pending: 'yellow' } as const;

interface Props {
  records: ServiceRecord[];
  /** Null: no 更新结果 (read-only or archived). */
  onDecide: ((record: ServiceRecord) => void) | null;
}

/** The person's services, newest first; a pending referral can get its result. */
export function ServicesTable({ records, onDecide }: Props) {
  return (
    <Table striped highlightOnHover aria-label="服务记录" verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={130}>日期</Table.Th>
          <Table.Th w={130}>服务类型</Table.Th>
          <Table.Th>内容</Table.Th>
          <Table.Th>详情</Table.Th>
          <Table.Th>服务结果</Table.Th>
          <Table.Th w={90}>经办人</Table.Th>
          <Table.Th w={100} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {records.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{chineseDate(r.date)}</Table.Td>
            <Table.Td>
              {SERVICE_KIND_LABEL[r.kind]}
              {r.householdId !== null && r.personId === null && (
                <Badge ml={4} size="xs" variant="light">
                  本户
                </Badge>
              )}
            </Table.Td>
            <Table.Td>{r.content ?? <Text span c="dimmed">—</Text>}</Table.Td>
            <Table.Td>
              {serviceDetail(r)}
              {r.referralResult && (
                <Badge ml={serviceDetail(r) ? 6 : 0} color={RESULT_COLOR[r.referralResult]} variant="light">
                  {REFERRAL_RESULT_LABEL[r.referralResult]}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>{r.outcome ?? <Text span c="dimmed">—</Text>}</Table.Td>
            <Table.Td>{r.clerk ?? '—'}</Table.Td>
            <Table.Td>
              {onDecide && r.kind === 'referral' && r.referralResult === 'pending' && (
                <Button size="compact-sm" variant="light" onClick={() => onDecide(r)}>
                  更新结果
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
