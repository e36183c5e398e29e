import { Alert, Button, PasswordInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { APP_NAME } from '../../../shared/version';
import { EntryScreen } from '../../components/EntryScreen';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/field-errors';

/** 登录: username and password; five wrong passwords lock the account for 15 minutes. */
export function SignInPage({ lockedForIdle, onDone }: { lockedForIdle: boolean; onDone(): void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setFailure('请输入用户名和密码');
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await call('auth.signIn', { username: username.trim(), password });
      onDone();
    } catch (error) {
      setFailure(messageOf(error));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <EntryScreen title={APP_NAME} intro="请用您的账号登录。这台电脑保存着全街道的个人信息，离开时请退出登录。" width={420} onSubmit={submit} formLabel="登录">
      {lockedForIdle && (
        <Alert color="blue" title="已自动锁定">
          长时间未操作，工作台已锁定，请重新登录。
        </Alert>
      )}
      <TextInput label="用户名" autoFocus autoComplete="username" value={username} onChange={(e) => setUsername(e.currentTarget.value)} />
      <PasswordInput label="密码" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
      {failure && (
        <Alert color="red" title="未能登录">
          {failure}
        </Alert>
      )}
      <Button type="submit" loading={busy}>
        登录
      </Button>
    </EntryScreen>
  );
}
