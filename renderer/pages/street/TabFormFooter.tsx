import { Button, Group, Text } from '@mantine/core';
import { FailureAlert } from '../../components/FailureAlert';
import type { Failure } from '../../components/FailureAlert';

interface Props {
  failure: Failure | null;
  onRefresh(): void;
  canEdit: boolean;
  saving: boolean;
  onRevert(): void;
}

/** The foot of a 街道信息 tab's form: the refusal, if any, then 还原 and 保存 (保存 only for the street's administrator). */
export function TabFormFooter({ failure, onRefresh, canEdit, saving, onRevert }: Props) {
  return (
    <>
      {failure && <FailureAlert failure={failure} onRefresh={onRefresh} />}
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
          保存
        </Button>
      </Group>
    </>
  );
}
