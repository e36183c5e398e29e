import { Button, Kbd } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type { ReactNode } from 'react';

/** A page's “new record” button (新增…, 登记…), also pressed by Alt+N while the page shows it; disabled, neither acts. */
export function NewButton({ children, onNew, disabled = false }: { children: ReactNode; onNew(): void; disabled?: boolean }) {
  useHotkeys([['alt+N', () => !disabled && onNew()]]);
  return (
    <Button disabled={disabled} onClick={onNew} rightSection={<Kbd size="xs">Alt+N</Kbd>}>
      {children}
    </Button>
  );
}
