import { Alert, Text, Timeline } from '@mantine/core';
import type { TimelineKind } from '../../../../shared/contract/registry';
import { useApiQuery } from '../../../lib/use-api-query';
import { chineseDate } from '../labels';

const COLOR: Record<TimelineKind, string> = {
  spell_start: 'green',
  spell_end: 'gray',
  registered: 'orange',
  registration_cancelled: 'gray',
  wish: 'blue',
  recognition_applied: 'grape',
  recognition_reviewed: 'grape',
  recognition_exited: 'gray',
  service: 'cyan',
  agreement_closed: 'gray',
  moved: 'indigo',
  archived: 'red',
};

/** Everything dated about the person, newest first. */
export function PersonTimeline({ personId, version }: { personId: number; version: number }) {
  const timeline = useApiQuery('persons.timeline', { id: personId }, String(version));
  if (timeline.error) return <Alert color="red">{timeline.error.message}</Alert>;
  const entries = timeline.data ?? [];
  if (!timeline.loading && entries.length === 0) {
    return <Text c="dimmed">还没有就业、失业登记、就业意愿、困难认定或服务记录。</Text>;
  }
  return (
    <Timeline active={entries.length - 1} bulletSize={14} lineWidth={2} aria-label="时间线">
      {entries.map((e, i) => (
        <Timeline.Item key={`${e.kind}-${e.date ?? ''}-${i}`} color={COLOR[e.kind]} title={e.title}>
          <Text size="xs" c="dimmed">
            {e.date ? chineseDate(e.date) : '未注明日期'}
          </Text>
          {e.detail && <Text size="sm">{e.detail}</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
