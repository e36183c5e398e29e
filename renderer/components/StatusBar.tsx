import { Badge, Group, Text } from '@mantine/core';
import type { SystemStatus } from '../../shared/contract/system';
import { ROLE_LABELS } from '../../shared/domain/labels';

export function StatusBar({ status }: { status: SystemStatus }) {
  return (
    <Group h="100%" px="md" gap="lg" wrap="nowrap" data-testid="status-bar">
      <Text size="xs" c="dimmed" truncate="start" style={{ flex: 1 }} title={status.dbPath}>
        数据库：{status.dbPath}
      </Text>
      {status.pinnedToday !== null && (
        <Badge
          size="sm"
          color="orange"
          variant="filled"
          radius="sm"
          style={{ flexShrink: 0 }}
          data-testid="simulated-date"
          title="本次运行的“今天”由 DESK_TODAY 或 --today 固定，不是电脑的实际日期"
        >
          模拟日期 {status.pinnedToday}
        </Badge>
      )}
      <Text size="xs" c="dimmed">
        结构版本 {status.schemaVersion}
      </Text>
      <Text size="xs" c="dimmed">
        {status.transport === 'browser' ? '浏览器模式' : '桌面版'} · {status.caller.displayName}（{ROLE_LABELS[status.caller.role]}）
      </Text>
      <Text size="xs" c="dimmed">
        v{status.appVersion}
      </Text>
    </Group>
  );
}
