import { Alert, Group, Select, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { DateField } from '../../components/DateField';
import { useApiQuery } from '../../lib/use-api-query';
import type { RunParams } from './assessment-route';
import { trendPath } from './assessment-route';
import type { ResolvedRun } from './run-params';
import { paramsOf } from './run-params';
import { SlowProgress } from './SlowProgress';
import { TrendCharts } from './TrendCharts';
import { dateText, monthText } from '../../../shared/domain/date-text';

interface Props {
  resolved: ResolvedRun;
  communityId: number | null;
  today: string;
  replace(path: string): void;
}

/** The employment-rate threshold of the chosen standard, for the line on the chart (null when it has no such item). */
function useRateThreshold(resolved: ResolvedRun): number | null {
  const detail = useApiQuery('standards.get', { id: resolved.standard.id, version: resolved.standard.version });
  const item = detail.data?.definition.items.find((i) => i.kind === 'auto' && i.metric === 'employment-rate');
  return item && item.kind === 'auto' ? item.threshold : null;
}

/** 月度趋势: the last 12 months of the street or one community, up to the as-of date. */
export function TrendView({ resolved, communityId, today, replace }: Props) {
  const params: RunParams = paramsOf(resolved);
  const communities = useApiQuery('communities.list', {});
  const trend = useApiQuery('assessment.trend', { asOf: resolved.asOf, ...(communityId === null ? {} : { communityId }) });
  const threshold = useRateThreshold(resolved);
  const [asOf, setAsOf] = useState<string | null>(resolved.asOf);
  const [asOfError, setAsOfError] = useState<string | null>(null);
  useEffect(() => setAsOf(resolved.asOf), [resolved.asOf]);
  const current = trend.data && trend.data.asOf === resolved.asOf && (trend.data.community?.id ?? null) === communityId ? trend.data : null;
  const fieldError = asOfError ?? trend.error?.details?.fields?.find((f) => f.path === 'asOf')?.message;

  function changeAsOf(value: string | null) {
    setAsOf(value);
    if (!value) return setAsOfError('请填写截止日（如 2026-11-20）');
    if (value > today) return setAsOfError(`截止日不能晚于今天（${today}）`);
    setAsOfError(null);
    replace(trendPath({ ...params, asOf: value, from: resolved.fromChosen && resolved.from <= value ? resolved.from : null }, communityId));
  }

  return (
    <Stack>
      <Group align="flex-start">
        <Select
          label="范围"
          w={260}
          allowDeselect={false}
          data={[{ value: 'street', label: '全街道' }, ...(communities.data ?? []).map((c) => ({ value: String(c.id), label: `${c.name}（${c.code}）` }))]}
          value={communityId === null ? 'street' : String(communityId)}
          onChange={(value) => replace(trendPath(params, value === null || value === 'street' ? null : Number(value)))}
        />
        <DateField label="截止日" value={asOf} onChange={changeAsOf} error={fieldError} description="显示截止日所在月及之前共 12 个月" />
      </Group>
      <SlowProgress busy={trend.loading} title="正在统计 12 个月的数据…" />
      {trend.error && !fieldError && <Alert color="red">{trend.error.message}</Alert>}
      {current && (
        <Stack gap="xs" style={{ opacity: trend.loading ? 0.6 : 1 }}>
          <Text size="sm" c="dimmed">
            {current.community ? current.community.name : '全街道'}，{monthText(current.points[0]?.month ?? '')}至{monthText(current.points[current.points.length - 1]?.month ?? '')}，每月按月末（本月按截止日 {dateText(current.asOf)}）统计；
            就业率 = 已就业的 ÷ 法定劳动年龄内有劳动能力和就业愿望的。
            {threshold !== null && `红线为“${resolved.standard.name}”的达标值。`}
          </Text>
          <TrendCharts points={current.points} threshold={threshold} />
        </Stack>
      )}
    </Stack>
  );
}
