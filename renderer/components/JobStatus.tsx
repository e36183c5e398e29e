import { Alert } from '@mantine/core';
import type { JobProgress as Progressing } from '../lib/jobs';
import { JobProgress } from './JobProgress';

/** A panel's step, as far as this shows it: the running one carries its `progress`, the failed one its `message`. */
export interface JobStep {
  kind: string;
  title?: string;
  progress?: Progressing | null;
  message?: string;
}

/**
 * A panel's job while it runs (its progress under `title`, by default the step's own) or after it failed (why, under
 * `failedTitle`); nothing in any other step.
 */
export function JobStatus({ step, title, failedTitle }: { step: JobStep; title?: string; failedTitle: string }) {
  if (step.kind === 'failed') {
    return (
      <Alert color="red" title={failedTitle}>
        {step.message}
      </Alert>
    );
  }
  if (step.progress === undefined) return null;
  return <JobProgress title={title ?? step.title ?? ''} progress={step.progress} />;
}
