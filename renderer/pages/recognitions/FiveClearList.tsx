import { Badge, SimpleGrid, Stack, Text } from '@mantine/core';
import type { FiveClear } from '../../../shared/contract/recognitions';
import { FIVE_CLEAR_ITEMS } from './recognition-labels';

/** The five 五清 items: 已清 / 未清 and what was found. */
export function FiveClearList({ fiveClear }: { fiveClear: FiveClear | null }) {
  if (!fiveClear) return <Text size="sm" c="dimmed">五清：未记录</Text>;
  const missing = FIVE_CLEAR_ITEMS.filter(({ key }) => !fiveClear[key].clear).length;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        五清{missing === 0 ? '（已全部清楚）' : `（${missing} 项未清）`}
      </Text>
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="xs" aria-label="五清">
        {FIVE_CLEAR_ITEMS.map(({ key, label }) => {
          const item = fiveClear[key];
          return (
            <Stack key={key} gap={2}>
              <Badge color={item.clear ? 'green' : 'orange'} variant="light" radius="sm" style={{ alignSelf: 'flex-start' }}>
                {label}：{item.clear ? '已清' : '未清'}
              </Badge>
              <Text size="xs">{item.note || '—'}</Text>
            </Stack>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
