import { Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { AssessmentRun, UnitResult } from '../../../shared/contract/assessment';
import { useApiQuery } from '../../lib/use-api-query';
import { AssessmentSheetPrint } from '../documents/AssessmentSheetPrint';
import { ScreenPrintBar, ScreenPrintButton, ScreenPrintHeading } from '../../components/screen-print/ScreenPrintBar';
import { formatChineseDate } from '../../../shared/domain/dates';
import type { UnitRef } from './assessment-route';
import { historyPath, savedItemPath, savedPath } from './assessment-route';
import { dateTimeText } from './assessment-format';
import { ItemDetail } from './ItemDetail';
import { SlowProgress } from './SlowProgress';
import { RunResult } from './StreetSummary';

export function unitIn(run: AssessmentRun, unit: UnitRef): UnitResult | null {
  if (unit === 'street') return run.street;
  return run.communities.find((c) => c.communityId === unit) ?? null;
}

/** A saved (frozen) assessment, or one item of it: as it was computed when saved. */
export function SavedView({ id, focus }: { id: number; focus: { unit: UnitRef; itemId: string } | null }) {
  const saved = useApiQuery('assessment.getSaved', { id });
  const linkFor = (unit: UnitResult, item: { id: string }) => savedItemPath(id, unit.communityId ?? 'street', item.id);
  if (saved.error) return <Alert color="red">{saved.error.message}</Alert>;
  if (!saved.data || saved.data.summary.id !== id) return <SlowProgress busy={saved.loading} title="正在读取保存的考核结果…" />;
  const { summary, run } = saved.data;
  const banner = (
    <Alert color="blue" variant="light">
      <Group gap="xs">
        <Badge variant="filled">已保存</Badge>
        <Text size="sm">
          {summary.savedBy} 于 {dateTimeText(summary.savedAt)} 保存{summary.note ? `（${summary.note}）` : ''}。以下为保存时的结果，不随之后的数据变化。
        </Text>
      </Group>
    </Alert>
  );
  if (focus) {
    const unit = unitIn(run, focus.unit);
    const item = unit?.items.find((i) => i.id === focus.itemId);
    if (!unit || !item) return <Alert color="red">这次保存的结果中没有该考核项</Alert>;
    return (
      <Stack>
        <ScreenPrintBar subject={`考核明细（已保存）：${unit.name} · ${item.name}（${run.standard.name}，截至${formatChineseDate(run.asOf)}）`} />
        {banner}
        <ItemDetail run={run} unit={unit} item={item} backHref={`#${savedPath(id)}`} linkFor={linkFor} />
      </Stack>
    );
  }
  return (
    <Stack>
      <ScreenPrintHeading subject={`考核结果（已保存）：${run.standard.name}（截至${formatChineseDate(run.asOf)}）`} />
      <Anchor href={`#${historyPath({ standard: null, version: null, asOf: null, from: null })}`} size="sm">
        ← 返回历史考核
      </Anchor>
      <Title order={3}>保存的考核结果</Title>
      {banner}
      <Group gap="xs">
        <AssessmentSheetPrint savedId={id} run={run} />
        <ScreenPrintButton />
      </Group>
      <RunResult run={run} linkFor={linkFor} />
    </Stack>
  );
}
