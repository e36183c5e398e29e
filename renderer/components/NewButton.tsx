import { Button, Kbd } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useCanWrite } from '../lib/auth';

/** A page's “new record” button (新增…, 登记…), also pressed by Alt+N while the page shows it; disabled, neither acts; not there for a read-only user. */
export function NewButton({ children, onNew, disabled = false }: { children: ReactNode; onNew(): void; disabled?: boolean }) {
  const canWrite = useCanWrite();
  useHotkeys([['alt+N', () => canWrite && !disabled && onNew()]]);
  // A read-only user (检查人员) is offered no new records (the services refuse them anyway).
  if (!canWrite) return null;
  return (
    <Button disabled={disabled} onClick={onNew} rightSection={<Kbd size="xs">Alt+N</Kbd>}>
      {children}
    </Button>
  );
}
