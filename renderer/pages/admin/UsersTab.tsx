import { Alert, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { UserSummary } from '../../../shared/contract/admin';
import { ROLE_LABELS } from '../../../shared/domain/labels';
import { useApiQuery } from '../../lib/use-api-query';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFormModal } from './UserFormModal';

function when(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '—';
}

/** 用户: every account, its role and community, locked or to change its password; add, edit, reset. */
export function UsersTab() {
  const users = useApiQuery('users.list', {});
  const [editing, setEditing] = useState<UserSummary | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserSummary | null>(null);
  const saved = () => {
    setEditing(null);
    setResetting(null);
    users.reload();
  };
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          街道管理员：全部功能；街道经办人：全部社区的数据；社区经办人：只能看到和处理本社区；检查人员：只读，号码隐藏，不能导出名单。
        </Text>
        <Button onClick={() => setEditing('new')}>添加用户</Button>
      </Group>
      {users.error && <Alert color="red">{users.error.message}</Alert>}
      <Table striped highlightOnHover aria-label="用户">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>用户名</Table.Th>
            <Table.Th>姓名</Table.Th>
            <Table.Th>角色</Table.Th>
            <Table.Th>所属社区</Table.Th>
            <Table.Th>状态</Table.Th>
            <Table.Th>最近登录</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(users.data ?? []).map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td ff="monospace">{u.username}</Table.Td>
              <Table.Td>{u.displayName}</Table.Td>
              <Table.Td>{ROLE_LABELS[u.role]}</Table.Td>
              <Table.Td>{u.communityName ?? '—'}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {!u.active && <Badge color="gray">已停用</Badge>}
                  {u.lockedUntil && <Badge color="red">锁定至 {when(u.lockedUntil)}</Badge>}
                  {u.mustChangePassword && <Badge color="yellow">待改密码</Badge>}
                  {u.active && !u.mustChangePassword && !u.lockedUntil && <Badge color="green">正常</Badge>}
                </Group>
              </Table.Td>
              <Table.Td>{when(u.lastSignInAt)}</Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end">
                  <Button size="compact-sm" variant="default" onClick={() => setEditing(u)}>
                    编辑
                  </Button>
                  <Button size="compact-sm" variant="default" onClick={() => setResetting(u)}>
                    重置密码
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && <UserFormModal user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={saved} />}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} onSaved={saved} />}
    </>
  );
}
