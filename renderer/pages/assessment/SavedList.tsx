import { Alert, Anchor, Badge, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../../lib/use-api-query';
import { FrozenBadge } from '../exchange/FrozenYearNotice';
import { useFrozenYears } from '../exchange/use-frozen-years';
import { comparePath, savedPath } from './assessment-route';
import { dateTimeText, OVERALL_COLOR, OVERALL_LABEL, scoreText, standardLabel, starsText } from './assessment-format';

/** 历史考核: the saved (frozen) assessments, newest first; pick two to compare side by side. */
export function SavedList({ navigate }: { navigate(path: string): void }) {
  const list = useApiQuery('assessment.listSaved', {});
  const [picked, setPicked] = useState<number[]>([]);
  const frozenRuns = new Set(useFrozenYears().map((f) => f.assessmentId));
  const toggle = (id: number) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p.slice(-1), id]));
  const rows = list.data ?? [];
  const [a, b] = [...picked].sort((x, y) => x - y);
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          保存的考核结果不再随数据变化。勾选两次结果后可以对比（左边为较早保存的一次）。
        </Text>
        <Button disabled={a === undefined || b === undefined} onClick={() => a !== undefined && b !== undefined && navigate(comparePath(a, b))}>
          对比所选两次{picked.length > 0 ? `（已选 ${picked.length}）` : ''}
        </Button>
      </Group>
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      {rows.length > 0 && (
        <Table striped highlightOnHover withTableBorder aria-label="历史考核" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>对比</Table.Th>
              <Table.Th>保存时间</Table.Th>
              <Table.Th>考核标准</Table.Th>
              <Table.Th>截止日</Table.Th>
              <Table.Th>考核期间</Table.Th>
              <Table.Th>街道结论</Table.Th>
              <Table.Th>社区（达标/不达标/待评定）</Table.Th>
              <Table.Th>保存人</Table.Th>
              <Table.Th>备注</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Checkbox checked={picked.includes(s.id)} onChange={() => toggle(s.id)} aria-label={`选择 ${dateTimeText(s.savedAt)} 保存的考核结果用于对比`} />
                </Table.Td>
                <Table.Td>
                  <Anchor href={`#${savedPath(s.id)}`} style={{ whiteSpace: 'nowrap' }}>
                    {dateTimeText(s.savedAt)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {standardLabel(s.standard.name, s.standard.version)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{s.asOf}</Table.Td>
                <Table.Td>
                  {s.period.from} 至 {s.period.to}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge color={OVERALL_COLOR[s.verdict]}>{OVERALL_LABEL[s.verdict]}</Badge>
                    <Text size="xs">{[scoreText(s.score, null), starsText(s.stars)].filter(Boolean).join(' · ')}</Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  {s.communities.pass} / {s.communities.fail} / {s.communities.incomplete}
                </Table.Td>
                <Table.Td>{s.savedBy}</Table.Td>
                <Table.Td>
                  {s.note ?? ''} {frozenRuns.has(s.id) && <FrozenBadge />}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!list.loading && rows.length === 0 && (
        <Text c="dimmed" ta="center" py="xl">
          还没有保存过考核结果。在“考核结果”中点击“保存本次考核”即可保存。
        </Text>
      )}
    </Stack>
  );
}
