import { Text } from '@mantine/core';
import type { Wish } from '../../../shared/contract/employment';
import type { PersonDetail } from '../../../shared/contract/registry';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { NO_WISH_REASONS } from '../../../shared/domain/workbook/vocabulary';

type NoWishReason = (typeof NO_WISH_REASONS)[number];

/** 修改就业意愿: a wish (in force or earlier) as it should have been entered (audited, before and after). */
export function EditWishModal({ person, wish, ...dialog }: DialogProps & { person: PersonDetail; wish: Wish }) {
  const initial = {
    recordedOn: wish.recordedOn ?? '',
    hasWish: (wish.hasWish ? 'yes' : 'no') as 'yes' | 'no',
    wishedJob: wish.wishedJob ?? '',
    wishedWage: (wish.wishedWage ?? '') as number | string,
    trainingWanted: wish.trainingWanted ?? '',
    noWishReason: (wish.noWishReason ?? null) as NoWishReason | null,
  };
  const undated = wish.recordedOn === null;
  return (
    <FormDialog
      {...dialog}
      initial={initial}
      title={`修改就业意愿：${person.name}`}
      size="lg"
      fields={({ hasWish }) => [
        {
          row: [
            { kind: 'segmented', name: 'hasWish', label: '有无就业意愿', data: { yes: '有就业意愿', no: '无就业意愿' } },
            undated
              ? <Text size="sm" c="dimmed">这条意愿没有记录日期（自工作簿导入），不限日期。</Text>
              : { kind: 'date', name: 'recordedOn', label: '记录日期', required: true, notBefore: { 出生日期: person.birthDate } },
          ],
        },
        hasWish === 'yes'
          ? {
              row: [
                { kind: 'text', name: 'wishedJob', label: '意愿工种', limit: 60 },
                { kind: 'number', name: 'wishedWage', label: '期望工资（元/月）', min: 0, max: 10_000_000, thousands: true },
                { kind: 'text', name: 'trainingWanted', label: '培训意愿', limit: 100 },
              ],
            }
          : { kind: 'select', name: 'noWishReason', label: '无就业意愿原因', required: true, data: NO_WISH_REASONS.map((r) => ({ value: r, label: r })) },
        <Text size="xs" c="dimmed">修改会记入审计日志（修改前后的内容），并重新计算就业率、零就业家庭等依赖就业意愿的结果。</Text>,
      ]}
      save={async (v) => {
        const yes = v.hasWish === 'yes';
        await call('corrections.editWish', {
          id: wish.id,
          recordedOn: undated ? null : v.recordedOn,
          hasWish: yes,
          wishedJob: yes ? v.wishedJob.trim() || null : null,
          wishedWage: yes && v.wishedWage !== '' ? Number(v.wishedWage) : null,
          trainingWanted: v.trainingWanted.trim() || null,
          noWishReason: yes ? null : v.noWishReason,
        });
        return `${person.name}的就业意愿已修改（${yes ? '有' : '无'}就业意愿）`;
      }}
    />
  );
}
