import { Stack, Tabs, Text, Title } from '@mantine/core';
import type { RunParams } from './assessment-route';
import { historyPath, runPath, trendPath } from './assessment-route';

export type AreaTab = 'run' | 'trend' | 'history';

/** 考核: the title and the three tabs, each an address of its own (Back returns to the previous tab). */
export function AreaHeader({ active, params, navigate }: { active: AreaTab; params: RunParams; navigate(path: string): void }) {
  const paths: Record<AreaTab, string> = { run: runPath(params), trend: trendPath(params, null), history: historyPath(params) };
  return (
    <Stack gap="xs">
      <div>
        <Title order={3}>考核</Title>
        <Text size="sm" c="dimmed">
          按创建充分就业社区标准逐个社区考核：哪些社区达标，其余为什么不达标，具体是哪些人、哪些户。
        </Text>
      </div>
      <Tabs value={active} onChange={(value) => value && value !== active && navigate(paths[value as AreaTab])}>
        <Tabs.List>
          <Tabs.Tab value="run">考核结果</Tabs.Tab>
          <Tabs.Tab value="trend">月度趋势</Tabs.Tab>
          <Tabs.Tab value="history">历史考核</Tabs.Tab>
        </Tabs.List>
      </Tabs>
    </Stack>
  );
}
