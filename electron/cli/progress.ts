import type { ProgressListener } from '../services/jobs/job-registry';
import type { CliIo } from './cli-io';

/** Progress lines on stderr, at most one per second (and the first and last). */
export function stderrProgress(io: CliIo, label: string): (fraction: number, note: string) => void {
  let last = 0;
  return (fraction, note) => {
    const now = performance.now();
    if (fraction < 1 && now - last < 1000) return;
    last = now;
    io.log(`${label} ${Math.round(fraction * 100)}%  ${note}`);
  };
}

/** What each job's progress lines are headed with; an import's commit ends by updating the derived state (更新). */
const JOB_LABEL: Readonly<Record<string, (note: string) => string>> = {
  'workbook.preview': () => '读取',
  'workbook.commit': (note) => (note.startsWith('正在更新') ? '更新' : '写入'),
  'workbook.export': () => '导出',
  'demo.load': () => '载入',
  'demo.workbook': () => '写入',
};

/** Every job's progress on stderr as it is reported, one throttled line stream per heading. */
export function jobProgress(io: CliIo): ProgressListener {
  const streams = new Map<string, (fraction: number, note: string) => void>();
  return (kind, fraction, note) => {
    const label = JOB_LABEL[kind]?.(note) ?? '进度';
    let stream = streams.get(label);
    if (!stream) {
      stream = stderrProgress(io, label);
      streams.set(label, stream);
    }
    stream(fraction, note);
  };
}
