import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';

/** The quick-entry key: S opens 记录服务 when focus is not in a field and no dialog is already open. */
export const SERVICE_HOTKEY = 'S';

/** `blocked`: why no service can be recorded here (an archived person), said when the key is pressed. */
export function useServiceHotkey(open: () => void, blocked: string | null = null): void {
  useHotkeys([
    [
      SERVICE_HOTKEY.toLowerCase(),
      () => {
        if (document.querySelector('[role="dialog"]')) return;
        if (blocked) notifications.show({ color: 'yellow', message: blocked });
        else open();
      },
    ],
  ]);
}
