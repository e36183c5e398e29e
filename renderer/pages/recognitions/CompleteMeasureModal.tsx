import { Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { AssistanceAgreement, AssistanceMeasure } from '../../../shared/contract/recognitions';
import type { PersonDetail } from '../../../shared/contract/registry';
import { SERVICE_KIND_LABEL } from '../../../shared/domain/workbook/vocabulary';
import { DateField } from '../../components/DateField';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { useApiQuery } from '../../lib/use-api-query';
import { chineseDate } from '../registry/labels';
import { archivedBound, dateProblem, defaultDate } from './date-checks';
import { MEASURE_KIND_LABEL } from './recognition-labels';
import { useFormSave } from '../../lib/use-form-save';

interface Props {
  person: PersonDetail;
  agreement: AssistanceAgreement;
  measure: AssistanceMeasure;
  onClose(): void;
  onSaved(): void;
  onRefresh(): void;
}

/** 标记完成: the day the measure was carried out, optionally the service record that did it. */
export function CompleteMeasureModal({ person, agreement, measure, onClose, onSaved, onRefresh }: Props) {
  const [doneOn, setDoneOn] = useState<string | null>(defaultDate(person.archivedOn));
  const [serviceId, setServiceId] = useState<string | null>(null);
  const services = useApiQuery('services.listForPerson', { personId: person.id });
  const save = useFormSave(['doneOn', 'serviceRecordId']);
  const { errors } = save;
  const candidates = (services.data ?? []).filter((s) => s.date >= agreement.signedOn && s.kind !== 'assistance_agreement' && s.kind !== 'follow_up');
  const chosen = candidates.find((s) => String(s.id) === serviceId) ?? null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    const dateError = dateProblem(doneOn, '完成日期', {
      notBefore: [{ date: agreement.signedOn, label: '协议签订日期' }, chosen ? { date: chosen.date, label: '所选服务记录的日期' } : null],
      notAfter: [archivedBound(person.archivedOn)],
    });
    if (dateError) local.doneOn = dateError;
    await save.run(local, async () => {
      if (!doneOn) return;
      await call('assistance.completeMeasure', { id: measure.id, version: measure.version, doneOn, serviceRecordId: chosen?.id ?? null });
      notifications.show({ color: 'green', message: `措施已完成：${measure.description}` });
      onSaved();
    });
  }

  return (
    <Modal opened onClose={onClose} title="登记措施完成">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            {MEASURE_KIND_LABEL[measure.kind]}：{measure.description}（计划{chineseDate(measure.plannedOn)}）
          </Text>
          <DateField label="完成日期" required autoFocus value={doneOn} onChange={setDoneOn} error={errors.doneOn} />
          <Select
            label="关联服务记录"
            description="可选：完成这项措施的那次服务（协议签订后登记的）"
            clearable
            data={candidates.map((s) => ({
              value: String(s.id),
              label: `${s.date} ${SERVICE_KIND_LABEL[s.kind]}${s.content ? `：${s.content}` : s.course ? `：${s.course}` : ''}`,
            }))}
            value={serviceId}
            onChange={(v) => {
              setServiceId(v);
              const picked = candidates.find((s) => String(s.id) === v);
              if (picked && (!doneOn || doneOn < picked.date)) setDoneOn(picked.date);
            }}
            error={errors.serviceRecordId}
            placeholder={services.loading ? '正在载入…' : candidates.length === 0 ? '协议签订后还没有服务记录' : '不关联'}
            nothingFoundMessage="没有可关联的服务记录"
          />
          <ModalFormFooter failure={save.failure} onRefresh={onRefresh} onCancel={onClose} saving={save.saving} submitLabel="标记完成" />
        </Stack>
      </form>
    </Modal>
  );
}
