import { Checkbox, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Community } from '../../../shared/contract/communities';
import { failureOf } from '../../components/FailureAlert';
import type { Failure } from '../../components/FailureAlert';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { fieldErrorsOf } from '../../lib/field-errors';

interface Props {
  communities: Community[];
  communityId: number;
  onClose(): void;
  /** The new household's id: the page opens it so that its members can be added. */
  onCreated(id: number): void;
}

/** 新建户: number (unique across the street), address, community and the household's flags; then its page opens. */
export function NewHouseholdModal({ communities, communityId: initialCommunity, onClose, onCreated }: Props) {
  const [number, setNumber] = useState('');
  const [address, setAddress] = useState('');
  const [communityId, setCommunityId] = useState(String(initialCommunity));
  const [urban, setUrban] = useState(true);
  const [dibao, setDibao] = useState(false);
  const [businessIncome, setBusinessIncome] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (number.trim() === '') local.number = '请填写户编号';
    else if (number.trim().length > 30) local.number = '户编号不能超过 30 个字';
    if (address.trim().length > 100) local.address = '地址不能超过 100 个字';
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setSaving(true);
    setFailure(null);
    try {
      const created = await call('households.create', {
        communityId: Number(communityId),
        number: number.trim(),
        address: address.trim() || null,
        urban,
        dibao,
        businessIncome,
      });
      notifications.show({ color: 'green', message: `已新建户 ${created.number}，请添加成员（先添加户主）` });
      onCreated(created.id);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title="新建户">
      <form onSubmit={submit} noValidate aria-label="新建户">
        <Stack>
          <TextInput label="户编号" required autoFocus value={number} onChange={(e) => setNumber(e.currentTarget.value)} error={errors.number} />
          <TextInput label="地址" value={address} onChange={(e) => setAddress(e.currentTarget.value)} error={errors.address} />
          <Select
            label="所属社区"
            searchable
            allowDeselect={false}
            data={communities.map((c) => ({ value: String(c.id), label: c.name }))}
            value={communityId}
            onChange={(v) => v && setCommunityId(v)}
            error={errors.communityId}
          />
          <Group>
            <Checkbox label="城镇户籍" checked={urban} onChange={(e) => setUrban(e.currentTarget.checked)} />
            <Checkbox label="低保户" checked={dibao} onChange={(e) => setDibao(e.currentTarget.checked)} />
            <Checkbox label="有经营性或投资收入" checked={businessIncome} onChange={(e) => setBusinessIncome(e.currentTarget.checked)} />
          </Group>
          <ModalFormFooter failure={failure} onCancel={onClose} saving={saving} submitLabel="新建" />
        </Stack>
      </form>
    </Modal>
  );
}
