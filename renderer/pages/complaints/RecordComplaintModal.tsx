import { Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Community } from '../../../shared/contract/communities';
import { todayIso } from '../../../shared/clock';
import { DateField } from '../../components/DateField';
import { failureOf } from '../../components/FailureAlert';
import type { Failure } from '../../components/FailureAlert';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { fieldErrorsOf } from '../../lib/field-errors';
import { submitOnCtrlEnter } from './ctrl-enter';

interface Props {
  communities: Community[];
  /** The community the list is filtered to: the default. */
  communityId: string | null;
  onClose(): void;
  onSaved(): void;
}

/** 登记投诉: the community complained about, the date received and what was said. */
export function RecordComplaintModal({ communities, communityId, onClose, onSaved }: Props) {
  const [community, setCommunity] = useState<string | null>(communityId);
  const [date, setDate] = useState<string | null>(todayIso());
  const [content, setContent] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);
  const clear = (field: string) => setErrors((e) => ({ ...e, [field]: '' }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!community) local.communityId = '请选择被投诉的社区';
    if (!date) local.date = '请填写投诉日期（如 2024-01-15）';
    else if (date > todayIso()) local.date = '投诉日期不能晚于今天';
    if (!content.trim()) local.content = '请填写投诉内容';
    else if (content.trim().length > 1000) local.content = '投诉内容不能超过 1000 个字';
    setErrors(local);
    if (!community || !date || Object.keys(local).length > 0) return;
    setSaving(true);
    setFailure(null);
    try {
      await call('complaints.record', { communityId: Number(community), date, content: content.trim() });
      notifications.show({ color: 'green', message: `已登记投诉（${date}）` });
      onSaved();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} size="lg" title="登记投诉">
      <form onSubmit={submit} noValidate aria-label="登记投诉">
        <Stack>
          <Select
            label="被投诉社区"
            required
            data-autofocus
            searchable
            data={communities.map((c) => ({ value: String(c.id), label: c.name }))}
            value={community}
            onChange={(v) => {
              setCommunity(v);
              clear('communityId');
            }}
            error={errors.communityId}
            nothingFoundMessage="没有这个社区"
          />
          <DateField
            label="投诉日期"
            required
            value={date}
            onChange={(v) => {
              setDate(v);
              clear('date');
            }}
            error={errors.date}
          />
          <Textarea
            label="投诉内容"
            required
            autosize
            minRows={4}
            maxRows={10}
            placeholder="来电、来信或来访反映的问题，如 介绍的岗位已不存在"
            value={content}
            onChange={(e) => {
              setContent(e.currentTarget.value);
              clear('content');
            }}
            onKeyDown={submitOnCtrlEnter}
            description="Ctrl+Enter 保存"
            error={errors.content}
          />
          <Text size="xs" c="dimmed">
            登记后再认定是否有效（写明理由）并办结；有效投诉计入社区考核。
          </Text>
          <ModalFormFooter failure={failure} onCancel={onClose} saving={saving} submitLabel="登记" />
        </Stack>
      </form>
    </Modal>
  );
}
