import { Alert, Button, PasswordInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import { APP_NAME } from '../../../shared/version';
import { EntryScreen } from '../../components/EntryScreen';
import { call } from '../../lib/api';
import { usePageForm } from '../../lib/use-page-form';

/** First start: the street admin's account (password at least 10 characters). */
export function FirstAdminPage({ onDone }: { onDone(): void }) {
  const [username, setUsername] = useState('admin');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');

  const { errors, failure, busy, submit } = usePageForm(
    () => {
      const local: Record<string, string> = {};
      if (!displayName.trim()) local.displayName = '请填写姓名';
      if (password.length < 10) local.password = '密码至少 10 个字符';
      if (again !== password) local.again = '两次输入的密码不一致';
      return local;
    },
    async () => {
      await call('auth.createFirstAdmin', { username: username.trim(), displayName: displayName.trim(), password });
      onDone();
    },
  );

  return (
    <EntryScreen title={`欢迎使用${APP_NAME}`} intro="首次使用，请先建立街道管理员账号。管理员可以添加其他用户、修改设置、备份和恢复数据。" width={460} onSubmit={submit}>
      <TextInput label="用户名" required value={username} onChange={(e) => setUsername(e.currentTarget.value)} error={errors.username} />
      <TextInput label="姓名" required autoFocus value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} error={errors.displayName} />
      <PasswordInput label="密码" description="至少 10 个字符" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={errors.password} />
      <PasswordInput label="再次输入密码" required value={again} onChange={(e) => setAgain(e.currentTarget.value)} error={errors.again} />
      {failure && (
        <Alert color="red" title="未能建立">
          {failure}
        </Alert>
      )}
      <Button type="submit" loading={busy}>
        建立管理员并登录
      </Button>
    </EntryScreen>
  );
}
