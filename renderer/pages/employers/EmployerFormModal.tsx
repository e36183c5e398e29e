import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Employer } from '../../../shared/contract/employers';
import { todayIso } from '../../../shared/clock';
import { DateField } from '../../components/DateField';
import { failureOf } from '../../components/FailureAlert';
import type { Failure } from '../../components/FailureAlert';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { fieldErrorsOf } from '../../lib/field-errors';
import { useApiQuery } from '../../lib/use-api-query';

interface Props {
  /** null: a new employer. */
  employer: Employer | null;
  onClose(): void;
  onSaved(employer: Employer): void;
  /** Reloads the employer after someone else saved it first. */
  onRefresh(): void;
}

interface Fields {
  name: string;
  contact: string;
  pairedCommunityId: string | null;
  pairedOn: string | null;
}

function localErrors(f: Fields): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!f.name.trim()) errors.name = '请填写单位名称';
  else if (f.name.trim().length > 100) errors.name = '单位名称不能超过 100 个字';
  if (f.contact.trim().length > 100) errors.contact = '联系人及电话不能超过 100 个字';
  if (f.pairedOn !== null) {
    if (f.pairedCommunityId === null) errors.pairedOn = '填写结对日期时须选择结对社区';
    else if (f.pairedOn > todayIso()) errors.pairedOn = '结对日期不能晚于今天';
  }
  return errors;
}

/** 新增/编辑用工单位: name, contact, and 结对 (the community it is paired with, and since when). */
export function EmployerFormModal({ employer, onClose, onSaved, onRefresh }: Props) {
  const communities = useApiQuery('communities.list', {});
  const [fields, setFields] = useState<Fields>({
    name: employer?.name ?? '',
    contact: employer?.contact ?? '',
    pairedCommunityId: employer?.pairedCommunityId ? String(employer.pairedCommunityId) : null,
    pairedOn: employer?.pairedOn ?? null,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: '' }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = localErrors(fields);
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setSaving(true);
    setFailure(null);
    const values = {
      name: fields.name.trim(),
      contact: fields.contact.trim() || null,
      pairedCommunityId: fields.pairedCommunityId === null ? null : Number(fields.pairedCommunityId),
      pairedOn: fields.pairedOn,
    };
    try {
      const saved = employer
        ? await call('employers.update', { id: employer.id, version: employer.version, ...values })
        : await call('employers.create', values);
      notifications.show({ color: 'green', message: `已保存用工单位“${saved.name}”` });
      onSaved(saved);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={employer ? `编辑用工单位：${employer.name}` : '新增用工单位'}>
      <form onSubmit={submit} noValidate aria-label="用工单位">
        <Stack>
          <TextInput label="单位名称" required data-autofocus value={fields.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors.name} />
          <TextInput label="联系人及电话" placeholder="如 王经理 13800000000" value={fields.contact} onChange={(e) => set('contact', e.currentTarget.value)} error={errors.contact} />
          <SimpleGrid cols={2}>
            <Select
              label="结对社区"
              placeholder="未结对"
              clearable
              searchable
              data={(communities.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
              value={fields.pairedCommunityId}
              onChange={(v) => {
                set('pairedCommunityId', v);
                if (v === null) set('pairedOn', null);
              }}
              error={errors.pairedCommunityId}
              nothingFoundMessage="没有这个社区"
            />
            <DateField label="结对日期" value={fields.pairedOn} onChange={(v) => set('pairedOn', v)} error={errors.pairedOn} />
          </SimpleGrid>
          <ModalFormFooter
            failure={failure}
            onRefresh={
              employer
                ? () => {
                    setFailure(null);
                    onRefresh();
                  }
                : undefined
            }
            onCancel={onClose}
            saving={saving}
            submitLabel="保存"
          />
        </Stack>
      </form>
    </Modal>
  );
}
