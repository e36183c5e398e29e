import { Autocomplete, Group, NumberInput, Radio, SimpleGrid, TextInput } from '@mantine/core';
import type { VacancyListRow } from '../../../shared/contract/employers';
import { REFERRAL_RESULT_LABEL } from './service-kinds';
import type { ReferralResult } from './service-kinds';
import type { FormErrors, ServiceForm } from './service-form';
import { VacancySelect } from './VacancySelect';

const BENEFIT_TYPES = ['社会保险补贴', '岗位补贴', '公益性岗位补贴', '职业培训补贴', '职业技能鉴定补贴', '一次性创业补贴', '创业担保贷款', '就业困难人员灵活就业补贴'];
const RESULTS: ReferralResult[] = ['pending', 'hired', 'refused'];

interface Props {
  form: ServiceForm;
  errors: FormErrors;
  set<K extends keyof ServiceForm>(key: K, value: ServiceForm[K]): void;
  onVacancy(vacancy: VacancyListRow | null): void;
}

/** The fields only some kinds have: referral (vacancy, result), training (course, hours, certificate), policy benefit. */
export function KindFields({ form, errors, set, onVacancy }: Props) {
  if (form.kind === 'referral') {
    return (
      <>
        <VacancySelect value={form.vacancyId} onChange={onVacancy} error={errors.vacancyId} />
        <Radio.Group label="介绍结果" required value={form.referralResult} onChange={(v) => set('referralResult', v as ReferralResult)} error={errors.referralResult}>
          <Group mt={4}>
            {RESULTS.map((r) => (
              <Radio key={r} value={r} label={REFERRAL_RESULT_LABEL[r]} />
            ))}
          </Group>
        </Radio.Group>
      </>
    );
  }
  if (form.kind === 'training') {
    return (
      <SimpleGrid cols={3}>
        <TextInput label="培训项目" required value={form.course} onChange={(e) => set('course', e.currentTarget.value)} error={errors.course} />
        <NumberInput label="学时" required min={0} max={2000} decimalScale={1} value={form.hours} onChange={(v) => set('hours', v)} error={errors.hours} />
        <TextInput label="证书" placeholder="如 育婴员五级（可空）" value={form.certificate} onChange={(e) => set('certificate', e.currentTarget.value)} error={errors.certificate} />
      </SimpleGrid>
    );
  }
  if (form.kind === 'policy_benefit') {
    return (
      <SimpleGrid cols={2}>
        <Autocomplete label="政策类型" required data={BENEFIT_TYPES} value={form.benefitType} onChange={(v) => set('benefitType', v)} error={errors.benefitType} />
        <NumberInput label="金额（元）" required min={0} decimalScale={2} thousandSeparator="," value={form.amount} onChange={(v) => set('amount', v)} error={errors.amount} />
        <TextInput label="享受期限" required placeholder="如 2025年1月至6月" value={form.benefitPeriod} onChange={(e) => set('benefitPeriod', e.currentTarget.value)} error={errors.benefitPeriod} />
        <TextInput label="审批编号" required value={form.approvalNumber} onChange={(e) => set('approvalNumber', e.currentTarget.value)} error={errors.approvalNumber} />
      </SimpleGrid>
    );
  }
  return null;
}
