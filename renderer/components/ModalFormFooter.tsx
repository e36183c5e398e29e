import { Button, Group } from '@mantine/core';
import { FailureAlert } from './FailureAlert';
import type { Failure } from './FailureAlert';

interface Props {
  failure: Failure | null;
  /** Clears the failure and reloads the record after a version conflict (no 刷新 button without it). */
  onRefresh?: () => void;
  onCancel(): void;
  saving: boolean;
  submitLabel: string;
  danger?: boolean;
}

/** The end of every dialog form: what went wrong (with 刷新 for a conflict), then 取消 and the submit button. */
export function ModalFormFooter({ failure, onRefresh, onCancel, saving, submitLabel, danger = false }: Props) {
  return (
    <>
      {failure && <FailureAlert failure={failure} onRefresh={onRefresh} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          取消
        </Button>
        <Button type="submit" color={danger ? 'red' : undefined} loading={saving}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
