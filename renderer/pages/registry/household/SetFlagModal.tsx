import { Text } from '@mantine/core';
import type { HouseholdDetail } from '../../../../shared/contract/registry';
import { todayIso } from '../../../../shared/clock';
import { FormDialog } from '../../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../../components/form-dialog/FormDialog';
import { call } from '../../../lib/api';
import { FLAG_LABEL } from '../labels';

type FlagName = 'dibao' | 'urban' | 'business_income';

/** 设置标志: a flag's value from a date on (not in the future); the earlier values stay in the history. */
export function SetFlagModal({ household, ...dialog }: DialogProps & { household: HouseholdDetail }) {
  const { dibao, urban, businessIncome } = household.flags;
  const now = (flag: FlagName): boolean => ({ dibao, urban, business_income: businessIncome })[flag];
  // The value proposed is the opposite of the flag's value now.
  const opposite = (flag: FlagName) => (now(flag) ? 'no' : 'yes') as 'yes' | 'no';
  return (
    <FormDialog
      {...dialog}
      initial={{ flag: 'dibao' as FlagName, value: opposite('dibao'), effectiveFrom: todayIso() }}
      title={`设置标志：户 ${household.number}`}
      fields={({ flag }) => [
        { kind: 'select', name: 'flag', label: '标志', data: FLAG_LABEL, alsoSet: (f) => ({ value: opposite(f) }) },
        <Text size="sm" c="dimmed">目前：{now(flag) ? '是' : '否'}</Text>,
        { kind: 'segmented', name: 'value', label: '设为', data: { yes: '是', no: '否' } },
        { kind: 'date', name: 'effectiveFrom', label: '自何日起', noun: '起始日期', required: true },
      ]}
      save={async ({ flag, value, effectiveFrom }) => {
        await call('households.setFlag', { id: household.id, version: household.version, flag, value: value === 'yes', effectiveFrom });
        return `已设置“${FLAG_LABEL[flag]}”为${value === 'yes' ? '是' : '否'}`;
      }}
    />
  );
}
