import { ActionIcon, Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { LedgerColumnInfo } from '../../../shared/contract/ledgers';
import type { LedgerKind } from '../../../shared/domain/ledgers/kinds';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { FormDialogState } from '../../components/form-dialog/use-form-dialog';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/field-errors';

interface Props {
  onClose(): void;
  kind: LedgerKind;
  title: string;
  columns: LedgerColumnInfo[];
  /** After a save (the page reloads the ledger with the new columns). */
  onSaved(): void;
}

interface Values {
  columns: LedgerColumnInfo[];
}

/** The columns in their order, each with its box and ↑ ↓ (序号 stays first and shown). */
function ColumnList({ form }: { form: FormDialogState<Values> }) {
  const draft = form.values.columns;
  const move = (index: number, by: number) => {
    const target = index + by;
    if (target < 1 || target >= draft.length) return;
    const next = draft.slice();
    const [item] = next.splice(index, 1);
    if (item) next.splice(target, 0, item);
    form.set('columns', next);
  };
  return (
    <Stack gap="xs">
      {draft.map((c, i) => (
        <Group key={c.key} justify="space-between" wrap="nowrap">
          <Checkbox
            label={c.label}
            checked={!c.hidden}
            disabled={c.key === 'seq'}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              form.set(
                'columns',
                draft.map((x) => (x.key === c.key ? { ...x, hidden: !checked } : x)),
              );
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
    </Stack>
  );
}

/** 列设置: which columns the office shows, prints and exports, and in what order (序号 stays first); saved per ledger. */
export function ColumnChooser({ onClose, kind, title, columns, onSaved }: Props) {
  const [resetting, setResetting] = useState(false);
  const [resetError, setResetError] = useState<string | null>(null);

  async function reset() {
    setResetting(true);
    setResetError(null);
    try {
      await call('ledgers.saveLayout', { kind, order: [], hidden: [] });
      onSaved();
      onClose();
    } catch (e) {
      setResetError(messageOf(e));
    } finally {
      setResetting(false);
    }
  }

  return (
    <FormDialog<Values>
      title={`列设置：${title}`}
      size="md"
      gap="xs"
      initial={{ columns }}
      fields={(_values, form) => [
        <Text key="note" size="sm" c="dimmed">
          勾选要显示、打印和导出的列，用 ↑ ↓ 调整顺序。本所的设置对这个台账的所有操作员生效。
        </Text>,
        { custom: <ColumnList key="columns" form={form} />, names: ['order', 'hidden'] },
        <Group key="reset" justify="flex-start">
          <Button variant="subtle" onClick={() => void reset()} loading={resetting}>
            恢复默认
          </Button>
        </Group>,
        resetError && (
          <Alert key="reset-error" color="red">
            {resetError}
          </Alert>
        ),
      ]}
      save={async ({ columns: draft }) => {
        await call('ledgers.saveLayout', {
          kind,
          order: draft.filter((c) => c.key !== 'seq').map((c) => c.key),
          hidden: draft.filter((c) => c.hidden).map((c) => c.key),
        });
        return '已保存列设置';
      }}
      onSaved={() => {
        onSaved();
        onClose();
      }}
      onClose={onClose}
    />
  );
}
