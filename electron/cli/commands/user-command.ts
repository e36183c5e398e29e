/**
 * `user add --username U --role street-admin|street-clerk|community-clerk|inspector [--community CODE]
 * --password-env VAR [--display-name NAME]`: adds a user (users.create, the street admin only). The password is read
 * from the environment variable, never from the command line. `--json` prints `{ ok, user }`.
 */
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/app-error';
import { ROLE_LABELS } from '../../../shared/domain/labels';
import { callApi } from '../cli-api';
import { EXIT_OK, UsageError } from '../cli-io';
import type { Command } from '../command';
import { communityByCode } from '../community-by-code';
import { withCliRuntime } from '../open-for-cli';

const ROLES = { 'street-admin': 'admin', 'street-clerk': 'street_clerk', 'community-clerk': 'community_clerk', inspector: 'inspector' } as const;

export const userCommand: Command = {
  name: 'user',
  usage: 'user add --username U --role street-admin|street-clerk|community-clerk|inspector [--community CODE] --password-env VAR [--display-name 姓名] [--json]',
  summary: '添加用户（仅街道管理员；社区经办人须给出所属社区代码；密码从环境变量读取）',
  async run(ctx) {
    const { values, positionals } = parseArgs({
      args: ctx.argv,
      options: {
        username: { type: 'string' },
        role: { type: 'string' },
        community: { type: 'string' },
        'password-env': { type: 'string' },
        'display-name': { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals[0] !== 'add' || positionals.length !== 1) throw new UsageError('用法：user add --username U --role 角色 [--community CODE] --password-env VAR');
    if (!values.username) throw new UsageError('缺少 --username');
    const role = values.role === undefined ? undefined : ROLES[values.role as keyof typeof ROLES];
    if (!role) throw new UsageError(`--role 应为 ${Object.keys(ROLES).join('、')} 之一`);
    if (role === 'community_clerk' && !values.community) throw new UsageError('社区经办人需要 --community 社区代码');
    if (role !== 'community_clerk' && values.community) throw new UsageError('只有社区经办人（community-clerk）属于某个社区：请去掉 --community');
    if (!values['password-env']) throw new UsageError('缺少 --password-env 变量名（新用户的密码从该环境变量读取）');
    const password = process.env[values['password-env']];
    if (password === undefined || password === '') throw new UsageError(`环境变量 ${values['password-env']} 未设置或为空`);
    const username = values.username;
    return withCliRuntime(ctx, 'write', async (runtime) => {
      let communityId: number | null = null;
      if (values.community) {
        const community = await communityByCode(runtime, values.community);
        if (!community) throw new AppError('INVALID_INPUT', `没有代码为 ${values.community} 的社区`, { fields: [{ path: 'community', message: '社区代码不存在' }] });
        communityId = community.id;
      }
      const user = await callApi(runtime, 'users.create', { username, displayName: values['display-name'] ?? username, role, communityId, password });
      ctx.io.out(`已添加用户 ${user.username}（${ROLE_LABELS[user.role]}${user.communityName ? `，${user.communityName}` : ''}）`, { ok: true, user });
      return EXIT_OK;
    });
  },
};
