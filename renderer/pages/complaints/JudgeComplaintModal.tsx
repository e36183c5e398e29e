import { Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Complaint } from '../../../shared/contract/complaints';
import { todayIso } from '../../../shared/clock';
import { formatChineseDate } from '../../../shared/domain/dates';
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

/** 认定: valid (有效) or not, with the reason and the day (default today); may be changed until the complaint is resolved. */
export function JudgeComplaintModal({ complaint, onClose, onSaved, onRefresh }: Props) {
  const [valid, setValid] = useState<'yes' | 'no' | null>(complaint.valid === null ? null : complaint.valid ? 'yes' : 'no');
  const [reason, setReason] = useState(complaint.validityReason ?? '');
  const [judgedOn, setJudgedOn] = useState<string | null>(todayIso());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);
  const clear = (field: string) => setErrors((e) => ({ ...e, [field]: '' }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (valid === null) local.valid = '请选择“有效”或“无效”';
    if (!reason.trim()) local.reason = '请填写认定理由';
    else if (reason.trim().length > 200) local.reason = '认定理由不能超过 200 个字';
    if (!judgedOn) local.judgedOn = '请填写认定日期（如 2024-01-15）';
    else if (judgedOn > todayIso()) local.judgedOn = '认定日期不能晚于今天';
    else if (judgedOn < complaint.date) local.judgedOn = `认定日期不能早于投诉日期（${complaint.date}）`;
    setErrors(local);
    if (valid === null || !judgedOn || Object.keys(local).length > 0) return;
    setSaving(true);
    setFailure(null);
    try {
      await call('complaints.judge', { id: complaint.id, version: complaint.version, valid: valid === 'yes', reason: reason.trim(), judgedOn });
      notifications.show({ color: 'green', message: `已认定为${valid === 'yes' ? '有效' : '无效'}投诉` });
      onSaved();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} size="lg" title={`认定投诉：${complaint.communityName}，${formatChineseDate(complaint.date)}`}>
      <form onSubmit={submit} noValidate aria-label="认定投诉">
        <Stack>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {complaint.content}
          </Text>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              是否有效
            </Text>
            <SegmentedControl
              aria-label="是否有效"
              value={valid ?? ''}
              onChange={(v) => {
                setValid(v === 'yes' || v === 'no' ? v : null);
                clear('valid');
              }}
              data={[
                { value: 'yes', label: '有效' },
                { value: 'no', label: '无效' },
              ]}
            />
            {errors.valid && (
              <Text size="xs" c="red">
                {errors.valid}
              </Text>
            )}
          </Stack>
          <DateField
            label="认定日期"
            required
            value={judgedOn}
            onChange={(v) => {
              setJudgedOn(v);
              clear('judgedOn');
            }}
            description="考核只从这一天起计入这次认定"
            error={errors.judgedOn}
          />
          <Textarea
            label="认定理由"
            required
            autosize
            minRows={2}
            placeholder="如 经核实属实 / 经核实不属实，已向投诉人说明"
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              clear('reason');
            }}
            onKeyDown={submitOnCtrlEnter}
            description="Ctrl+Enter 保存"
            error={errors.reason}
          />
          <ModalFormFooter
            failure={failure}
            onRefresh={() => {
              setFailure(null);
              onRefresh();
            }}
            onCancel={onClose}
            saving={saving}
            submitLabel="保存认定"
          />
        </Stack>
      </form>
    </Modal>
  );
}
