import type { ComponentType, ReactNode } from 'react';
import type { Role } from '../../shared/domain/labels';
import { AdminArea } from '../pages/admin/AdminArea';
import { ActivitiesPage } from '../pages/services/activities/ActivitiesPage';
import { AssessmentArea } from '../pages/assessment/AssessmentArea';
import { CommunitiesPage } from '../pages/communities/CommunitiesPage';
import { ComplaintsPage } from '../pages/complaints/ComplaintsPage';
import { EmployersArea } from '../pages/employers/EmployersArea';
import { ExchangePage } from '../pages/exchange/ExchangePage';
import { LedgersPage } from '../pages/ledgers/LedgersPage';
import { RegistryPage } from '../pages/registry/RegistryPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { TransferPage } from '../pages/workbook/TransferPage';
import { WorklistNavBadge } from '../pages/worklist/WorklistNavBadge';
import { WorklistPage } from '../pages/worklist/WorklistPage';

export interface RouteDef {
  path: string;
  label: string;
  /** Alt+key shortcut shown in the navigation. */
  hotkey: string;
  /** Optional: a small count shown next to the label (e.g. the due worklist items). */
  badge?: ComponentType;
  /** Only these roles see the entry (the services refuse the others anyway). */
  roles?: readonly Role[];
  render(): ReactNode;
}

/** The navigation: one entry per working area; each issue adds its areas here when they are done. */
export const routes: RouteDef[] = [
  { path: '/communities', label: '社区', hotkey: '1', render: () => <CommunitiesPage /> },
  { path: '/registry', label: '人员与家庭', hotkey: '2', render: () => <RegistryPage /> },
  { path: '/worklist', label: '待办', hotkey: '3', badge: WorklistNavBadge, render: () => <WorklistPage /> },
  { path: '/assessment', label: '考核', hotkey: '4', render: () => <AssessmentArea /> },
  { path: '/activities', label: '服务活动', hotkey: '5', render: () => <ActivitiesPage /> },
  { path: '/employers', label: '用工单位', hotkey: '6', render: () => <EmployersArea /> },
  { path: '/complaints', label: '投诉', hotkey: '7', render: () => <ComplaintsPage /> },
  { path: '/settings', label: '设置', hotkey: '8', render: () => <SettingsPage /> },
  { path: '/transfer', label: '导入/导出', hotkey: '9', roles: ['admin', 'street_clerk'], render: () => <TransferPage /> },
  { path: '/ledgers', label: '台账', hotkey: '0', render: () => <LedgersPage /> },
  { path: '/exchange', label: '交换', hotkey: 'X', roles: ['admin'], render: () => <ExchangePage /> },
  { path: '/admin', label: '用户与安全', hotkey: 'U', roles: ['admin'], render: () => <AdminArea /> },
];
