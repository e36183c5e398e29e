import { Alert, Text } from '@mantine/core';
import type { Registration } from '../../../shared/contract/employment';
import type { PersonDetail } from '../../../shared/contract/registry';
import { todayIso } from '../../../shared/clock';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { chineseDate } from '../registry/labels';
import { knownYesNo, SPELL_KIND_LABEL, YES_NO_UNKNOWN } from './employment-labels';
import type { SpellKind, YesNoUnknown } from './employment-labels';
import { dateText, periodText } from '../../../shared/domain/date-text';
import { spellTerms } from './spell-terms';

interface Props extends DialogProps {
  person: PersonDetail;
  /** Still open: a new open spell usually means it should be cancelled. */
  openRegistration: Registration | null;
}

/** 新增就业: one spell of employment, open (still working) or already ended. No two spells of a person may overlap. */
export function AddSpellModal({ person, openRegistration, ...dialog }: Props) {
  return (
    <FormDialog
      {...dialog}
      initial={{
        kind: null as SpellKind | null,
        startDate: todayIso(),
        endDate: '',
        employerName: '',
        post: '',
        contractSigned: 'unknown' as YesNoUnknown,
        socialInsurancePaid: 'unknown' as YesNoUnknown,
      }}
      title={`新增就业：${person.name}`}
      size="lg"
      fieldOf={(path) => (path === 'employerId' ? 'employerName' : path)}
      fields={({ startDate, endDate }) => [
        openRegistration && endDate === '' && (
          <Alert color="orange" variant="light">{person.name}自{chineseDate(openRegistration.registeredOn)}起登记失业，尚未注销；已就业的，保存后请在“失业登记”一栏注销。</Alert>
        ),
        {
          row: [
            { kind: 'select', name: 'kind', label: '就业形式', required: true, data: SPELL_KIND_LABEL },
            { kind: 'date', name: 'startDate', label: '开始日期', required: true, description: '第一个工作日', notBefore: { 出生日期: person.birthDate } },
            { kind: 'date', name: 'endDate', label: '结束日期', description: '最后一个工作日；仍在就业的不填', notBefore: { 开始日期: startDate } },
          ],
        },
        {
          row: [
            { kind: 'text', name: 'employerName', label: '工作单位' },
            { kind: 'text', name: 'post', label: '岗位' },
            { kind: 'segmented', name: 'contractSigned', label: '签订劳动合同', data: YES_NO_UNKNOWN },
            { kind: 'segmented', name: 'socialInsurancePaid', label: '缴纳社会保险', data: YES_NO_UNKNOWN },
          ],
          cols: 2,
        },
        <Text size="xs" c="dimmed">同一人的就业记录不能重叠（前一段的结束日期须早于后一段的开始日期）。</Text>,
      ]}
      save={async (v) => {
        if (!v.kind) return;
        const spell = await call('spells.add', {
          personId: person.id,
          ...spellTerms(v.kind, v),
          contractSigned: knownYesNo(v.contractSigned),
          socialInsurancePaid: knownYesNo(v.socialInsurancePaid),
        });
        const period = spell.endDate ? periodText(spell.startDate, spell.endDate) : `${dateText(spell.startDate)}起`;
        return `已为${person.name}登记一段${SPELL_KIND_LABEL[spell.kind]}（${period}）`;
      }}
    />
  );
}
