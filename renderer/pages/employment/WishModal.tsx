import { Text } from '@mantine/core';
import type { Wish } from '../../../shared/contract/employment';
import type { PersonDetail } from '../../../shared/contract/registry';
import { todayIso } from '../../../shared/clock';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { PICKABLE_NO_WISH_REASONS } from './employment-labels';
import type { PickableNoWishReason } from './employment-labels';
import { dateText } from '../../../shared/domain/date-text';

interface Props extends DialogProps {
  person: PersonDetail;
  /** The wish in force: its job, wage and training are offered again. */
  current: Wish | null;
}

/** 就业意愿: a new dated record — has a wish (job, wage, training) or has none, with the reason from the list. */
export function WishModal({ person, current, ...dialog }: Props) {
  const initial = {
    recordedOn: todayIso(),
    hasWish: (current?.hasWish === false ? 'no' : 'yes') as 'yes' | 'no',
    wishedJob: current?.wishedJob ?? '',
    wishedWage: (current?.wishedWage ?? '') as number | string,
    trainingWanted: current?.trainingWanted ?? '',
    noWishReason: null as PickableNoWishReason | null,
  };
  return (
    <FormDialog
      {...dialog}
      initial={initial}
      title={`就业意愿：${person.name}`}
      size="lg"
      fields={({ hasWish }) => [
        <Text size="sm" c="dimmed">每次记录都保留；自记录日期起以最新一条为准。</Text>,
        {
          row: [
            { kind: 'segmented', name: 'hasWish', label: '有无就业意愿', data: { yes: '有就业意愿', no: '无就业意愿' } },
            { kind: 'date', name: 'recordedOn', label: '记录日期', required: true, notBefore: { 出生日期: person.birthDate } },
          ],
        },
        hasWish === 'yes'
          ? {
              row: [
                { kind: 'text', name: 'wishedJob', label: '意愿工种' },
                {
                  kind: 'number',
                  name: 'wishedWage',
                  label: '期望工资（元/月）',
                  min: 0,
                  max: 10_000_000,
                  thousands: true,
                  check: (wage) => (!Number.isFinite(Number(wage)) || Number(wage) < 0) && '期望工资应为不小于 0 的数字',
                },
                { kind: 'text', name: 'trainingWanted', label: '培训意愿' },
              ],
            }
          : {
              kind: 'select',
              name: 'noWishReason',
              label: '无就业意愿原因',
              required: true,
              requiredMessage: '无就业意愿时须选择原因',
              data: PICKABLE_NO_WISH_REASONS.map((r) => ({ value: r, label: r })),
              description: '“两次拒绝介绍视为无意愿”不在此选择：出现提示时由经办人确认',
            },
      ]}
      save={async (v) => {
        const { id: personId, name } = person;
        if (v.hasWish === 'no') {
          await call('wishes.record', { personId, recordedOn: v.recordedOn, hasWish: false, noWishReason: v.noWishReason });
          return `已记录${name}无就业意愿：${v.noWishReason ?? ''}（${dateText(v.recordedOn)}）`;
        }
        const wishedWage = v.wishedWage === '' ? null : Number(v.wishedWage);
        await call('wishes.record', { personId, recordedOn: v.recordedOn, hasWish: true, wishedJob: v.wishedJob.trim() || null, wishedWage, trainingWanted: v.trainingWanted.trim() || null });
        return `已记录${name}有就业意愿（${dateText(v.recordedOn)}）`;
      }}
    />
  );
}
