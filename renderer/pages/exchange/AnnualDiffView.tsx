import { Alert, Badge, Stack, Text } from '@mantine/core';
import type { SnapshotCounts } from '../../../shared/contract/population';
import { DataTable } from '../../components/DataTable';
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

/** A year's column header, kept on one line. */
function YearHead({ year }: { year: number | null }) {
  return <span style={{ whiteSpace: 'nowrap' }}>{year} 年</span>;
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
      <DataTable
        aria-label={`${d.previousYear} 与 ${d.year} 年度对比`}
        fz="sm"
        highlightOnHover={false}
        rows={d.comparison.rows}
        rowKey={(r) => `${r.scope}-${r.code}`}
        rowProps={(r) => ({ fw: r.verdictChanged ? 700 : undefined })}
        columns={[
          { header: '社区', cell: (r) => (r.scope === 'street' ? `街道（${r.name}）` : `${r.name}（${r.code}）`) },
          { header: <YearHead year={d.previousYear} />, w: 90, cell: (r) => <Verdict v={r.a} /> },
          { header: <YearHead year={d.year} />, w: 90, cell: (r) => <Verdict v={r.b} /> },
          {
            header: '结论变化的考核项',
            cell: (r) =>
              r.items
                .filter((i) => i.a?.verdict !== i.b?.verdict)
                .map((i) => `${short(i.name)}（${label(i.a?.verdict)}→${label(i.b?.verdict)}）`)
                .join('；') || '无',
          },
          { header: '仅数值变化', w: 120, cell: (r) => r.items.filter((i) => i.changed && i.a?.verdict === i.b?.verdict).length || '' },
        ]}
      />
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
