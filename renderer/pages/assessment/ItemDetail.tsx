import { Alert, Anchor, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { AssessmentRun, ItemResult, UnitResult } from '../../../shared/contract/assessment';
import { formatPercent } from '../../../shared/domain/assessment/compare';
import { METRICS } from '../../../shared/domain/assessment/metric-catalogue';
import type { MetricId } from '../../../shared/domain/assessment/metric-catalogue';
import { dateTimeText, ITEM_COLOR, ITEM_LABEL, standardLabel, thresholdText, valueText } from './assessment-format';
import type { ItemLink } from './CommunityCard';
import { RecordTable, SubjectTable } from './SubjectTable';
import { DataTable } from '../../components/DataTable';
import { Fact } from '../../components/Fact';
import { dateText, periodText } from '../../../shared/domain/date-text';

interface Props {
  run: AssessmentRun;
  unit: UnitResult;
  item: ItemResult;
  backHref: string;
  linkFor: ItemLink;
  /** Opens the manual verdict form; absent for a saved (frozen) assessment. */
  onRecordManual?: () => void;
}


function isMetric(id: string | null): id is MetricId {
  return id !== null && id in METRICS;
}

/** The item's numbers: value, requirement, numerator and denominator with how they are formed, window, points. */
function Facts({ item }: { item: ItemResult }) {
  const metric = isMetric(item.metric) ? METRICS[item.metric] : null;
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Fact strong label="数值">{valueText(item)}</Fact>
        <Fact strong label="达标要求">{thresholdText(item) ?? '人工评定'}</Fact>
        {item.unit === 'ratio' && (
          <Fact strong label="分子 / 分母">
            {item.numerator ?? 0} / {item.denominator ?? 0}
          </Fact>
        )}
        {item.window && (
          <Fact strong label="考核时段">
            {periodText(item.window.from, item.window.to)}
          </Fact>
        )}
        {item.points !== null && (
          <Fact strong label="分值 / 得分">
            {item.points} / {item.earned ?? 0}
          </Fact>
        )}
      </SimpleGrid>
      {metric && <Fact strong label="计算方法">{metric.definition}</Fact>}
    </Stack>
  );
}

/** The clerk's verdict in force on a manual item: who, when, what was checked. */
function ManualFacts({ item, onRecordManual }: { item: ItemResult; onRecordManual?: () => void }) {
  const v = item.manual;
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        {item.checklist && (
          <div>
            <Text size="sm" fw={500}>
              检查要点
            </Text>
            <List size="sm">
              {item.checklist.map((c) => (
                <List.Item key={c}>{c}</List.Item>
              ))}
            </List>
          </div>
        )}
        {v ? (
          <Stack gap={2} aria-label="评定记录">
            <Text size="sm">
              评定结论：
              <Text span fw={700} c={ITEM_COLOR[v.verdict]}>
                {ITEM_LABEL[v.verdict]}
              </Text>
              {v.score !== null && `，得分 ${v.score}`}
            </Text>
            <Text size="sm">评定依据：{v.evidence ?? ''}</Text>
            <Text size="sm" c="dimmed">
              {v.recordedBy} 于 {dateTimeText(v.recordedAt)} 录入 · 适用期间 {periodText(v.periodFrom, v.periodTo)}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            尚未评定：请按检查要点核实后录入评定结论和依据。
          </Text>
        )}
        {onRecordManual && (
          <Group>
            <Button onClick={onRecordManual}>{v ? '重新评定' : '录入评定'}</Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** A street item that adds up the communities: each community's share, linking to its own list. */
function PerCommunity({ run, item, linkFor }: { run: AssessmentRun; item: ItemResult; linkFor: ItemLink }) {
  const rows = run.communities.flatMap((unit) => {
    const own = unit.items.find((i) => i.id === item.id);
    return own ? [{ unit, own }] : [];
  });
  return (
    <DataTable
      aria-label="各社区明细"
      verticalSpacing={4}
      highlightOnHover={false}
      rows={rows}
      rowKey={({ unit }) => unit.code}
      columns={[
        { header: '社区', cell: ({ unit, own }) => <Anchor href={`#${linkFor(unit, own)}`}>{unit.name}</Anchor> },
        {
          header: '结论',
          cell: ({ own }) => (
            <Text size="sm" c={ITEM_COLOR[own.verdict]}>
              {ITEM_LABEL[own.verdict]}
            </Text>
          ),
        },
        { header: '数值', cell: ({ own }) => valueText(own) },
        { header: '不达标', ta: 'right', cell: ({ own }) => own.failingCount },
        { header: '待定', ta: 'right', cell: ({ own }) => own.pendingCount },
      ]}
    />
  );
}

/** One item of one community (or of the street): its numbers and the persons or households behind it. */
export function ItemDetail({ run, unit, item, backHref, linkFor, onRecordManual }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [unit.code, item.id]);
  const communityHref = (id: number) => {
    const target = run.communities.find((c) => c.communityId === id);
    const first = target?.items.find((i) => i.verdict !== 'pass') ?? target?.items[0];
    return target && first ? `#${linkFor(target, first)}` : null;
  };
  return (
    <Stack>
      <Anchor href={backHref} size="sm">
        ← 返回考核结果
      </Anchor>
      <Stack gap={4}>
        <Group gap="xs">
          <Title order={3} ref={heading} tabIndex={-1}>
            {unit.name} · {item.metricLabel ?? item.name}
          </Title>
          <Badge color={ITEM_COLOR[item.verdict]} size="lg" variant="filled">
            {ITEM_LABEL[item.verdict]}
          </Badge>
          {item.hard && <Badge variant="light">硬性指标</Badge>}
          {item.veto && <Badge color="red" variant="light">一票否决</Badge>}
        </Group>
        <Text size="sm">{item.name}</Text>
        {item.description && (
          <Text size="xs" c="dimmed">
            {item.description}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {standardLabel(run.standard.name, run.standard.version)} · 截止 {dateText(run.asOf)} · 考核期间 {periodText(run.period.from, run.period.to)}
        </Text>
      </Stack>
      <Facts item={item} />
      {item.gap && (
        <Alert color="red" title="差距">
          {item.gap.text}
        </Alert>
      )}
      {item.note && item.kind === 'auto' && (
        <Text size="sm" c="dimmed">
          说明：{item.note}
        </Text>
      )}
      {item.warnings.map((w) => (
        <Alert key={w} color="yellow">
          {w}
        </Alert>
      ))}
      {item.tiers && (
        <Text size="sm">
          星级达标值{run.standard.example ? '（示例）' : ''}：
          {item.tiers.map((t) => `${t.stars} 星 ${item.unit === 'ratio' ? formatPercent(t.threshold) : t.threshold}${t.met ? '（已达到）' : '（未达到）'}`).join('；')}
        </Text>
      )}
      {item.kind === 'manual' && <ManualFacts item={item} onRecordManual={onRecordManual} />}
      {item.subjectsListedPerCommunity ? (
        <Stack gap="xs">
          <Title order={5}>
            各社区明细（不达标 {item.failingCount}，待定 {item.pendingCount}）
          </Title>
          <PerCommunity run={run} item={item} linkFor={linkFor} />
        </Stack>
      ) : (
        item.kind === 'auto' && (
          <>
            <Stack gap="xs">
              <Title order={5}>计入不达标的人员和家庭（{item.failing.length}）</Title>
              <SubjectTable label="不达标名单" subjects={item.failing} empty="没有计入不达标的人员或家庭。" />
            </Stack>
            <Stack gap="xs">
              <Title order={5}>待定：尚在期限内，不计入（{item.pending.length}）</Title>
              <SubjectTable label="待定名单" subjects={item.pending} empty="没有待定的人员或家庭。" />
            </Stack>
          </>
        )
      )}
      {item.records.length > 0 && (
        <Stack gap="xs">
          <Title order={5}>相关记录（{item.records.length}）</Title>
          <RecordTable records={item.records} communityHref={communityHref} />
        </Stack>
      )}
    </Stack>
  );
}
