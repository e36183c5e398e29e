/**
 * The import panel's step, kept outside the panel: an import runs on in the background while the clerk looks at
 * other pages, and the panel shows its progress (or its result) again when they come back.
 */
import { useSyncExternalStore } from 'react';
import type { ImportPreview, ImportResult } from '../../../shared/contract/workbook';
import type { JobProgress as Progressing } from '../../lib/jobs';

export type ImportStep =
  | { kind: 'idle' }
  /** `jobId`: the running job, which 取消导入 stops before anything is written. */
  | { kind: 'working'; title: string; progress: Progressing | null; jobId?: string }
  | { kind: 'preview'; jobId: string; preview: ImportPreview }
  | { kind: 'done'; result: ImportResult }
  | { kind: 'failed'; message: string };

let current: ImportStep = { kind: 'idle' };
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setImportStep(step: ImportStep): void {
  current = step;
  for (const listener of listeners) listener();
}

export function useImportStep(): ImportStep {
  return useSyncExternalStore(subscribe, () => current);
}
