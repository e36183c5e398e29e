import { Group, Progress, Stack, Text } from '@mantine/core';
import type { JobProgress as Progressing } from '../lib/jobs';

/** A progress bar with what is happening and for how long. */
export function JobProgress({ title, progress }: { title: string; progress: Progressing | null }) {
  const percent = Math.round((progress?.progress ?? 0) * 100);
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {title}
        </Text>
        <Text size="sm" c="dimmed">
          {percent}% · {((progress?.elapsedMs ?? 0) / 1000).toFixed(0)} 秒
        </Text>
      </Group>
      <Progress value={percent} animated striped aria-label={title} />
      <Text size="xs" c="dimmed">
        {progress?.note ?? '正在开始…'}
      </Text>
    </Stack>
  );
}
