import { useState } from 'react';
import { TabbedPage } from '../../components/TabbedPage';
import { AuditTab } from './AuditTab';
import { BackupTab } from './BackupTab';
import { UsersTab } from './UsersTab';

/** 用户与安全 (street admin): users, the audit trail (审计日志), backups and restore. */
export function AdminArea() {
  const [tab, setTab] = useState<string | null>('users');
  return (
    <TabbedPage
      title="用户与安全"
      description="账号和角色、审计日志（谁在何时做了什么）、数据备份与恢复。只有街道管理员可以使用。"
      value={tab}
      onChange={setTab}
      keepMounted={false}
      tabs={[
        { value: 'users', label: '用户', panel: <UsersTab /> },
        { value: 'audit', label: '审计日志', panel: <AuditTab /> },
        { value: 'backup', label: '备份与恢复', panel: <BackupTab /> },
      ]}
    />
  );
}
