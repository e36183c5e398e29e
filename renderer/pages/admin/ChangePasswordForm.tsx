import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../lib/api';
import { usePageForm } from '../../lib/use-page-form';

/** 修改密码: the current one, then the new one twice (at least 10 characters). */
export function ChangePasswordForm({ onDone, onCancel }: { onDone(): void; onCancel?: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');

  const { errors, failure, busy, submit } = usePageForm(
    () => {
      const local: Record<string, string> = {};
      if (!current) local.current = '请输入当前密码';
      if (next.length < 10) local.next = '新密码至少 10 个字符';
      if (again !== next) local.again = '两次输入的新密码不一致';
      return local;
    },
    async () => {
      await call('auth.changePassword', { current, next });
      onDone();
    },
  );


  return (
    <form onSubmit={submit} noValidate aria-label="修改密码">
      <Stack>
        <PasswordInput label="当前密码" autoFocus data-autofocus value={current} onChange={(e) => setCurrent(e.currentTarget.value)} error={errors.current} />
        <PasswordInput label="新密码" description="至少 10 个字符" value={next} onChange={(e) => setNext(e.currentTarget.value)} error={errors.next} />
        <PasswordInput label="再次输入新密码" value={again} onChange={(e) => setAgain(e.currentTarget.value)} error={errors.again} />
        {failure && <Alert color="red">{failure}</Alert>}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              取消
            </Button>
          )}
          <Button type="submit" loading={busy}>
            保存新密码
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
