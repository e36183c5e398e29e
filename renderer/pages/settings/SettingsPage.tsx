import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { CalendarTab } from '../calendar/CalendarTab';
import { ExchangeSettingsTab } from '../exchange/ExchangeSettingsTab';
import { PopulationSettingsTab } from '../population/PopulationSettingsTab';
import { DeadlinesSettingsTab } from '../admin/DeadlinesSettingsTab';
import { SecuritySettingsTab } from '../admin/SecuritySettingsTab';
import { useIsAdmin } from '../../lib/use-is-admin';
import { PrintSettingsTab } from '../street/PrintSettingsTab';
import { StreetInfoTab } from '../street/StreetInfoTab';

/** 设置: the working-day calendar and the population choices (口径) every count depends on. */
export function SettingsPage() {
  const [tab, setTab] = useState<string | null>('calendar');
  const isAdmin = useIsAdmin();
  return (
    <Stack>
      <div>
        <Title order={3}>设置</Title>
        <Text size="sm" c="dimmed">
          全街道通用的规则：工作日历决定“3 个工作日内”等期限，人口口径决定劳动年龄、“4050”和零就业家庭的认定。
        </Text>
      </div>
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="calendar">工作日历</Tabs.Tab>
          <Tabs.Tab value="population">人口口径</Tabs.Tab>
          <Tabs.Tab value="deadlines">待办期限</Tabs.Tab>
          <Tabs.Tab value="security">安全与备份</Tabs.Tab>
          <Tabs.Tab value="exchange">交换</Tabs.Tab>
          <Tabs.Tab value="street">街道信息</Tabs.Tab>
          <Tabs.Tab value="prints">打印设置</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="calendar" pt="md">
          <CalendarTab />
        </Tabs.Panel>
        <Tabs.Panel value="population" pt="md">
          <PopulationSettingsTab />
        </Tabs.Panel>
        <Tabs.Panel value="exchange" pt="md">
          <ExchangeSettingsTab canEdit={isAdmin} />
        </Tabs.Panel>
        <Tabs.Panel value="street" pt="md">
          <StreetInfoTab />
        </Tabs.Panel>
        <Tabs.Panel value="prints" pt="md">
          <PrintSettingsTab />
        </Tabs.Panel>
        <Tabs.Panel value="deadlines" pt="md">
          <DeadlinesSettingsTab />
        </Tabs.Panel>
        <Tabs.Panel value="security" pt="md">
          <SecuritySettingsTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
