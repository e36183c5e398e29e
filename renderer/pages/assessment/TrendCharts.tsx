import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import type { TrendPoint } from '../../../shared/contract/assessment-trend';
import { formatPercent } from '../../../shared/domain/assessment/compare';
import { dateText, monthText } from '../../../shared/domain/date-text';
import { DataTable } from '../../components/DataTable';
import type { DataColumn } from '../../components/DataTable';

const count = (n: number) => n.toLocaleString('zh-CN');

/** The table under the charts: one row per month. */
const MONTH_COLUMNS: DataColumn<TrendPoint>[] = [
  { header: '月份', cell: (p) => monthText(p.month) },
  { header: '统计日', cell: (p) => dateText(p.date) },
  { header: '就业率', ta: 'right', cell: (p) => (p.employmentRate === null ? '—' : formatPercent(p.employmentRate)) },
  { header: '有就业愿望的劳动力', ta: 'right', cell: (p) => count(p.lfw) },
  { header: '其中已就业', ta: 'right', cell: (p) => count(p.employedLfw) },
  { header: '零就业家庭', ta: 'right', cell: (p) => count(p.zeroEmploymentFamilies) },
  { header: '登记失业人员', ta: 'right', cell: (p) => count(p.registeredUnemployed) },
];

/** "2026-03" → "26年3月". */
function monthLabel(month: string): string {
  return `${month.slice(2, 4)}年${Number(month.slice(5, 7))}月`;
}

function percentOf(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

/** The employment rate (with the standard's threshold as a line), zero-employment families and registered unemployed by month. */
export function TrendCharts({ points, threshold }: { points: readonly TrendPoint[]; threshold: number | null }) {
  const data = points.map((p) => ({ ...p, label: monthLabel(p.month), rate: percentOf(p.employmentRate) }));
  const rates = data.flatMap((d) => (d.rate === null ? [] : [d.rate]));
  const low = Math.min(...rates, threshold === null ? 100 : threshold * 100);
  const floor = Math.max(0, Math.floor(low / 5) * 5 - 5);
  return (
    <>
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="sm">
        <Card withBorder padding="sm" component="section" aria-label="就业率走势">
          <Title order={5}>就业率</Title>
          <Text size="xs" c="dimmed" mb="xs">
            有就业愿望的劳动力中已就业的比例（月末）
          </Text>
          <LineChart
            h={220}
            data={data}
            dataKey="label"
            series={[{ name: 'rate', label: '就业率', color: 'blue.6' }]}
            yAxisProps={{ domain: [floor, 100] }}
            valueFormatter={(v) => `${v}%`}
            connectNulls={false}
            referenceLines={threshold === null ? [] : [{ y: threshold * 100, label: `达标线 ${formatPercent(threshold)}`, color: 'red.6' }]}
          />
        </Card>
        <Card withBorder padding="sm" component="section" aria-label="零就业家庭走势">
          <Title order={5}>零就业家庭</Title>
          <Text size="xs" c="dimmed" mb="xs">
            月末尚未消除的零就业家庭（户）
          </Text>
          <BarChart h={220} data={data} dataKey="label" series={[{ name: 'zeroEmploymentFamilies', label: '零就业家庭', color: 'orange.6' }]} yAxisProps={{ allowDecimals: false }} />
        </Card>
        <Card withBorder padding="sm" component="section" aria-label="登记失业人员走势">
          <Title order={5}>登记失业人员</Title>
          <Text size="xs" c="dimmed" mb="xs">
            月末失业登记未注销的人数
          </Text>
          <LineChart h={220} data={data} dataKey="label" series={[{ name: 'registeredUnemployed', label: '登记失业人员', color: 'grape.6' }]} yAxisProps={{ allowDecimals: false }} />
        </Card>
      </SimpleGrid>
      <DataTable aria-label="月度数据" verticalSpacing={4} highlightOnHover={false} columns={MONTH_COLUMNS} rows={points} rowKey={(p) => p.month} />
    </>
  );
}
