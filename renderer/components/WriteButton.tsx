import { Button } from '@mantine/core';
import type { ButtonProps, ElementProps } from '@mantine/core';
import { useCanWrite } from '../lib/auth';

/** A button that changes data: not there for a read-only user (the services refuse the call anyway). */
export function WriteButton(props: ButtonProps & ElementProps<'button', keyof ButtonProps>) {
  const canWrite = useCanWrite();
  if (!canWrite) return null;
  return <Button {...props} />;
}
