import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { HouseholdDetail } from '../../../../shared/contract/registry';
import { failureOf } from '../../../components/FailureAlert';
import { ModalFormFooter } from '../../../components/ModalFormFooter';
import type { Failure } from '../../../components/FailureAlert';
import { call } from '../../../lib/api';
import { fieldErrorsOf } from '../../../lib/field-errors';
import { useApiQuery } from '../../../lib/use-api-query';

interface Props {
  household: HouseholdDetail;
  onClose(): void;
  onSaved(): void;
  onRefresh(): void;
}

/** Edits the address and the community of a household; a stale version is shown with 刷新, never overwritten. */
export function HouseholdEditModal({ household, onClose, onSaved, onRefresh }: Props) {
  const communities = useApiQuery('communities.list', {});
  const [address, setAddress] = useState(household.address ?? '');
  const [communityId, setCommunityId] = useState(String(household.communityId));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (address.trim().length > 100) local.address = '地址不能超过 100 个字';
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setSaving(true);
    setFailure(null);
    try {
      await call('households.update', {
        id: household.id,
        version: household.version,
        fields: { address: address.trim() || null, communityId: Number(communityId) },
      });
      notifications.show({ color: 'green', message: `已保存户 ${household.number}` });
      onSaved();
    } catch (error) {
      setErrors(fieldErrorsOf(error, 'fields.'));
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={`编辑户：${household.number}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="地址" autoFocus value={address} onChange={(e) => setAddress(e.currentTarget.value)} error={errors.address} />
          <Select
            label="所属社区"
            searchable
            allowDeselect={false}
            data={(communities.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
            value={communityId}
            onChange={(v) => v && setCommunityId(v)}
            error={errors.communityId}
          />
          <ModalFormFooter
            failure={failure}
            onRefresh={() => {
              setFailure(null);
              onRefresh();
            }}
            onCancel={onClose}
            saving={saving}
            submitLabel="保存"
          />
        </Stack>
      </form>
    </Modal>
  );
}
