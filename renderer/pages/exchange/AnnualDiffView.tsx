import { Alert, Badge, Stack, Table, Text } from '@mantine/core';
import type { SnapshotCounts } from '../../../shared/contract/population';
import { useApiQuery } from '../../lib/use-api-query';

const VERDICT: Record<string, { label: string; color: string }> = {
  pass: { label: '达标', color: 'green' },
  fail: { label: '不达标', color: 'red' },
  incomplete: { label: '待评定', color: 'yellow' },
};

const COUNTS: [keyof SnapshotCounts, string][] = [
  ['labourResources', '劳动力资源'],
  ['employedLfw', '已就业（有愿望者中）'],
  ['unemployed', '失业人员'],
  ['registeredUnemployed', '登记失业'],
  ['zeroEmploymentFamilies', '零就业家庭'],
];

const ITEM_VERDICT: Record<string, string> = { pass: '达标', fail: '不达标', unrecorded: '未评定' };
const label = (v: string | undefined) => (v === undefined ? '无此项' : (ITEM_VERDICT[v] ?? v));
/** An item's long name cut for the table (its full name is in the assessment). */
const short = (name: string) => (name.length > 18 ? `${name.slice(0, 18)}…` : name);

function Verdict({ v }: { v: { verdict: string } | null }) {
  if (!v) return <Text span c="dimmed">（无）</Text>;
  const shown = VERDICT[v.verdict];
  return (
    <Badge color={shown?.color ?? 'gray'} style={{ flexShrink: 0 }}>
      {shown?.label ?? v.verdict}
    </Badge>
  );
}

/** A frozen year against the previous one, community by community (what changed). */
export function AnnualDiffView({ year }: { year: number }) {
  const diff = useApiQuery('annual.diff', { year });
  const d = diff.data;
  if (diff.error) return <Alert color="red">{diff.error.message}</Alert>;
  if (!d) return null;
  if (d.message || !d.comparison) return <Alert color="gray">{d.message}</Alert>;
  return (
    <Stack gap="xs">
      <Table withTableBorder striped aria-label={`${d.previousYear} 与 ${d.year} 年度对比`} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>社区</Table.Th>
            <Table.Th w={90} style={{ whiteSpace: 'nowrap' }}>
              {d.previousYear} 年
            </Table.Th>
            <Table.Th w={90} style={{ whiteSpace: 'nowrap' }}>
              {d.year} 年
            </Table.Th>
            <Table.Th>结论变化的考核项</Table.Th>
            <Table.Th w={120}>仅数值变化</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {d.comparison.rows.map((r) => (
            <Table.Tr key={`${r.scope}-${r.code}`} fw={r.verdictChanged ? 700 : undefined}>
              <Table.Td>{r.scope === 'street' ? `街道（${r.name}）` : `${r.name}（${r.code}）`}</Table.Td>
              <Table.Td>
                <Verdict v={r.a} />
              </Table.Td>
              <Table.Td>
                <Verdict v={r.b} />
              </Table.Td>
              <Table.Td>
                {r.items
                  .filter((i) => i.a?.verdict !== i.b?.verdict)
                  .map((i) => `${short(i.name)}（${label(i.a?.verdict)}→${label(i.b?.verdict)}）`)
                  .join('；') || '无'}
              </Table.Td>
              <Table.Td>{r.items.filter((i) => i.changed && i.a?.verdict === i.b?.verdict).length || ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm">
        推荐优秀：新增 {d.recommended.added.join('、') || '无'}；不再推荐 {d.recommended.removed.join('、') || '无'}
      </Text>
      {d.totals && (
        <Text size="sm">
          全街道：
          {COUNTS.map(([k, label]) => `${label} ${d.totals?.previous[k] ?? 0} → ${d.totals?.current[k] ?? 0}`).join('；')}
        </Text>
      )}
    </Stack>
  );
}
