import { Badge, Button, Group, Text, Title } from '@mantine/core';
import { DateField } from '../../components/DateField';
import { chineseDate } from '../registry/labels';
import type { AsOf } from './use-as-of';

/** “查看某日状态”: a date typed (2024-03-01, 2024年3月1日…) or picked, and 今天 to come back to today. */
export function AsOfPicker({ asOf, today, setAsOf }: AsOf) {
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <DateField label="查看某日状态" value={asOf} onChange={setAsOf} description="输入日期（如 2024-03-01）或从日历选择" />
      <Button variant="default" onClick={() => setAsOf(null)} disabled={asOf === today} aria-label="回到今天的状态">
        今天
      </Button>
    </Group>
  );
}

/** The background of a state panel: none for today, orange for a past date, violet for a future one. */
export function asOfTint(asOf: string, today: string): string | undefined {
  if (asOf === today) return undefined;
  return asOf < today ? 'orange.0' : 'violet.0';
}

/** “2024年3月1日的状态”, coloured when the date is not today so a past (or future) state is never taken for today’s. */
export function AsOfHeading({ asOf, today }: { asOf: string; today: string }) {
  if (asOf === today) {
    return (
      <Group gap="xs">
        <Title order={5}>今天的状态</Title>
        <Text size="sm" c="dimmed">
          （{chineseDate(today)}）
        </Text>
      </Group>
    );
  }
  const past = asOf < today;
  return (
    <Group gap="xs">
      <Title order={5} c={past ? 'orange.8' : 'violet.7'}>
        {chineseDate(asOf)}的状态
      </Title>
      <Badge color={past ? 'orange' : 'violet'} variant="light">
        {past ? '过去的日期' : '未来的日期（按现有记录推算）'}
      </Badge>
    </Group>
  );
}
