import { Alert, Button, Group, Loader, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { call } from '../../lib/api';
import { fieldErrorsOf, messageOf } from '../../lib/field-errors';
import { useApiQuery } from '../../lib/use-api-query';
import { useIsAdmin } from '../../lib/use-is-admin';

/** 安全与备份: minutes without use before the screen locks, and how many automatic backups are kept (audited). */
export function SecuritySettingsTab() {
  const canEdit = useIsAdmin();
  const current = useApiQuery('adminSettings.get', {});
  const [lock, setLock] = useState<number | string>('');
  const [keep, setKeep] = useState<number | string>('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (current.data) {
      setLock(current.data.autoLockMinutes);
      setKeep(current.data.backupKeep);
    }
  }, [current.data]);
  if (current.error) return <Alert color="red">{current.error.message}</Alert>;
  if (!current.data) return <Loader aria-label="正在读取设置" />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (typeof lock !== 'number' || !Number.isInteger(lock) || lock < 1 || lock > 240) local.autoLockMinutes = '自动锁定时间应为 1–240 分钟的整数';
    if (typeof keep !== 'number' || !Number.isInteger(keep) || keep < 1 || keep > 100) local.backupKeep = '保留的备份数应为 1–100 的整数';
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setSaving(true);
    setMessage(null);
    try {
      await call('adminSettings.set', { autoLockMinutes: lock as number, backupKeep: keep as number });
      setMessage({ ok: true, text: '已保存（已记入审计日志）' });
      current.reload();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setMessage({ ok: false, text: messageOf(error) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Paper withBorder p="md" maw={560}>
      <form onSubmit={submit} noValidate aria-label="安全与备份">
        <Stack>
          <NumberInput label="无操作自动锁定（分钟）" description="这段时间内没有任何操作，工作台锁定，需重新登录" min={1} max={240} value={lock} onChange={setLock} error={errors.autoLockMinutes} disabled={!canEdit} />
          <NumberInput label="保留的自动备份数" description="每天和退出时自动备份，超出的最旧备份被删除（手动备份和恢复前备份不删除）" min={1} max={100} value={keep} onChange={setKeep} error={errors.backupKeep} disabled={!canEdit} />
          {message && <Alert color={message.ok ? 'green' : 'red'}>{message.text}</Alert>}
          {canEdit ? (
            <Group justify="flex-end">
              <Button type="submit" loading={saving}>
                保存
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              只有街道管理员可以修改这些设置。
            </Text>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
