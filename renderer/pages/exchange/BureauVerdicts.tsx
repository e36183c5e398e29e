import { Badge, Group, Paper, Select, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { VERDICT_RESULT_LABEL } from '../../../shared/contract/package-records';
import { useApiQuery } from '../../lib/use-api-query';
import { dateText } from '../../../shared/domain/date-text';

const COLOR = { pass: 'green', fail: 'red', excellent: 'grape' } as const;

/** 市局验收结果: each community's result as the bureau's verdicts package marked it (shown on the 社区 page). */
export function BureauVerdicts() {
  const [year, setYear] = useState<number | null>(null);
  const list = useApiQuery('verdicts.list', year === null ? {} : { year });
  const data = list.data;
  if (!data || data.verdicts.length === 0) return null;
  const counts = { pass: 0, fail: 0, excellent: 0 };
  for (const v of data.verdicts) counts[v.result] += 1;
  return (
    <Paper withBorder p="md" aria-label="市局验收结果">
      <Group justify="space-between" mb="xs">
        <Title order={5}>
          市局验收结果（{data.year} 年度）：达标 {counts.pass + counts.excellent} 个（其中优秀 {counts.excellent} 个），不达标 {counts.fail} 个
        </Title>
        {data.years.length > 1 && (
          <Select aria-label="验收年度" w={120} allowDeselect={false} data={data.years.map(String)} value={String(data.year)} onChange={(v) => v && setYear(Number(v))} />
        )}
      </Group>
      <Table withTableBorder fz="sm" aria-label="各社区验收结果">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>社区</Table.Th>
            <Table.Th>验收结果</Table.Th>
            <Table.Th>星级</Table.Th>
            <Table.Th>验收日期</Table.Th>
            <Table.Th>验收单位</Table.Th>
            <Table.Th>说明</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.verdicts.map((v) => (
            <Table.Tr key={v.communityId}>
              <Table.Td>
                {v.communityName}
                <Text span size="xs" c="dimmed" ff="monospace">
                  {' '}
                  {v.communityCode}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={COLOR[v.result]}>{VERDICT_RESULT_LABEL[v.result]}</Badge>
              </Table.Td>
              <Table.Td>{v.stars === null ? '' : v.stars === 0 ? '未评星' : '★'.repeat(v.stars)}</Table.Td>
              <Table.Td>{dateText(v.decidedOn)}</Table.Td>
              <Table.Td>{v.decidedBy}</Table.Td>
              <Table.Td>{v.note ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
