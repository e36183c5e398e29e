import type { ReactNode } from 'react';
import { CommunitiesPage } from '../pages/communities/CommunitiesPage';
import { RegistryPage } from '../pages/registry/RegistryPage';
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
  { path: '/transfer', label: '导入/导出', hotkey: '9', render: () => <TransferPage /> },
];
