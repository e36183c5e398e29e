import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { AssistanceAgreement } from '../../../shared/contract/recognitions';
import type { MeasureKind } from '../../../shared/domain/assistance';
import { DateField } from '../../components/DateField';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { selectData } from '../registry/labels';
import { dateProblem } from './date-checks';
import { MEASURE_KIND_LABEL } from './recognition-labels';
import { useFormSave } from '../../lib/use-form-save';

interface Props {
  agreement: AssistanceAgreement;
  onClose(): void;
  onSaved(): void;
  onRefresh(): void;
}

/** 添加措施: what will be done and by when (the planned day may lie ahead). */
export function AddMeasureModal({ agreement, onClose, onSaved, onRefresh }: Props) {
  const [kind, setKind] = useState<MeasureKind | null>(null);
  const [description, setDescription] = useState('');
  const [plannedOn, setPlannedOn] = useState<string | null>(null);
  const save = useFormSave(['kind', 'description', 'plannedOn']);
  const { errors } = save;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!kind) local.kind = '请选择措施类别';
    if (!description.trim()) local.description = '请填写措施内容，如“推荐至江滨家政公司面试”';
    const dateError = dateProblem(plannedOn, '计划完成日期', { future: true, notBefore: [{ date: agreement.signedOn, label: '协议签订日期' }] });
    if (dateError) local.plannedOn = dateError;
    await save.run(local, async () => {
      if (!kind || !plannedOn) return;
      await call('assistance.addMeasure', { agreementId: agreement.id, kind, description: description.trim(), plannedOn });
      notifications.show({ color: 'green', message: `已添加措施：${MEASURE_KIND_LABEL[kind]}` });
      onSaved();
    });
  }

  return (
    <Modal opened onClose={onClose} title="添加援助措施">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label="措施类别"
            required
            autoFocus
            data={selectData(MEASURE_KIND_LABEL)}
            value={kind}
            onChange={(v) => {
              setKind(v as MeasureKind | null);
              save.clearError('kind');
            }}
            error={errors.kind}
            placeholder="请选择"
          />
          <TextInput label="措施内容" required value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} maxLength={200} />
          <DateField label="计划完成日期" required value={plannedOn} onChange={setPlannedOn} error={errors.plannedOn} />
          <ModalFormFooter failure={save.failure} onRefresh={onRefresh} onCancel={onClose} saving={save.saving} submitLabel="添加" />
        </Stack>
      </form>
    </Modal>
  );
}
