import { useApiQuery } from './use-api-query';

/** Whether the current account is the street's administrator (who alone may change settings). */
export function useIsAdmin(): boolean {
  const status = useApiQuery('system.status', {});
  return status.data?.caller.role === 'admin';
}
