import { Alert, Button, Group, Modal, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Community, CommunityFields } from '../../../shared/contract/communities';
import { communityCodeProblem } from '../../../shared/domain/admin-codes';
import { call } from '../../lib/api';
import { fieldErrorsOf, messageOf } from '../../lib/field-errors';

interface Props {
  community: Community | null;
  onClose(): void;
  onSaved(): void;
}

export function CommunityFormModal({ community, onClose, onSaved }: Props) {
  const [fields, setFields] = useState<CommunityFields>({
    code: community?.code ?? '',
    name: community?.name ?? '',
    kind: community?.kind ?? 'community',
    contact: community?.contact ?? null,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    const codeProblem = communityCodeProblem(fields.code, null);
    if (codeProblem) local.code = codeProblem;
    if (!fields.name.trim()) local.name = '请填写社区名称';
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setSaving(true);
    setFailure(null);
    try {
      const value = { ...fields, name: fields.name.trim(), contact: fields.contact?.trim() || null };
      if (community) await call('communities.update', { id: community.id, version: community.version, fields: value });
      else await call('communities.create', value);
      notifications.show({ color: 'green', message: `已保存“${value.name}”` });
      onSaved();
    } catch (error) {
      setErrors(fieldErrorsOf(error, community ? 'fields.' : ''));
      setFailure(messageOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={community ? `编辑社区：${community.name}` : '新增社区'}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="社区代码（12 位）"
            required
            autoFocus
            inputMode="numeric"
            maxLength={12}
            value={fields.code}
            onChange={(e) => setFields({ ...fields, code: e.currentTarget.value.replace(/\D/g, '') })}
            error={errors.code}
          />
          <TextInput label="社区名称" required value={fields.name} onChange={(e) => setFields({ ...fields, name: e.currentTarget.value })} error={errors.name} />
          <SegmentedControl
            aria-label="类型"
            value={fields.kind}
            onChange={(kind) => setFields({ ...fields, kind: kind === 'village' ? 'village' : 'community' })}
            data={[
              { value: 'community', label: '社区' },
              { value: 'village', label: '村' },
            ]}
          />
          <TextInput label="联系人及电话" value={fields.contact ?? ''} onChange={(e) => setFields({ ...fields, contact: e.currentTarget.value })} error={errors.contact} />
          {failure && <Alert color="red">{failure}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button type="submit" loading={saving}>
              保存
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
