import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { call } from '../../lib/api';
import { fieldErrorsOf, messageOf } from '../../lib/field-errors';
import { useApiQuery } from '../../lib/use-api-query';

/** 设置 → 交换: the bureau this street reports to (the annual submission's recipient). */
export function ExchangeSettingsTab({ canEdit }: { canEdit: boolean }) {
  const settings = useApiQuery('exchange.settings', {});
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (!settings.data) return;
    setCode(settings.data.bureauCode);
    setName(settings.data.bureauName);
  }, [settings.data]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    try {
      await call('exchange.setSettings', { bureauCode: code.trim(), bureauName: name.trim() });
      setErrors({});
      notifications.show({ color: 'green', message: '已保存交换设置' });
      settings.reload();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(messageOf(error));
    }
  }

  return (
    <form onSubmit={save} noValidate>
      <Stack maw={560}>
        <Text size="sm" c="dimmed">
          年度上报默认发给上级单位（默认为街道代码前 6 位，即所在县区）；本机也接收发给该代码的各街道年度上报（作为上级单位的接收窗口）。
        </Text>
        {settings.error && <Alert color="red">{settings.error.message}</Alert>}
        <TextInput label="上级单位代码" description="6 位县区代码（或 4 位市、2 位省代码）" value={code} onChange={(e) => setCode(e.currentTarget.value)} error={errors.bureauCode} disabled={!canEdit} w={220} />
        <TextInput label="上级单位名称" placeholder="如：镇江市京口区人力资源和社会保障局" value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.bureauName} disabled={!canEdit} />
        {failure && <Alert color="red">{failure}</Alert>}
        {canEdit && (
          <Group>
            <Button type="submit">保存</Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
