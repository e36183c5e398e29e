import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { ComparisonRow, SavedSummary } from '../../../shared/contract/assessment';
import { formatPercent } from '../../../shared/domain/assessment/compare';
import { useApiQuery } from '../../lib/use-api-query';
import { historyPath, savedPath } from './assessment-route';
import { dateTimeText, ITEM_COLOR, ITEM_LABEL, OVERALL_COLOR, OVERALL_LABEL, scoreText, standardLabel, starsText } from './assessment-format';
import { SlowProgress } from './SlowProgress';
import { dateText, periodText } from '../../../shared/domain/date-text';

type ItemBrief = ComparisonRow['items'][number]['a'];
type UnitBrief = ComparisonRow['a'];

const CHANGED_BG = 'var(--mantine-color-yellow-1)';

function Side({ label, summary }: { label: string; summary: SavedSummary }) {
  return (
    <Card withBorder padding="sm" component="section" aria-label={label}>
      <Group gap="xs">
        <Badge variant="outline">{label}</Badge>
        <Anchor href={`#${savedPath(summary.id)}`} fw={500}>
          {dateTimeText(summary.savedAt)} 保存
        </Anchor>
        <Badge color={OVERALL_COLOR[summary.verdict]}>{OVERALL_LABEL[summary.verdict]}</Badge>
      </Group>
      <Text size="sm" mt={4}>
        {standardLabel(summary.standard.name, summary.standard.version)} · 截止 {dateText(summary.asOf)} · 考核期间 {periodText(summary.period.from, summary.period.to)}
      </Text>
      <Text size="xs" c="dimmed">
        保存人 {summary.savedBy}{summary.note ? ` · ${summary.note}` : ''} · 社区达标 {summary.communities.pass}、不达标 {summary.communities.fail}、待评定 {summary.communities.incomplete}
      </Text>
    </Card>
  );
}

function unitText(u: UnitBrief): string {
  if (!u) return '（无此单位）';
  return [OVERALL_LABEL[u.verdict], scoreText(u.score, null), starsText(u.stars)].filter(Boolean).join(' · ');
}

function ItemCell({ brief }: { brief: ItemBrief }) {
  if (!brief) return <Text size="sm">（无此项）</Text>;
  const value = brief.value === null ? (brief.threshold === null ? '' : '—') : brief.numerator !== null ? `${formatPercent(brief.value)}（${brief.numerator}/${brief.denominator ?? 0}）` : String(brief.value);
  return (
    <Text size="sm">
      <Text span c={ITEM_COLOR[brief.verdict]} fw={500}>
        {ITEM_LABEL[brief.verdict]}
      </Text>{' '}
      {value}
      {brief.failingCount > 0 && ` · 不达标 ${brief.failingCount}`}
      {brief.pendingCount > 0 && ` · 待定 ${brief.pendingCount}`}
    </Text>
  );
}

/** Two saved assessments side by side: each unit's verdict and each item's value, changes highlighted. */
export function ComparePage({ a, b }: { a: number; b: number }) {
  const comparison = useApiQuery('assessment.compare', { a, b });
  const [onlyChanged, setOnlyChanged] = useState(true);
  const back = (
    <Anchor href={`#${historyPath({ standard: null, version: null, asOf: null, from: null })}`} size="sm">
      ← 返回历史考核
    </Anchor>
  );
  if (comparison.error)
    return (
      <Stack>
        {back}
        <Alert color="red">{comparison.error.message}</Alert>
      </Stack>
    );
  const data = comparison.data;
  if (!data || data.a.id !== a || data.b.id !== b) return <SlowProgress busy={comparison.loading} title="正在对比…" />;
  const changedUnits = data.rows.filter((r) => r.verdictChanged || r.items.some((i) => i.changed)).length;
  return (
    <Stack>
      {back}
      <Title order={3}>对比两次考核</Title>
      <SimpleGrid cols={2}>
        <Side label="甲" summary={data.a} />
        <Side label="乙" summary={data.b} />
      </SimpleGrid>
      <Group justify="space-between">
        <Text size="sm">
          {changedUnits === 0 ? '两次结果完全相同。' : `${changedUnits} 个单位有变化（黄色标出）。`}
        </Text>
        <Switch label="只显示有变化的考核项" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.currentTarget.checked)} />
      </Group>
      <Table withTableBorder withColumnBorders aria-label="对比结果" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>单位 / 考核项</Table.Th>
            <Table.Th>甲（{dateTimeText(data.a.savedAt)} 保存）</Table.Th>
            <Table.Th>乙（{dateTimeText(data.b.savedAt)} 保存）</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.rows.map((row) => {
            const items = onlyChanged ? row.items.filter((i) => i.changed) : row.items;
            return (
              <Fragment key={`${row.scope}-${row.code}`}>
                <Table.Tr style={{ background: row.verdictChanged ? CHANGED_BG : 'var(--mantine-color-gray-0)' }} aria-label={`${row.name}${row.verdictChanged ? '（结论有变化）' : ''}`}>
                  <Table.Td fw={700}>
                    {row.name}
                    {row.verdictChanged && (
                      <Badge ml="xs" size="xs" color="yellow" variant="filled">
                        结论变化
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td fw={700} c={row.a ? OVERALL_COLOR[row.a.verdict] : undefined}>
                    {unitText(row.a)}
                  </Table.Td>
                  <Table.Td fw={700} c={row.b ? OVERALL_COLOR[row.b.verdict] : undefined}>
                    {unitText(row.b)}
                  </Table.Td>
                </Table.Tr>
                {items.map((item) => (
                  <Table.Tr key={item.id} style={item.changed ? { background: CHANGED_BG } : undefined}>
                    <Table.Td pl="xl">
                      <Text size="sm">{item.name}</Text>
                    </Table.Td>
                    <Table.Td>
                      <ItemCell brief={item.a} />
                    </Table.Td>
                    <Table.Td>
                      <ItemCell brief={item.b} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
