import { Alert, Center, Loader } from '@mantine/core';
import { useCallback, useEffect, useMemo } from 'react';
import { SIGNED_OUT_EVENT, call } from '../lib/api';
import { AuthContext } from '../lib/auth';
import { useApiQuery } from '../lib/use-api-query';
import type { QueryState } from '../lib/use-api-query';
import type { SystemStatus } from '../../shared/contract/system';
import { useIdleLock } from '../lib/use-idle-lock';
import { FirstAdminPage } from '../pages/admin/FirstAdminPage';
import { ForcedPasswordPage } from '../pages/admin/ForcedPasswordPage';
import { SignInPage } from '../pages/admin/SignInPage';
import { SetupPage } from '../pages/setup/SetupPage';
import { STREET_CHANGED_EVENT } from '../pages/street/street-events';
import type { AuthStatus } from '../../shared/contract/admin';
import { followServerClock } from './follow-server-clock';
import { Shell } from './Shell';

/** The whole window while the app cannot be shown yet: a loader, or (`failure`) why the service cannot be reached. */
function NotReady({ failure }: { failure: string | null }) {
  return (
    <Center h="100vh">
      {failure === null ? (
        <Loader aria-label="正在载入" />
      ) : (
        <Alert color="red" title="无法连接工作台服务" maw={560}>
          {failure}
        </Alert>
      )}
    </Center>
  );
}

/** The first start (the street admin), the sign-in screen, a forced new password, then the app. */
export function App() {
  const auth = useApiQuery('auth.status', {});
  // Asked at the same time as auth.status (one round trip to the app when already signed in); asked again for
  // whoever signs in.
  const system = useApiQuery('system.status', {}, auth.data?.user?.username ?? '');
  const reload = auth.reload;
  useEffect(() => {
    window.addEventListener(SIGNED_OUT_EVENT, reload);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, reload);
  }, [reload]);
  if (auth.loading && !auth.data) return <NotReady failure={null} />;
  if (auth.error || !auth.data) return <NotReady failure={auth.error?.message ?? '未知错误'} />;
  const status = auth.data;
  if (!status.hasAdmin) return <FirstAdminPage onDone={reload} />;
  if (!status.user) return <SignInPage lockedForIdle={status.lockedForIdle} onDone={reload} />;
  if (status.user.mustChangePassword) return <ForcedPasswordPage onDone={reload} />;
  return <SignedIn status={status} reload={reload} system={system} />;
}

function SignedIn({ status, reload, system }: { status: AuthStatus; reload(): void; system: QueryState<SystemStatus> }) {
  const reloadSystem = system.reload;
  useEffect(() => {
    window.addEventListener(STREET_CHANGED_EVENT, reloadSystem);
    return () => window.removeEventListener(STREET_CHANGED_EVENT, reloadSystem);
  }, [reloadSystem]);
  const lock = useCallback(() => {
    void call('auth.signOut', { idle: true }).finally(reload);
  }, [reload]);
  useIdleLock(status.autoLockMinutes, lock);
  const value = useMemo(() => ({ status, reload }), [status, reload]);
  if ((system.loading && !system.data) || system.error?.code === 'UNAUTHORIZED') return <NotReady failure={null} />;
  if (system.error || !system.data) return <NotReady failure={system.error?.message ?? '未知错误'} />;
  followServerClock(system.data.pinnedToday);
  return (
    <AuthContext.Provider value={value}>
      {system.data.street ? <Shell status={system.data} /> : <SetupPage onDone={system.reload} />}
    </AuthContext.Provider>
  );
}
