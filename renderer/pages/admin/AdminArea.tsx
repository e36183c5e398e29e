import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { AuditTab } from './AuditTab';
import { BackupTab } from './BackupTab';
import { UsersTab } from './UsersTab';

/** 用户与安全 (street admin): users, the audit trail (审计日志), backups and restore. */
export function AdminArea() {
  const [tab, setTab] = useState<string | null>('users');
  return (
    <Stack>
      <div>
        <Title order={3}>用户与安全</Title>
        <Text size="sm" c="dimmed">
          账号和角色、审计日志（谁在何时做了什么）、数据备份与恢复。只有街道管理员可以使用。
        </Text>
      </div>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="users">用户</Tabs.Tab>
          <Tabs.Tab value="audit">审计日志</Tabs.Tab>
          <Tabs.Tab value="backup">备份与恢复</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users" pt="md">
          <UsersTab />
        </Tabs.Panel>
        <Tabs.Panel value="audit" pt="md">
          <AuditTab />
        </Tabs.Panel>
        <Tabs.Panel value="backup" pt="md">
          <BackupTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
