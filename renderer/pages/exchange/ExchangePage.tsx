import { Text } from '@mantine/core';
import { TabbedPage } from '../../components/TabbedPage';
import { useState } from 'react';
import type { ReactNode } from 'react';
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
const TAB_LABEL: Readonly<Record<Tab, string>> = { export: '导出', import: '导入', annual: '年度上报', history: '交换记录', received: '收到的上报' };

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
  const panels: Readonly<Record<Tab, ReactNode>> = {
    export: <ExportPanel />,
    import: <ImportPanel onImported={changed} />,
    annual: <AnnualPanel onFrozen={changed} />,
    history: <HistoryPanel reloadKey={reloadKey} />,
    received: <ReceivedPanel reloadKey={reloadKey} />,
  };
  return (
    <TabbedPage
      title="交换"
      description="与市（区）人社局和其他街道交换文件（U 盘传递）：导入考核标准、节假日安排、参数、区划代码表和验收结果；每年 12 月导出年度上报；社区划转。含个人信息的包必须用口令加密；导入前全部校验，一个事务写入，同一个包只导入一次。"
      gap="lg"
      value={tab}
      onChange={(v) => navigate(`/exchange/${v ?? 'export'}`)}
      keepMounted={false}
      tabs={TABS.map((t) => ({ value: t, label: TAB_LABEL[t], panel: panels[t] }))}
    />
  );
}
