import { PasswordInput, Text } from '@mantine/core';
import type { UserSummary } from '../../../shared/contract/admin';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';

/** 重置密码: a temporary password; the user must choose a new one at the next sign-in. The lock is lifted too. */
export function ResetPasswordModal({ user, ...dialog }: { user: UserSummary; onClose(): void; onSaved(): void }) {
  return (
    <FormDialog
      {...dialog}
      initial={{ password: '' }}
      title={`重置密码：${user.displayName}（${user.username}）`}
      fields={(v, { errors, set }) => [
        <Text key="note" size="sm" c="dimmed">
          设置一个临时密码并当面告诉本人；本人下次登录时必须改为新密码。账号若已锁定，也随之解锁。
        </Text>,
        { custom: <PasswordInput key="password" label="临时密码" description="至少 10 个字符" value={v.password} onChange={(e) => set('password', e.currentTarget.value)} error={errors.password} />, names: ['password'] },
      ]}
      check={(v) => ({ password: v.password.length < 10 && '密码至少 10 个字符' })}
      submitLabel="重置密码"
      save={async (v) => {
        await call('users.resetPassword', { id: user.id, password: v.password });
        return `已重置“${user.displayName}”的密码`;
      }}
    />
  );
}
