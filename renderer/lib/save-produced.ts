import { notifications } from '@mantine/notifications';
import type { FileFilter } from '../../shared/contract/shell';
import { downloadPrepared, pickSaveTarget } from './api';
import { messageOf } from './field-errors';

/** Where to save: the dialog's title, the suggested file name and the file types offered. */
export interface SaveTarget {
  title: string;
  defaultName: string;
  filters: FileFilter[];
}

/**
 * Saves a file the service writes: asks where (desktop; nothing is written when the clerk cancels), has `produce`
 * write it there — in the browser the service prepares it and it is downloaded — and says it was saved. A failure is
 * shown as a notification.
 */
export async function saveProduced<R extends { download: { ref: string; name: string } | null }>(
  target: SaveTarget,
  produce: (file: string | null) => Promise<R>,
  savedMessage: (result: R) => string,
): Promise<void> {
  try {
    const picked = await pickSaveTarget(target.title, target.defaultName, target.filters);
    if (picked === 'cancelled') return;
    const result = await produce(picked?.ref ?? null);
    if (result.download) await downloadPrepared(result.download.ref, result.download.name);
    else notifications.show({ color: 'green', message: savedMessage(result) });
  } catch (error) {
    notifications.show({ color: 'red', message: messageOf(error) });
  }
}
