/** The authorisation table: every role × every method, as the one place (electron/services/authorize.ts) decides. */
import { describe, expect, it } from 'vitest';
import { authorize, mayCall, STREET_WIDE } from '../../../electron/services/authorize';
import type { CallerContext } from '../../../electron/services/context';
import { contract, methodNames } from '../../../shared/contract';
import type { Access, MethodName } from '../../../shared/contract';
import { AppError } from '../../../shared/app-error';
import type { Role } from '../../../shared/domain/labels';

/** What the issue says each role may do, by the access a method declares. */
const EXPECTED: Record<Role, Record<Access, boolean>> = {
  admin: { public: true, self: true, read: true, write: true, export: true, reveal: true, admin: true },
  street_clerk: { public: true, self: true, read: true, write: true, export: true, reveal: true, admin: false },
  community_clerk: { public: true, self: true, read: true, write: true, export: true, reveal: true, admin: false },
  inspector: { public: true, self: true, read: true, write: false, export: false, reveal: false, admin: false },
};

const ROLES: Role[] = ['admin', 'street_clerk', 'community_clerk', 'inspector'];

function ctx(role: Role): CallerContext {
  return { username: role, displayName: role, role, communityId: role === 'community_clerk' ? 1 : null };
}

function allowed(role: Role, method: MethodName): boolean {
  try {
    authorize(ctx(role), method);
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('FORBIDDEN');
    expect((error as AppError).message).toMatch(/[\u4e00-\u9fa5]/);
    return false;
  }
}

describe('authorisation table', () => {
  for (const role of ROLES) {
    it(`${role}: every method`, () => {
      for (const method of methodNames) {
        const access = contract[method].access;
        const expected = EXPECTED[role][access] && !(role === 'community_clerk' && STREET_WIDE.has(method));
        expect([method, allowed(role, method)]).toEqual([method, expected]);
        expect([method, mayCall(role, method)]).toEqual([method, expected]);
      }
    });
  }

  it('the issue’s lines: users and restore for the admin only; inspectors read only, no export, no reveal', () => {
    for (const method of ['users.create', 'users.resetPassword', 'backup.restore', 'adminSettings.set', 'population.setSettings', 'packages.export'] as MethodName[]) {
      expect(ROLES.filter((r) => mayCall(r, method))).toEqual(['admin']);
    }
    expect(mayCall('inspector', 'persons.get')).toBe(true);
    expect(mayCall('inspector', 'persons.update')).toBe(false);
    expect(mayCall('inspector', 'workbook.export')).toBe(false);
    expect(mayCall('inspector', 'persons.reveal')).toBe(false);
    expect(mayCall('street_clerk', 'workbook.export')).toBe(true);
    expect(mayCall('community_clerk', 'workbook.export')).toBe(false);
    expect(mayCall('community_clerk', 'persons.update')).toBe(true);
  });

  it('nobody signed in: only the sign-in screen’s methods; a reset password: only changing it', () => {
    const anonymous: CallerContext = { ...ctx('admin'), anonymous: true };
    for (const method of methodNames) {
      const isPublic = contract[method].access === 'public';
      expect([method, isPublic ? 'ok' : 'refused']).toEqual([method, (() => { try { authorize(anonymous, method); return 'ok'; } catch { return 'refused'; } })()]);
    }
    const reset: CallerContext = { ...ctx('street_clerk'), mustChangePassword: true };
    expect(() => authorize(reset, 'persons.get')).toThrow(/重置/);
    expect(() => authorize(reset, 'auth.changePassword')).not.toThrow();
  });
});
