import { Button, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../../lib/use-api-query';
import { useIsAdmin } from '../../lib/use-is-admin';
import { WorklistSettingsModal } from '../worklist/WorklistSettingsModal';

/** 待办期限 in 设置: the follow-up interval, the job-preparation window and the other deadlines (the worklist's settings). */
export function DeadlinesSettingsTab() {
  const canEdit = useIsAdmin();
  const settings = useApiQuery('worklist.settings', {});
  const [editing, setEditing] = useState(false);
  const s = settings.data;
  return (
    <Paper withBorder p="md" maw={640}>
      <Stack>
        <Text size="sm" c="dimmed">
          待办和考核按这些期限判断“到期”“逾期”；修改后立即生效，并记入审计日志。
        </Text>
        {s && (
          <Table aria-label="待办期限">
            <Table.Tbody>
              <Table.Tr>
                <Table.Td>跟踪回访间隔</Table.Td>
                <Table.Td>{s.followUpIntervalMonths} 个月</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>职业指导期限</Table.Td>
                <Table.Td>{s.guidanceWorkingDays} 个工作日</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>“十清”用工需求统计窗口</Table.Td>
                <Table.Td>{s.demandWindowMonths} 个月</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>零就业家庭帮扶期限</Table.Td>
                <Table.Td>{s.zeroFamilyMonths} 个月</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
        <Text size="sm" c="dimmed">
          “就业准备活动”的时间窗口（如失业人员近 90 天内有服务记录）属于考核规则，随所用考核标准的规则文件设置（考核 → 标准）。
        </Text>
        {canEdit && (
          <Button variant="default" onClick={() => setEditing(true)} w="fit-content">
            修改待办期限…
          </Button>
        )}
      </Stack>
      {editing && (
        <WorklistSettingsModal
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            settings.reload();
          }}
        />
      )}
    </Paper>
  );
}
