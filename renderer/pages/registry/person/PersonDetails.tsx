import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { PersonDetail } from '../../../../shared/contract/registry';
import { EDUCATION_LABEL, WORK_ABILITY_LABEL, chineseDate } from '../labels';

const yesNo = (v: boolean): string => (v ? '是' : '否');

function Item({ label, value }: { label: string; value: string | null }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || '—'}</Text>
    </Stack>
  );
}

export function PersonDetails({ person: p }: { person: PersonDetail }) {
  return (
    <SimpleGrid cols={4} spacing="md" verticalSpacing="sm" aria-label="人员详情">
      <Item label="出生日期" value={chineseDate(p.birthDate)} />
      <Item label="文化程度" value={p.education ? EDUCATION_LABEL[p.education] : null} />
      <Item label="劳动能力" value={WORK_ABILITY_LABEL[p.workAbility]} />
      <Item label="退休年龄基准" value={p.retirementBase ? `${p.retirementBase} 岁` : p.gender === 'F' ? '按规定' : null} />
      <Item label="在校学生" value={yesNo(p.isStudent)} />
      <Item label="已退休" value={yesNo(p.isRetired)} />
      <Item label="农民工" value={yesNo(p.migrantWorker)} />
      <Item label="复转军人" value={yesNo(p.veteran)} />
      <Item label="高校毕业年份" value={p.graduationYear ? `${p.graduationYear} 年` : null} />
      <Item label="技能特长" value={p.skills} />
      <Item label="技能等级" value={p.skillLevel} />
      <Item label="社保关系" value={p.socialInsurance} />
      <Item label="享受政策" value={p.policiesEnjoyed} />
      {p.archivedOn && <Item label="迁出" value={`${chineseDate(p.archivedOn)}，${p.archiveReason ?? ''}`} />}
    </SimpleGrid>
  );
}
