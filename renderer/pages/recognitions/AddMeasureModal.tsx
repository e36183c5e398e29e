import type { AssistanceAgreement } from '../../../shared/contract/recognitions';
import type { MeasureKind } from '../../../shared/domain/assistance';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { MEASURE_KIND_LABEL } from './recognition-labels';

/** 添加措施: what will be done and by when (the planned day may lie ahead). */
export function AddMeasureModal({ agreement, ...dialog }: DialogProps & { agreement: AssistanceAgreement }) {
  return (
    <FormDialog
      {...dialog}
      initial={{ kind: null as MeasureKind | null, description: '', plannedOn: '' }}
      title="添加援助措施"
      submitLabel="添加"
      fields={() => [
        { kind: 'select', name: 'kind', label: '措施类别', required: true, data: MEASURE_KIND_LABEL, placeholder: '请选择' },
        { kind: 'text', name: 'description', label: '措施内容', required: true, requiredMessage: '请填写措施内容，如“推荐至江滨家政公司面试”', limit: 200 },
        { kind: 'date', name: 'plannedOn', label: '计划完成日期', required: true, future: true, notBefore: { 协议签订日期: agreement.signedOn } },
      ]}
      save={async ({ kind, description, plannedOn }) => {
        if (!kind) return;
        await call('assistance.addMeasure', { agreementId: agreement.id, kind, description: description.trim(), plannedOn });
        return `已添加措施：${MEASURE_KIND_LABEL[kind]}`;
      }}
    />
  );
}
