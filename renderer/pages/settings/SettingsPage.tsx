import { useState } from 'react';
import { TabbedPage } from '../../components/TabbedPage';
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
    <TabbedPage
      title="设置"
      description="全街道通用的规则：工作日历决定“3 个工作日内”等期限，人口口径决定劳动年龄、“4050”和零就业家庭的认定。"
      value={tab}
      onChange={setTab}
      tabs={[
        { value: 'calendar', label: '工作日历', panel: <CalendarTab /> },
        { value: 'population', label: '人口口径', panel: <PopulationSettingsTab /> },
        { value: 'deadlines', label: '待办期限', panel: <DeadlinesSettingsTab /> },
        { value: 'security', label: '安全与备份', panel: <SecuritySettingsTab /> },
        { value: 'exchange', label: '交换', panel: <ExchangeSettingsTab canEdit={isAdmin} /> },
        { value: 'street', label: '街道信息', panel: <StreetInfoTab /> },
        { value: 'prints', label: '打印设置', panel: <PrintSettingsTab /> },
      ]}
    />
  );
}
