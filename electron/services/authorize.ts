import { AppError } from '../../shared/app-error';
import type { Access, MethodName } from '../../shared/contract';
import { contract } from '../../shared/contract';
import type { Role } from '../../shared/domain/labels';
import type { CallerContext } from './context';

const ALLOWED: Record<Role, ReadonlySet<Access>> = {
  admin: new Set<Access>(['read', 'write', 'admin']),
  street_clerk: new Set<Access>(['read', 'write']),
  community_clerk: new Set<Access>(['read', 'write']),
  inspector: new Set<Access>(['read']),
};

/** The one place that decides whether a caller may call a method. */
export function authorize(ctx: CallerContext, method: MethodName): void {
  const access = contract[method].access;
  if (!ALLOWED[ctx.role].has(access)) {
    throw new AppError('FORBIDDEN', access === 'admin' ? '只有街道管理员可以执行此操作' : '当前账号为只读，不能修改数据');
  }
}
