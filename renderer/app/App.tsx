import { Alert, Center, Loader } from '@mantine/core';
import { useEffect } from 'react';
import { useApiQuery } from '../lib/use-api-query';
import { STREET_CHANGED_EVENT } from '../pages/street/street-events';
import { SetupPage } from '../pages/setup/SetupPage';
import { followServerClock } from './follow-server-clock';
import { Shell } from './Shell';

export function App() {
  const status = useApiQuery('system.status', {});
  const reloadStatus = status.reload;
  useEffect(() => {
    window.addEventListener(STREET_CHANGED_EVENT, reloadStatus);
    return () => window.removeEventListener(STREET_CHANGED_EVENT, reloadStatus);
  }, [reloadStatus]);
  if (status.loading && !status.data) {
    return (
      <Center h="100vh">
        <Loader aria-label="正在载入" />
      </Center>
    );
  }
  if (status.error || !status.data) {
    return (
      <Center h="100vh">
        <Alert color="red" title="无法连接工作台服务" maw={560}>
          {status.error?.message ?? '未知错误'}
        </Alert>
      </Center>
    );
  }
  followServerClock(status.data.pinnedToday);
  if (!status.data.street) return <SetupPage onDone={status.reload} />;
  return <Shell status={status.data} />;
}
