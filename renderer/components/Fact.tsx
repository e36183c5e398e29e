import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled fact of a record (a small grey label over its value); an empty value shows “—”. */
export function Fact({ label, children, strong = false }: { label: string; children: ReactNode; strong?: boolean }) {
  const empty = children === null || children === undefined || children === '';
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={strong ? 500 : undefined} component="div">
        {empty ? '—' : children}
      </Text>
    </Stack>
  );
}
