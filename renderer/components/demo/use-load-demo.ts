import { useState } from 'react';
import { DemoLoaded } from '../../../shared/contract/workbook';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/field-errors';
import { followJob } from '../../lib/jobs';
import type { JobProgress } from '../../lib/jobs';

/**
 * 载入演示数据: starts the demo job and follows its progress ('idle' while none runs); `onLoaded` once the demo is
 * there, `setFailure` with the reason when it is not (and null when a new attempt starts).
 */
export function useLoadDemo(onLoaded: () => void, setFailure: (message: string | null) => void): { progress: JobProgress | null | 'idle'; load(): Promise<void> } {
  const [progress, setProgress] = useState<JobProgress | null | 'idle'>('idle');
  async function load() {
    setFailure(null);
    setProgress(null);
    try {
      // The demo gets its own file (demo.sqlite); this office's database stays as it is.
      const { jobId } = await call('demo.open', { size: 'small' });
      await followJob(jobId, DemoLoaded, setProgress);
      onLoaded();
    } catch (error) {
      setFailure(messageOf(error));
      setProgress('idle');
    }
  }
  return { progress, load };
}
