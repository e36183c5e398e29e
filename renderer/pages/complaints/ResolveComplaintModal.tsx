import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Complaint } from '../../../shared/contract/complaints';
import { formatChineseDate } from '../../../shared/domain/dates';
import { todayIso } from '../../../shared/clock';
import { DateField } from '../../components/DateField';
import { failureOf } from '../../components/FailureAlert';
import type { Failure } from '../../components/FailureAlert';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { fieldErrorsOf } from '../../lib/field-errors';
import { submitOnCtrlEnter } from './ctrl-enter';

interface Props {
  complaint: Complaint;
  onClose(): void;
  onSaved(): void;
  onRefresh(): void;
}

/** 办结: the date and the result; after it the complaint can no longer be changed. */
export function ResolveComplaintModal({ complaint, onClose, onSaved, onRefresh }: Props) {
  const [resolvedOn, setResolvedOn] = useState<string | null>(todayIso());
  const [resolution, setResolution] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);
  const clear = (field: string) => setErrors((e) => ({ ...e, [field]: '' }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!resolvedOn) local.resolvedOn = '请填写办结日期（如 2024-01-15）';
    else if (resolvedOn > todayIso()) local.resolvedOn = '办结日期不能晚于今天';
    else if (resolvedOn < complaint.date) local.resolvedOn = `办结日期不能早于投诉日期（${complaint.date}）`;
    else if (complaint.judgedOn !== null && resolvedOn < complaint.judgedOn) local.resolvedOn = `办结日期不能早于认定日期（${complaint.judgedOn}）`;
    if (!resolution.trim()) local.resolution = '请填写处理结果';
    else if (resolution.trim().length > 500) local.resolution = '处理结果不能超过 500 个字';
    setErrors(local);
    if (!resolvedOn || Object.keys(local).length > 0) return;
    setSaving(true);
    setFailure(null);
    try {
      await call('complaints.resolve', { id: complaint.id, version: complaint.version, resolution: resolution.trim(), resolvedOn });
      notifications.show({ color: 'green', message: `投诉已办结（${resolvedOn}）` });
      onSaved();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} size="lg" title={`办结投诉：${complaint.communityName}，${formatChineseDate(complaint.date)}`}>
      <form onSubmit={submit} noValidate aria-label="办结投诉">
        <Stack>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {complaint.content}
          </Text>
          {complaint.valid === null && (
            <Text size="sm" c="orange">
              这件投诉还没有认定是否有效；办结后不能再认定。
            </Text>
          )}
          <DateField label="办结日期" required autoFocus value={resolvedOn} onChange={(v) => {
              setResolvedOn(v);
              clear('resolvedOn');
            }} error={errors.resolvedOn} />
          <Textarea
            label="处理结果"
            required
            autosize
            minRows={3}
            placeholder="如 已联系用人单位核实并电话答复投诉人"
            value={resolution}
            onChange={(e) => {
              setResolution(e.currentTarget.value);
              clear('resolution');
            }}
            onKeyDown={submitOnCtrlEnter}
            description="Ctrl+Enter 保存"
            error={errors.resolution}
          />
          <ModalFormFooter
            failure={failure}
            onRefresh={() => {
              setFailure(null);
              onRefresh();
            }}
            onCancel={onClose}
            saving={saving}
            submitLabel="办结"
          />
        </Stack>
      </form>
    </Modal>
  );
}
