import { Button, Group, Text } from '@mantine/core';

interface Props {
  canEdit: boolean;
  saving: boolean;
  onRevert(): void;
  /** The submit button's words (default 保存). */
  submitLabel?: string;
}

/** The foot of a settings form only the street's administrator may save: 还原 and the submit button. */
export function AdminFormActions({ canEdit, saving, onRevert, submitLabel = '保存' }: Props) {
  return (
    <Group justify="flex-end">
      {!canEdit && (
        <Text size="sm" c="dimmed">
          只有街道管理员可以修改
        </Text>
      )}
      <Button variant="default" disabled={saving} onClick={onRevert}>
        还原
      </Button>
      <Button type="submit" loading={saving} disabled={!canEdit}>
        {submitLabel}
      </Button>
    </Group>
  );
}
