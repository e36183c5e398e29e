import { useHotkeys } from '@mantine/hooks';

/** Single keys on the person page (pinyin initials): J 新增就业 (jiuye), D 失业登记 (dengji), Y 就业意愿 (yiyuan). */
export const EMPLOYMENT_HOTKEYS = { spell: 'J', register: 'D', wish: 'Y' } as const;
export type EmploymentAction = keyof typeof EMPLOYMENT_HOTKEYS;

/** Each key opens its dialog when its action is enabled, focus is not in a field and no dialog is open already. */
export function useEmploymentHotkeys(open: (action: EmploymentAction) => void, enabled: Record<EmploymentAction, boolean>): void {
  const bind = (action: EmploymentAction): [string, () => void] => [
    EMPLOYMENT_HOTKEYS[action].toLowerCase(),
    () => {
      if (!enabled[action] || document.querySelector('[role="dialog"]')) return;
      open(action);
    },
  ];
  useHotkeys([bind('spell'), bind('register'), bind('wish')]);
}
