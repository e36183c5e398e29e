import { Alert, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useApiQuery } from '../../lib/use-api-query';
import { dateText, momentText } from '../../../shared/domain/date-text';

const VERDICT: Record<string, { label: string; color: string }> = {
  pass: { label: '达标', color: 'green' },
  fail: { label: '不达标', color: 'red' },
  incomplete: { label: '待评定', color: 'yellow' },
};

/** 收到的年度上报: submissions of the streets this install receives as the bureau's desk. */
export function ReceivedPanel({ reloadKey }: { reloadKey: number }) {
  const received = useApiQuery('submissions.received', {}, String(reloadKey));
  const list = received.data ?? [];
  return (
    <Stack>
      {received.error && <Alert color="red">{received.error.message}</Alert>}
      {!received.loading && list.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          还没有收到街道的年度上报。本机作为上级单位（设置 → 交换）接收发给它的年度上报包。
        </Text>
      )}
      {list.map((s) => (
        <Stack key={`${s.issuerCode}-${s.year}`} gap="xs">
          <Title order={5}>
            {s.issuerName}（{s.issuerCode}）{s.year} 年度上报
          </Title>
          <Text size="sm" c="dimmed">
            {s.standardName}，截止 {dateText(s.asOf)}；收到于 {momentText(s.receivedAt)}
          </Text>
          <Table withTableBorder striped aria-label={`${s.issuerName} ${s.year} 年度上报`} w={720} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>社区代码</Table.Th>
                <Table.Th>社区</Table.Th>
                <Table.Th>结论</Table.Th>
                <Table.Th ta="right">得分</Table.Th>
                <Table.Th>星级</Table.Th>
                <Table.Th>推荐优秀</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.communities.map((c) => (
                <Table.Tr key={c.code}>
                  <Table.Td ff="monospace">{c.code}</Table.Td>
                  <Table.Td>{c.name}</Table.Td>
                  <Table.Td>
                    <Badge color={VERDICT[c.verdict]?.color ?? 'gray'}>{VERDICT[c.verdict]?.label ?? c.verdict}</Badge>
                  </Table.Td>
                  <Table.Td ta="right">{c.score ?? ''}</Table.Td>
                  <Table.Td>{c.stars === null ? '' : c.stars === 0 ? '未达星级' : '★'.repeat(c.stars)}</Table.Td>
                  <Table.Td>{c.recommendedExcellent ? '是' : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ))}
    </Stack>
  );
}
