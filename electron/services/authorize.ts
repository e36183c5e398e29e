import { AppError } from '../../shared/app-error';
import type { Access, MethodName } from '../../shared/contract';
import { contract } from '../../shared/contract';
import type { Role } from '../../shared/domain/labels';
import type { CallerContext } from './context';

/**
 * The authorisation table: what each role may do, by the access a method declares in its contract
 * (shared/contract). Street admin: everything; street clerk: all communities' data, no users, settings or restore;
 * community clerk: the same within their own community (scope.ts narrows reads and refuses writes elsewhere);
 * inspector: reads only, masked, no export of named lists, no reveal.
 */
export const ROLE_ACCESS: Readonly<Record<Role, ReadonlySet<Access>>> = {
  admin: new Set<Access>(['public', 'self', 'read', 'write', 'export', 'reveal', 'admin']),
  street_clerk: new Set<Access>(['public', 'self', 'read', 'write', 'export', 'reveal']),
  community_clerk: new Set<Access>(['public', 'self', 'read', 'write', 'export', 'reveal']),
  inspector: new Set<Access>(['public', 'self', 'read']),
};

/**
 * Methods that act on the whole street at once (an import or export of everything, the list of communities): a
 * community clerk may not call them, whatever their access.
 */
export const STREET_WIDE: ReadonlySet<MethodName> = new Set<MethodName>([
  'communities.create',
  'communities.update',
  'corrections.deleteCommunity',
  'workbook.preview',
  'workbook.commit',
  'workbook.export',
  'workbook.errorReport',
  'assessment.save',
  'assessment.listSaved',
  'assessment.getSaved',
  'assessment.compare',
  'annual.workbook',
  'documents.assessmentSheet',
]);

const REFUSALS: Record<Access, string> = {
  public: '',
  self: '请先登录',
  read: '当前账号不能查看这些数据',
  write: '当前账号为只读，不能修改数据',
  export: '当前账号不能导出带姓名的名单',
  reveal: '当前账号不能查看完整的身份证号码和电话',
  admin: '只有街道管理员可以执行此操作',
};

/** Whether `role` may call `method` at all (before the community scope): the table, one cell. */
export function mayCall(role: Role, method: MethodName): boolean {
  const access = contract[method].access;
  if (!ROLE_ACCESS[role].has(access)) return false;
  return !(role === 'community_clerk' && STREET_WIDE.has(method));
}

/** The one place that decides whether a caller may call a method. */
export function authorize(ctx: CallerContext, method: MethodName): void {
  const access = contract[method].access;
  if (access === 'public') return;
  if (ctx.anonymous) throw new AppError('UNAUTHORIZED', '未登录或已锁定：请先登录');
  if (ctx.mustChangePassword && method !== 'auth.changePassword') {
    throw new AppError('UNAUTHORIZED', '管理员已重置您的密码：请先设置新密码');
  }
  if (!ROLE_ACCESS[ctx.role].has(access)) throw new AppError('FORBIDDEN', REFUSALS[access]);
  if (ctx.role === 'community_clerk' && STREET_WIDE.has(method)) {
    throw new AppError('FORBIDDEN', '社区经办人只能处理本社区的数据，不能执行全街道范围的操作');
  }
}
