import type { ReactNode } from 'react';
import { ActivitiesPage } from '../pages/activities/ActivitiesPage';
import { CommunitiesPage } from '../pages/communities/CommunitiesPage';
import { ComplaintsPage } from '../pages/complaints/ComplaintsPage';
import { EmployersArea } from '../pages/employers/EmployersArea';
import { RegistryPage } from '../pages/registry/RegistryPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { TransferPage } from '../pages/transfer/TransferPage';

export interface RouteDef {
  path: string;
  label: string;
  /** Alt+key shortcut shown in the navigation. */
  hotkey: string;
  render(): ReactNode;
}

/** The navigation: one entry per working area; each issue adds its areas here when they are done. */
export const routes: RouteDef[] = [
  { path: '/communities', label: '社区', hotkey: '1', render: () => <CommunitiesPage /> },
  { path: '/registry', label: '人员与家庭', hotkey: '2', render: () => <RegistryPage /> },
  { path: '/activities', label: '服务活动', hotkey: '5', render: () => <ActivitiesPage /> },
  { path: '/employers', label: '用工单位', hotkey: '6', render: () => <EmployersArea /> },
  { path: '/complaints', label: '投诉', hotkey: '7', render: () => <ComplaintsPage /> },
  { path: '/settings', label: '设置', hotkey: '8', render: () => <SettingsPage /> },
  { path: '/transfer', label: '导入/导出', hotkey: '9', render: () => <TransferPage /> },
];
