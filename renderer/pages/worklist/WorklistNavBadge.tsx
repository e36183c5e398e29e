import { Badge } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { now, todayIso } from '../../../shared/clock';
import { useHashRoute } from '../../app/use-hash-route';
import { useApiQuery } from '../../lib/use-api-query';
import { WORKLIST_CHANGED_EVENT } from './worklist-events';

/** Page changes ask for the counts again at most this often (a rebuild after a write takes a moment on a large street). */
const REFRESH_MS = 30_000;

/**
 * The number of worklist rows today (the unfiltered page's 共 N 条: overdue, due and upcoming), next to 待办 in the navigation (red when any is overdue). Asked
 * again on entering 待办, and on other page changes at most every 30 seconds.
 */
export function WorklistNavBadge() {
  const [path] = useHashRoute();
  // Rows marked 已处理/暂缓 (or withdrawn) on the page change the count at once.
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    const bump = () => setChanges((c) => c + 1);
    window.addEventListener(WORKLIST_CHANGED_EVENT, bump);
    return () => window.removeEventListener(WORKLIST_CHANGED_EVENT, bump);
  }, []);
  const key = useMemo(() => (path.startsWith('/worklist') ? `${path}@${now().getTime()}` : `t${Math.floor(now().getTime() / REFRESH_MS)}`), [path]) + `#${changes}`;
  const counts = useApiQuery('worklist.counts', { asOf: todayIso() }, key);
  const c = counts.data;
  if (!c || c.open === 0) return null;
  const text = `待办 ${c.open} 项，其中逾期 ${c.overdue} 项${c.upcoming > 0 ? `、即将到来 ${c.upcoming} 项` : ''}`;
  return (
    <Badge size="sm" circle={c.open < 10} color={c.overdue > 0 ? 'red' : 'orange'} aria-label={text} title={text}>
      {c.open > 999 ? '999+' : c.open}
    </Badge>
  );
}
