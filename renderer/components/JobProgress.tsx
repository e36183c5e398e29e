import { Group, Progress, Stack, Text } from '@mantine/core';
import type { JobProgress as Progressing } from '../lib/jobs';

/** A progress bar under what is being done, with how far and how long on the right and a note below. */
export function ProgressStatus({ title, detail, value, note }: { title: string; detail: string; value: number; note?: string }) {
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {title}
        </Text>
        <Text size="sm" c="dimmed">
          {detail}
        </Text>
      </Group>
      <Progress value={value} animated striped aria-label={title} />
      {note !== undefined && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Stack>
  );
}

/** A progress bar with what is happening and for how long. */
export function JobProgress({ title, progress }: { title: string; progress: Progressing | null }) {
  const percent = Math.round((progress?.progress ?? 0) * 100);
  const seconds = ((progress?.elapsedMs ?? 0) / 1000).toFixed(0);
  return <ProgressStatus title={title} detail={`${percent}% · ${seconds} 秒`} value={percent} note={progress?.note ?? '正在开始…'} />;
}
