import { PasswordInput } from '@mantine/core';
import type { UserSummary } from '../../../shared/contract/admin';
import { ROLE_LABELS } from '../../../shared/domain/labels';
import type { Role } from '../../../shared/domain/labels';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { useApiQuery } from '../../lib/use-api-query';

interface Props {
  user: UserSummary | null;
  onClose(): void;
  onSaved(): void;
}

interface Values {
  username: string;
  displayName: string;
  role: Role;
  communityId: string | null;
  active: boolean;
  password: string;
}

/** 添加用户 / 编辑用户: the role, and the community for a community clerk; a new user's first password. */
export function UserFormModal({ user, ...dialog }: Props) {
  const communities = useApiQuery('communities.list', {});
  const initial: Values = {
    username: user?.username ?? '',
    displayName: user?.displayName ?? '',
    role: user?.role ?? 'street_clerk',
    communityId: user?.communityId === null || user === null ? null : String(user.communityId),
    active: user?.active ?? true,
    password: '',
  };
  return (
    <FormDialog
      {...dialog}
      initial={initial}
      title={user ? `编辑用户：${user.username}` : '添加用户'}
      fields={(v, { errors, set }) => [
        user ? null : { kind: 'text', name: 'username', label: '用户名', required: true, check: (t) => !/^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$/.test(t.trim()) && '用户名只能用字母、数字和 . _ -，2–32 个字符' },
        { kind: 'text', name: 'displayName', label: '姓名', required: true, limit: 30 },
        { kind: 'select', name: 'role', label: '角色', data: ROLE_LABELS },
        v.role === 'community_clerk'
          ? { kind: 'select', name: 'communityId', label: '所属社区', data: (communities.data ?? []).map((c) => ({ value: String(c.id), label: c.name })), check: (id) => !id && '请选择所属社区' }
          : null,
        user ? { kind: 'switch', name: 'active', label: '账号可用（停用后不能登录）' } : null,
        user
          ? null
          : {
              custom: <PasswordInput key="password" label="初始密码" description="至少 10 个字符，请当面告诉本人" required value={v.password} onChange={(e) => set('password', e.currentTarget.value)} error={errors.password} />,
              names: ['password'],
            },
      ]}
      check={(v) => ({ password: !user && v.password.length < 10 && '密码至少 10 个字符' })}
      save={async (v) => {
        const communityId = v.role === 'community_clerk' && v.communityId ? Number(v.communityId) : null;
        if (user) await call('users.update', { id: user.id, displayName: v.displayName.trim(), role: v.role, communityId, active: v.active });
        else await call('users.create', { username: v.username.trim(), displayName: v.displayName.trim(), role: v.role, communityId, password: v.password });
        return `已保存用户“${v.displayName.trim()}”`;
      }}
    />
  );
}
