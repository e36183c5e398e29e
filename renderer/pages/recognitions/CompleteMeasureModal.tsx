import { Text } from '@mantine/core';
import type { AssistanceAgreement, AssistanceMeasure } from '../../../shared/contract/recognitions';
import type { PersonDetail } from '../../../shared/contract/registry';
import { SERVICE_KIND_LABEL } from '../../../shared/domain/workbook/vocabulary';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { useApiQuery } from '../../lib/use-api-query';
import { chineseDate } from '../registry/labels';
import { latestDateFor } from '../registry/person/latest-date';
import { personDateField } from '../registry/person/person-date-field';
import { MEASURE_KIND_LABEL } from './recognition-labels';

interface Props extends DialogProps {
  person: PersonDetail;
  agreement: AssistanceAgreement;
  measure: AssistanceMeasure;
}

/** 标记完成: the day the measure was carried out, optionally the service record that did it. */
export function CompleteMeasureModal({ person, agreement, measure, ...dialog }: Props) {
  const services = useApiQuery('services.listForPerson', { personId: person.id });
  const candidates = (services.data ?? []).filter((s) => s.date >= agreement.signedOn && s.kind !== 'assistance_agreement' && s.kind !== 'follow_up');
  const chosen = (id: string | null) => candidates.find((s) => String(s.id) === id) ?? null;
  return (
    <FormDialog
      {...dialog}
      initial={{ doneOn: latestDateFor(person.archivedOn), serviceRecordId: null as string | null }}
      title="登记措施完成"
      submitLabel="标记完成"
      fields={({ serviceRecordId }) => [
        <Text size="sm">{MEASURE_KIND_LABEL[measure.kind]}：{measure.description}（计划{chineseDate(measure.plannedOn)}）</Text>,
        personDateField(person, { name: 'doneOn', label: '完成日期', notBefore: { 协议签订日期: agreement.signedOn, 所选服务记录的日期: chosen(serviceRecordId)?.date } }),
        {
          kind: 'select',
          name: 'serviceRecordId',
          label: '关联服务记录',
          description: '可选：完成这项措施的那次服务（协议签订后登记的）',
          clearable: true,
          data: candidates.map((s) => ({ value: String(s.id), label: `${s.date} ${SERVICE_KIND_LABEL[s.kind]}${s.content ? `：${s.content}` : s.course ? `：${s.course}` : ''}` })),
          placeholder: services.loading ? '正在载入…' : candidates.length === 0 ? '协议签订后还没有服务记录' : '不关联',
          nothingFound: '没有可关联的服务记录',
          // A service done after the day typed moves the day to it.
          alsoSet: (id, { doneOn }) => {
            const picked = chosen(id);
            return picked && (!doneOn || doneOn < picked.date) ? { doneOn: picked.date } : {};
          },
        },
      ]}
      save={async ({ doneOn, serviceRecordId }) => {
        await call('assistance.completeMeasure', { id: measure.id, version: measure.version, doneOn, serviceRecordId: chosen(serviceRecordId)?.id ?? null });
        return `措施已完成：${measure.description}`;
      }}
    />
  );
}
