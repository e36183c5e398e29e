import { Button, Menu, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { ROLE_LABELS } from '../../../shared/domain/labels';
import { call } from '../../lib/api';
import { useAuthReload, useSignedInUser } from '../../lib/auth';
import { ChangePasswordForm } from './ChangePasswordForm';
import { LoadDemoModal } from '../../components/demo/DemoBadge';

/** The signed-in user in the header: change password, sign out. */
export function UserMenu() {
  const user = useSignedInUser();
  const reload = useAuthReload();
  const [changing, setChanging] = useState(false);
  const [demo, setDemo] = useState(false);
  if (!user) return null;
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="subtle" size="compact-sm" aria-label={`当前用户：${user.displayName}`}>
            {user.displayName}（{ROLE_LABELS[user.role]}
            {user.communityName ? `·${user.communityName}` : ''}）
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="xs">用户名：{user.username}</Text>
          </Menu.Label>
          <Menu.Item onClick={() => setChanging(true)}>修改密码</Menu.Item>
          {user.role === 'admin' && <Menu.Item onClick={() => setDemo(true)}>载入演示数据…</Menu.Item>}
          <Menu.Item color="red" onClick={() => void call('auth.signOut', {}).finally(reload)}>
            退出登录
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {demo && <LoadDemoModal onClose={() => setDemo(false)} />}
      <Modal opened={changing} onClose={() => setChanging(false)} title="修改密码">
        <ChangePasswordForm onDone={() => setChanging(false)} onCancel={() => setChanging(false)} />
      </Modal>
    </>
  );
}
