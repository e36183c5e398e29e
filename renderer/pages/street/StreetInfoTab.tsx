import { Alert, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { StreetDetails } from '../../../shared/contract/street';
import { FailureAlert } from '../../components/FailureAlert';
import { call } from '../../lib/api';
import { useApiQuery } from '../../lib/use-api-query';
import { useTabSave } from './use-tab-save';
import { useIsAdmin } from '../../lib/use-is-admin';
import { announceStreetChanged } from './street-events';

interface Draft {
  name: string;
  complaintPhone: string;
  complaintMailbox: string;
  preparer: string;
  address: string;
}

const FIELDS = ['name', 'complaintPhone', 'complaintMailbox', 'preparer', 'address'] as const;

function draftOf(d: StreetDetails): Draft {
  return { name: d.name, complaintPhone: d.complaintPhone ?? '', complaintMailbox: d.complaintMailbox ?? '', preparer: d.preparer ?? '', address: d.address ?? '' };
}

/**
 * 街道信息: the street's name, complaint phone and mailbox, the default 制表人 of ledgers and the office address —
 * what every ledger and the wall notice print. The 9-digit code is shown, not edited (communities' codes begin with it).
 */
export function StreetInfoTab() {
  const canEdit = useIsAdmin();
  const current = useApiQuery('street.details', {});
  const [draft, setDraft] = useState<Draft | null>(null);
  const form = useTabSave(FIELDS);

  useEffect(() => {
    if (current.data) setDraft(draftOf(current.data));
  }, [current.data]);

  if (current.error) return <Alert color="red">{current.error.message}</Alert>;
  if (!draft || !current.data) return <Loader aria-label="正在读取街道信息" />;
  const d = draft;
  const version = current.data.version;
  const disabled = form.saving || !canEdit;
  const field = (key: keyof Draft, label: string, description: string, max: number, required = false) => (
    <TextInput
      label={label}
      description={description}
      value={d[key]}
      required={required}
      maxLength={max}
      onChange={(e) => {
        setDraft({ ...d, [key]: e.currentTarget.value });
        form.clearError(key);
      }}
      error={form.errors[key]}
      disabled={disabled}
    />
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (d.name.trim() === '') local.name = '街道（乡镇）名称不能为空';
    await form.run(local, async () => {
      await call('street.saveDetails', { version, ...d });
      notifications.show({ color: 'green', message: '已保存街道信息，台账和公示牌将按此打印' });
      current.reload();
      announceStreetChanged();
    });
  }

  return (
    <Paper withBorder p="md" maw={760}>
      <form onSubmit={submit} noValidate aria-label="街道信息">
        <Stack>
          <div>
            <Title order={4}>街道信息</Title>
            <Text size="sm" c="dimmed">
              打印在各类台账（街道名称、制表人）和社区公示牌（监督举报电话、举报信箱、办公地址）上。
            </Text>
          </div>
          <TextInput label="街道代码" description="9 位统计用区划代码；各社区代码都以它开头，不能在此修改" value={current.data.code} readOnly disabled />
          {field('name', '街道（乡镇）名称', '如：解放路街道', 40, true)}
          <SimpleGrid cols={2}>
            {field('complaintPhone', '举报电话', '公示牌上的监督举报电话，如 0511-85012345', 40)}
            {field('preparer', '默认制表人', '台账“制表人”一栏默认填写的姓名', 20)}
          </SimpleGrid>
          {field('complaintMailbox', '举报信箱', '如：街道办事处一楼大厅举报箱，或电子邮箱', 100)}
          {field('address', '办公地址', '街道劳动保障所的地址，印在公示牌上', 100)}
          {form.failure && <FailureAlert failure={form.failure} onRefresh={current.reload} />}
          <Group justify="flex-end">
            {!canEdit && (
              <Text size="sm" c="dimmed">
                只有街道管理员可以修改
              </Text>
            )}
            <Button variant="default" disabled={form.saving} onClick={() => setDraft(draftOf(current.data as StreetDetails))}>
              还原
            </Button>
            <Button type="submit" loading={form.saving} disabled={!canEdit}>
              保存
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
