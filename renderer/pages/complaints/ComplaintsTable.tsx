import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { Complaint } from '../../../shared/contract/complaints';
import { formatChineseDate } from '../../../shared/domain/dates';
import { validityOf } from './complaint-labels';

interface Props {
  complaints: Complaint[];
  onJudge(c: Complaint): void;
  onResolve(c: Complaint): void;
}

/** 投诉 rows, newest first: date, community, content, 有效/无效 with the day judged and the reason, the result once resolved. */
export function ComplaintsTable({ complaints, onJudge, onResolve }: Props) {
  return (
    <Table striped highlightOnHover withTableBorder aria-label="投诉列表">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={130}>投诉日期</Table.Th>
          <Table.Th w={120}>社区</Table.Th>
          <Table.Th>投诉内容</Table.Th>
          <Table.Th w={220}>认定</Table.Th>
          <Table.Th w={240}>办理</Table.Th>
          <Table.Th w={120} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {complaints.map((c) => {
          const validity = validityOf(c);
          const resolved = c.resolvedOn !== null;
          return (
            <Table.Tr key={c.id}>
              <Table.Td>{formatChineseDate(c.date)}</Table.Td>
              <Table.Td>{c.communityName}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={3} title={c.content}>
                  {c.content}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Badge color={validity.color} variant="light">
                    {validity.label}
                  </Badge>
                  {c.judgedOn && (
                    <Text size="xs" c="dimmed">
                      {formatChineseDate(c.judgedOn)}认定
                    </Text>
                  )}
                  {c.validityReason && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {c.validityReason}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                {resolved ? (
                  <Stack gap={2}>
                    <Text size="sm">已于 {formatChineseDate(c.resolvedOn ?? '')}办结</Text>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {c.resolution}
                    </Text>
                  </Stack>
                ) : (
                  <Badge color="yellow" variant="light">
                    未办结
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {!resolved && (
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-sm" variant="subtle" onClick={() => onJudge(c)} aria-label={`认定投诉 ${c.date} ${c.communityName}`}>
                      认定
                    </Button>
                    <Button size="compact-sm" variant="subtle" onClick={() => onResolve(c)} aria-label={`办结投诉 ${c.date} ${c.communityName}`}>
                      办结
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
