import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useHashRoute } from '../../app/use-hash-route';
import { idParam, matchPattern } from '../../app/route-match';
import { AnnualPanel } from './AnnualPanel';
import { ExportPanel } from './ExportPanel';
import { HistoryPanel } from './HistoryPanel';
import { ImportPanel } from './ImportPanel';
import { ReceiptPage } from './ReceiptPage';
import { ReceivedPanel } from './ReceivedPanel';

const TABS = ['export', 'import', 'annual', 'history', 'received'] as const;
type Tab = (typeof TABS)[number];

/** 交换 (Alt+X): packages to and from the bureau and other streets, the annual submission, the exchange log. */
export function ExchangePage() {
  const [path, navigate] = useHashRoute();
  const [reloadKey, setReloadKey] = useState(0);
  const receipt = matchPattern('/exchange/receipt/:id', path);
  if (receipt) {
    const id = idParam(receipt);
    return id === null ? <Text c="red">地址中的编号无效</Text> : <ReceiptPage key={id} id={id} />;
  }
  const tabParam = path.split('/')[2] ?? 'export';
  const tab: Tab = (TABS as readonly string[]).includes(tabParam) ? (tabParam as Tab) : 'export';
  const changed = () => setReloadKey((k) => k + 1);
  return (
    <Stack gap="lg">
      <div>
        <Title order={3}>交换</Title>
        <Text size="sm" c="dimmed">
          与市（区）人社局和其他街道交换文件（U 盘传递）：导入考核标准、节假日安排、参数、区划代码表和验收结果；每年 12 月导出年度上报；社区划转。含个人信息的包必须用口令加密；导入前全部校验，一个事务写入，同一个包只导入一次。
        </Text>
      </div>
      <Tabs value={tab} onChange={(v) => navigate(`/exchange/${v ?? 'export'}`)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="export">导出</Tabs.Tab>
          <Tabs.Tab value="import">导入</Tabs.Tab>
          <Tabs.Tab value="annual">年度上报</Tabs.Tab>
          <Tabs.Tab value="history">交换记录</Tabs.Tab>
          <Tabs.Tab value="received">收到的上报</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="export" pt="md">
          <ExportPanel />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="md">
          <ImportPanel onImported={changed} />
        </Tabs.Panel>
        <Tabs.Panel value="annual" pt="md">
          <AnnualPanel onFrozen={changed} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryPanel reloadKey={reloadKey} />
        </Tabs.Panel>
        <Tabs.Panel value="received" pt="md">
          <ReceivedPanel reloadKey={reloadKey} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
