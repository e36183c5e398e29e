import { ActionIcon, Alert, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { LedgerColumnInfo } from '../../../shared/contract/ledgers';
import type { LedgerKind } from '../../../shared/domain/ledgers/kinds';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/field-errors';

interface Props {
  opened: boolean;
  onClose(): void;
  kind: LedgerKind;
  title: string;
  columns: LedgerColumnInfo[];
  onSaved(): void;
}

/** 列设置: which columns the office shows, prints and exports, and in what order (序号 stays first); saved per ledger. */
export function ColumnChooser({ opened, onClose, kind, title, columns, onSaved }: Props) {
  const [draft, setDraft] = useState(columns);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (opened) {
      setDraft(columns);
      setError(null);
    }
  }, [opened, columns]);

  const move = (index: number, by: number) => {
    const target = index + by;
    if (target < 1 || target >= draft.length) return;
    const next = draft.slice();
    const [item] = next.splice(index, 1);
    if (item) next.splice(target, 0, item);
    setDraft(next);
  };
  const save = async (order: string[], hidden: string[]) => {
    setSaving(true);
    try {
      await call('ledgers.saveLayout', { kind, order, hidden });
      onSaved();
      onClose();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={`列设置：${title}`} size="md">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          勾选要显示、打印和导出的列，用 ↑ ↓ 调整顺序。本所的设置对这个台账的所有操作员生效。
        </Text>
        {draft.map((c, i) => (
          <Group key={c.key} justify="space-between" wrap="nowrap">
            <Checkbox
              label={c.label}
              checked={!c.hidden}
              disabled={c.key === 'seq'}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                setDraft((d) => d.map((x) => (x.key === c.key ? { ...x, hidden: !checked } : x)));
              }}
            />
            {c.key !== 'seq' && (
              <Group gap={4}>
                <ActionIcon variant="default" aria-label={`上移“${c.label}”`} disabled={i <= 1} onClick={() => move(i, -1)}>
                  ↑
                </ActionIcon>
                <ActionIcon variant="default" aria-label={`下移“${c.label}”`} disabled={i >= draft.length - 1} onClick={() => move(i, 1)}>
                  ↓
                </ActionIcon>
              </Group>
            )}
          </Group>
        ))}
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="space-between" mt="sm">
          <Button variant="subtle" onClick={() => void save([], [])} disabled={saving}>
            恢复默认
          </Button>
          <Group>
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button
              onClick={() =>
                void save(
                  draft.filter((c) => c.key !== 'seq').map((c) => c.key),
                  draft.filter((c) => c.hidden).map((c) => c.key),
                )
              }
              loading={saving}
            >
              保存
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
