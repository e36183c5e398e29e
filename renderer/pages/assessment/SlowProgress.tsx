import { ProgressStatus } from '../../components/JobProgress';
import { useEffect, useState } from 'react';

/** Seconds since `busy` turned true (0 while idle), ticking twice a second. */
function useElapsedSeconds(busy: boolean): number {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!busy) {
      setElapsed(0);
      return undefined;
    }
    const started = performance.now();
    const timer = setInterval(() => setElapsed((performance.now() - started) / 1000), 500);
    return () => clearInterval(timer);
  }, [busy]);
  return elapsed;
}

/** A progress bar with what is being done and for how long — shown only once the work has taken over a second. */
export function SlowProgress({ busy, title }: { busy: boolean; title: string }) {
  const elapsed = useElapsedSeconds(busy);
  if (!busy || elapsed < 1) return null;
  return <ProgressStatus title={title} detail={`已用 ${Math.floor(elapsed)} 秒`} value={100} />;
}
